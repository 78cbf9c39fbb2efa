package dev.workspaces.model.error;

import dev.workspaces.model.Structure;
import dev.workspaces.model.schema.StructureSchema;
import java.util.Optional;

/**
 * A refused WorkSpaces call, at once a value and the exception a caller catches. Each
 * {@link ErrorCode} has exactly one subclass, named after the code (for example
 * {@link ResourceNotFoundException}), whose members, builder, {@code toBuilder()}, equality and
 * schema are those of its error shape; the codec reads and writes it, the engine answers with it,
 * and {@link dev.workspaces.model.WorkspacesApi} implementations throw it.
 *
 * <p>Immutable: no stack trace is recorded (a refusal is an expected answer, so it costs no more
 * than a value), suppressed exceptions are not kept, and there is no cause.
 */
public abstract class WorkspacesException extends RuntimeException implements Structure {
  private static final long serialVersionUID = 1L;

  WorkspacesException() {
    super(null, null, false, false);
  }

  /**
   * Returns the error of {@code code}'s class with {@code message} and, where its shape has the
   * member, {@code ResourceId}; a shape without the member leaves the value out.
   */
  public static WorkspacesException of(ErrorCode code, String message, Optional<String> resourceId) {
    return build(code.schema(), message, resourceId);
  }

  /** Returns the error of {@code code}'s class with {@code message}, where its shape has the member. */
  public static WorkspacesException of(ErrorCode code, String message) {
    return of(code, message, Optional.empty());
  }

  /** Returns the code sent as {@code __type}. */
  public abstract ErrorCode errorCode();

  /** Returns the {@code message} member, or empty for the error shapes that have none. */
  public abstract Optional<String> errorMessage();

  @Override
  public abstract StructureSchema<? extends WorkspacesException, ?> schema();

  /** Returns the shape name and its present members, as every model value shows itself. */
  @Override
  public abstract String toString();

  /** Returns the {@code message} member, or {@code null} when it is absent. */
  @Override
  public final String getMessage() {
    return errorMessage().orElse(null);
  }

  private static <T extends WorkspacesException, B> WorkspacesException build(
      StructureSchema<T, B> schema, String message, Optional<String> resourceId) {
    B builder = schema.newBuilder();
    schema.member("message").ifPresent(member -> member.set(builder, message));
    resourceId.ifPresent(id -> schema.member("ResourceId").ifPresent(member -> member.set(builder, id)));
    return schema.build(builder);
  }
}
