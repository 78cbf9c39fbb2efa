package dev.workspaces.server;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSortedMap;
import dev.workspaces.engine.State;
import dev.workspaces.engine.WorkspacesFake;
import dev.workspaces.model.error.ErrorCode;
import dev.workspaces.server.admin.AdminHandler;
import dev.workspaces.server.api.ApiHandler;
import dev.workspaces.server.api.Reply;
import dev.workspaces.server.state.StateHolder;
import java.time.Duration;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * The WorkSpaces endpoint without a socket: takes one HTTP request (method, path, headers, body)
 * and returns the reply the HTTP server would send. {@link WorkspacesServer} puts it behind a port;
 * the in-process SDK client of {@code workspaces-aws-sdk} calls it directly.
 *
 * <h2>Guarantees</h2>
 * Thread-safe; requests change the state one at a time; an unexpected exception becomes a 500
 * {@code InternalFailure} reply and never escapes.
 */
public final class WorkspacesEndpoint {
  /** The {@code Content-Type} of every reply. */
  static final String CONTENT_TYPE = "application/x-amz-json-1.1";

  private final ServerConfig config;
  private final StateHolder state;
  private final ApiHandler api;
  private final Routes routes;
  private final RequestIds requestIds = new RequestIds();

  private WorkspacesEndpoint(ServerConfig config, StateHolder state) {
    this.config = config;
    this.state = state;
    this.api = new ApiHandler(state, config);
    this.routes = new Routes(api, new AdminHandler(state, config));
  }

  /** Returns an endpoint with a fresh state from {@code config}'s seed, profile and clock mode. */
  public static WorkspacesEndpoint create(ServerConfig config) {
    checkNotNull(config, "config");
    return new WorkspacesEndpoint(config, new StateHolder(config));
  }

  /**
   * Returns an endpoint over {@code fake}'s state, with a manual clock and the fake's seed: requests
   * to the endpoint and calls on the fake (or any of its views) change one state.
   */
  public static WorkspacesEndpoint over(WorkspacesFake fake) {
    checkNotNull(fake, "fake");
    return over(fake, ServerConfig.defaults().withClockMode(ClockMode.MANUAL).withSeed(fake.snapshot().seed()));
  }

  /**
   * Returns an endpoint over {@code fake}'s state in {@code config}'s clock mode; a reset installs a
   * fresh state from {@code config}'s seed and profile. In {@link ClockMode#WALL} the wall clock
   * moves virtual time before each request to the endpoint, not before calls on the fake.
   */
  public static WorkspacesEndpoint over(WorkspacesFake fake, ServerConfig config) {
    checkNotNull(fake, "fake");
    checkNotNull(config, "config");
    return new WorkspacesEndpoint(config, new StateHolder(config, fake.cell()));
  }

  /** Returns the configuration. */
  public ServerConfig config() {
    return config;
  }

  /**
   * Handles one request whose body has been read in full.
   *
   * @param header looks a request header up by name, case-insensitively ({@code null} when absent)
   */
  public EndpointReply handle(
      String method, String path, Function<String, @Nullable String> header, byte[] body) {
    String requestId = requestIds.next();
    Reply reply;
    try {
      reply = routes.reply(method, path, header, body);
    } catch (RuntimeException fault) {
      System.err.println("workspaces-server: internal failure on request " + requestId + ": " + fault);
      reply = Reply.of(ErrorCode.INTERNAL_FAILURE, "Internal failure: " + fault);
    }
    return complete(reply, requestId);
  }

  /** Returns the account an API request with this {@code Authorization} header (or none) acts for. */
  String accountOf(@Nullable String authorization) {
    return api.callerOf(authorization).accountId();
  }

  /** Returns the 413 reply for a body over the configured limit. */
  EndpointReply tooLarge() {
    return complete(Reply.httpError(413, "RequestEntityTooLargeException",
        "The request body is larger than the limit of " + config.maxBodyBytes() + " bytes")
        .withHeader("Connection", "close"), requestIds.next());
  }

  /** Returns the 400 reply for bytes that are not a readable HTTP request; it closes the connection. */
  EndpointReply badRequest(String reason) {
    return complete(Reply.httpError(400, "BadRequestException",
        "The request is not valid HTTP/1.1: " + reason).withHeader("Connection", "close"), requestIds.next());
  }

  private static EndpointReply complete(Reply reply, String requestId) {
    ImmutableSortedMap<String, String> headers;
    if (reply.headers().isEmpty()) {
      // The usual case: the common headers only, none of them overridden.
      ImmutableSortedMap.Builder<String, String> common =
          ImmutableSortedMap.<String, String>orderedBy(String.CASE_INSENSITIVE_ORDER)
              .put("Content-Type", CONTENT_TYPE)
              .put("x-amzn-RequestId", requestId);
      reply.errorType().ifPresent(type -> common.put("X-Amzn-ErrorType", type));
      headers = common.buildOrThrow();
    } else {
      TreeMap<String, String> all = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
      all.put("Content-Type", CONTENT_TYPE);
      all.put("x-amzn-RequestId", requestId);
      reply.errorType().ifPresent(type -> all.put("X-Amzn-ErrorType", type));
      all.putAll(reply.headers());
      headers = ImmutableSortedMap.copyOfSorted(all);
    }
    return new EndpointReply(reply.status(), headers, reply.body());
  }

  /** Returns the current state (in wall mode, first brought up to the wall clock). */
  public State snapshot() {
    return state.read();
  }

  /** Replaces the state with {@code change} applied to it, atomically; returns the new state. */
  public State replace(UnaryOperator<State> change) {
    return state.replace(checkNotNull(change, "change"));
  }

  /** Moves virtual time forward by {@code duration}. */
  public State advance(Duration duration) {
    return state.advance(checkNotNull(duration, "duration"));
  }

  /** Replaces the state with a fresh one from the configured seed. */
  public State reset() {
    return state.reset();
  }
}
