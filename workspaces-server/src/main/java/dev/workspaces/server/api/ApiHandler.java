package dev.workspaces.server.api;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.workspaces.engine.Outcome;
import dev.workspaces.engine.Scope;
import dev.workspaces.json.DecodeResult;
import dev.workspaces.json.WorkspacesJson;
import dev.workspaces.model.Operation;
import dev.workspaces.model.WorkspacesRequest;
import dev.workspaces.model.error.ErrorCode;
import dev.workspaces.server.Authentication;
import dev.workspaces.server.ServerConfig;
import dev.workspaces.server.state.StateHolder;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Function;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Answers {@code POST /}: finds the operation in {@code X-Amz-Target}, decodes the body with
 * {@link WorkspacesJson#decode}, applies it with the engine for the caller's scope (the engine
 * validates it, so a request is validated once), and encodes the response or the error. With
 * {@link Authentication#STRICT} it first refuses a request whose signature {@link SignatureCheck}
 * does not accept. It holds no WorkSpaces behaviour of its own. Thread-safe.
 */
@API(status = INTERNAL)
public final class ApiHandler {
  /** The target prefix of every WorkSpaces operation. */
  static final String TARGET_PREFIX = "WorkspacesService.";

  private final StateHolder state;
  private final Callers callers;
  private final Optional<SignatureCheck> signatures;

  /**
   * Returns a handler applying requests to {@code state}, for the callers {@code config} describes;
   * strict authentication checks signing times against the system clock.
   */
  public ApiHandler(StateHolder state, ServerConfig config) {
    this(state, config, Clock.systemUTC());
  }

  /** Returns a handler as above whose strict authentication reads the time from {@code clock}. */
  ApiHandler(StateHolder state, ServerConfig config, Clock clock) {
    this.state = state;
    this.callers = new Callers(config);
    this.signatures = switch (config.authentication()) {
      case PERMISSIVE -> Optional.empty();
      case STRICT -> Optional.of(new SignatureCheck(config.secretKeys(), clock));
    };
  }

  /**
   * Returns the reply to one API request.
   *
   * @param header looks a request header up by name, case-insensitively ({@code null} when absent)
   */
  public Reply handle(Function<String, @Nullable String> header, byte[] body) {
    Optional<Reply> refusal = signatures.flatMap(check -> check.refusal(header, body));
    if (refusal.isPresent()) {
      return refusal.get();
    }
    String target = header.apply("X-Amz-Target");
    if (target == null || target.isBlank()) {
      return Reply.of(ErrorCode.UNKNOWN_OPERATION_EXCEPTION,
          "Missing X-Amz-Target header; expected " + TARGET_PREFIX + "<Operation>");
    }
    Optional<Operation> operation = operationOf(target.trim());
    if (operation.isEmpty()) {
      return Reply.of(ErrorCode.UNKNOWN_OPERATION_EXCEPTION,
          "Unknown operation " + target.trim() + "; expected " + TARGET_PREFIX + "<Operation>");
    }
    // Not decodeRequest: the engine validates every request itself, so the server does it once.
    DecodeResult<?> request = WorkspacesJson.decode(operation.get().inputSchema(), body);
    if (!request.isSuccess()) {
      return Reply.of(request.error());
    }
    Outcome outcome = state.apply(callers.scopeOf(header.apply("Authorization")), (WorkspacesRequest) request.value());
    return outcome.response()
        .map(response -> Reply.ok(WorkspacesJson.encode(response)))
        .orElseGet(() -> Reply.of(outcome.error().orElseThrow()));
  }

  /** Returns the scope a request with this {@code Authorization} header (or none) acts for. */
  public Scope callerOf(@Nullable String authorization) {
    return callers.scopeOf(authorization);
  }

  /** Returns the operation {@code WorkspacesService.<Name>} names, if any (case-sensitive). */
  static Optional<Operation> operationOf(String target) {
    if (!target.startsWith(TARGET_PREFIX)) {
      return Optional.empty();
    }
    return Operation.fromName(target.substring(TARGET_PREFIX.length()));
  }
}
