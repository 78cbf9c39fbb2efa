package dev.workspaces.json;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.workspaces.model.error.ErrorCode;

/**
 * Why a body could not be turned into a value: the error code to answer with and a message for the
 * caller.
 *
 * <h2>Codes produced by this module</h2>
 * <ul>
 *   <li>{@link ErrorCode#SERIALIZATION_EXCEPTION}: the bytes are not JSON of the expected shape; the
 *       message names the member path where reading stopped.
 *   <li>{@link ErrorCode#VALIDATION_EXCEPTION}: the JSON was read but breaks a constraint of the
 *       model; the message is exactly {@code ValidationResult.message()}.
 *   <li>{@link ErrorCode#INTERNAL_FAILURE}: a defect of this codec was hit; never expected.
 *   <li>Any other code only from {@link WorkspacesJson#decodeError}, for an error body whose
 *       {@code __type} names one of the protocol errors that have no model shape.
 * </ul>
 *
 * @param code the error code, sent as {@code __type}
 * @param message the human-readable explanation, never {@code null} (may be empty)
 */
public record CodecError(ErrorCode code, String message) {

  /** Checks that neither component is {@code null}. */
  public CodecError {
    checkNotNull(code, "code");
    checkNotNull(message, "message");
  }

  /** Returns a {@code SerializationException} error with the given message. */
  public static CodecError serialization(String message) {
    return new CodecError(ErrorCode.SERIALIZATION_EXCEPTION, message);
  }

  /** Returns a {@code ValidationException} error with the given message. */
  public static CodecError validation(String message) {
    return new CodecError(ErrorCode.VALIDATION_EXCEPTION, message);
  }
}
