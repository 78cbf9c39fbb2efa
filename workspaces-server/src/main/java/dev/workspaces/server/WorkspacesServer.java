package dev.workspaces.server;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.workspaces.engine.State;
import dev.workspaces.server.http.HttpLimits;
import dev.workspaces.server.http.HttpListener;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * A local WorkSpaces endpoint: an HTTP/1.1 server speaking AWS JSON 1.1 exactly as the AWS SDKs and
 * the AWS CLI do (see {@code docs/wire.md}), backed by the deterministic engine.
 *
 * <pre>{@code
 * try (WorkspacesServer server = WorkspacesServer.start(ServerConfig.defaults().withPort(0))) {
 *   WorkSpacesClient client = WorkSpacesClient.builder().endpointOverride(server.endpoint())...;
 * }
 * }</pre>
 *
 * <h2>The API: {@code POST /}</h2>
 * The operation is {@code X-Amz-Target: WorkspacesService.<Operation>}; the body is one JSON object
 * (zero bytes count as {@code {}}). Each request is decoded and validated by the json module,
 * applied by {@code Engine.apply} under one lock on the shared state, and the result encoded; the
 * server adds no behaviour. Every reply carries {@code Content-Type: application/x-amz-json-1.1}
 * and {@code x-amzn-RequestId} (UUID-shaped, counting up from 1 per server).
 * <ul>
 *   <li>Success: 200 and the operation's output.
 *   <li>Refusals: 400, {@code X-Amzn-ErrorType: <Name>} and {@code {"__type":"<Name>","message":..}}
 *       plus the error shape's modeled members (such as {@code ResourceId}). The names:
 *       the engine's error codes; {@code UnknownOperationException} for a missing, unknown or
 *       non-{@code WorkspacesService.} target; {@code SerializationException} for a body that is not
 *       JSON of the operation's input shape; {@code ValidationException} for a constraint
 *       violation; {@code OperationNotSupportedException} for an operation the engine does not
 *       simulate. A refused request leaves the state unchanged.
 *   <li>HTTP-level errors, same headers and body form: 413 {@code RequestEntityTooLargeException}
 *       for a body over {@link ServerConfig#maxBodyBytes()} (declared or counted); 404
 *       {@code NotFoundException} for another path; 405 {@code MethodNotAllowedException} (with
 *       {@code Allow}) for another method.
 *   <li>500 {@code InternalFailure} only for an unexpected exception, a fault of ours.
 * </ul>
 * Header names are written as above ({@code x-amzn-RequestId}, {@code X-Amzn-ErrorType}), the
 * service's own spelling; HTTP header names are case-insensitive and every client reads them so.
 *
 * <h2>Accounts and regions</h2>
 * The caller's account and region come from the SigV4 {@code Authorization} header's credential
 * ({@code Credential=<AKID>/<date>/<region>/workspaces/aws4_request}): a mapped access key gives
 * its account, a 12-digit key is itself the account, any other key gives the default account
 * (123456789012); the region is the credential scope's, or the default (us-east-1) for unsigned
 * requests. <b>Signatures are not verified.</b> Each account and region sees only its own resources.
 *
 * <h2>Time</h2>
 * {@link ClockMode#WALL} (default): before each API request and each admin read, virtual time is
 * advanced to {@code anchor + wallElapsed * timeScale} (scale 400: a new WorkSpace, 20 virtual
 * minutes, is AVAILABLE after 3 wall seconds). {@link ClockMode#MANUAL}: time moves only through
 * {@code /_admin/advance} or {@link #advance}. The wall clock is read nowhere else in the project.
 *
 * <h2>Admin endpoints (not part of the WorkSpaces API; JSON in and out)</h2>
 * <ul>
 *   <li>{@code POST /_admin/reset}: a fresh state from the configured seed and profile. Returns
 *       {@code {"Clock":<epoch seconds>}}.
 *   <li>{@code POST /_admin/advance} with {@code {"seconds": N}} (N ≥ 0, fractions allowed): moves
 *       virtual time forward, completing the steps that fall due, in either clock mode. Returns
 *       {@code {"Clock":<epoch seconds>}}.
 *   <li>{@code POST /_admin/directories} with {@code {"DirectoryId":"d-...","Name":..,"Alias":..,
 *       "Type":"SIMPLE_AD","Subnets":[{"SubnetId":..,"AvailabilityZone":..}],"DnsIpAddresses":[..],
 *       "Active":true,"Strict":false}}: adds a directory to the catalogue that
 *       RegisterWorkspaceDirectory consults (only DirectoryId is required); {@code "Strict":true}
 *       makes the catalogue strict, so it then knows only the directories added. Returns {@code {}}.
 *   <li>{@code GET /_admin/state}: the whole state as deterministic JSON (clock, counters, and per
 *       scope {@code "account/region"} the directories, WorkSpaces, own bundles, tags, client
 *       properties, own images and images shared with it, encoded as the API encodes them);
 *       equal states give byte-identical dumps.
 *   <li>{@code POST /_admin/connect} and {@code POST /_admin/disconnect} with
 *       {@code {"WorkspaceId":"ws-...","AccountId":"123456789012","Region":"us-east-1"}} (account and
 *       region optional: the unsigned account and the server's region): a user connects to or
 *       disconnects from a WorkSpace, as {@code Engine.connectUser} simulates it. Returns the
 *       WorkSpace's {@code WorkspaceConnectionStatus} as DescribeWorkspacesConnectionStatus encodes
 *       it; a refusal is the error of its {@code ConnectionRule} row (for example 400
 *       {@code ResourceNotFoundException}). See docs/admin.md.
 *   <li>{@code GET /_admin/health}: 200 with
 *       {@code {"Status":"UP","Clock":<epoch seconds>,"PendingSteps":n,"SimulatedOperations":n}}.
 *   <li>{@code GET /_admin/export}: the whole state as {@code StateJson} writes it;
 *       {@code POST /_admin/import} with such a document replaces the state (an exact round trip).
 *       Returns {@code {"Clock":<epoch seconds>}}.
 * </ul>
 * A bad admin body gets 400 {@code SerializationException} or {@code ValidationException}.
 *
 * <h2>HTTP</h2>
 * HTTP/1.1 and 1.0 over plain TCP, served by Jetty 12's HTTP/1.1 connector (its core handler API,
 * no servlets): selector threads read every connection, so an idle connection holds no thread,
 * and a request is handled on the thread that read it. Requests are framed as RFC 9112 says:
 * a request without {@code Host} (HTTP/1.1), with two different {@code Content-Length} values,
 * with {@code Transfer-Encoding} and {@code Content-Length} together, with a malformed or negative
 * chunk size, or with a head over {@link ServerConfig#maxHeadBytes()} gets 400
 * {@code BadRequestException} and the connection is closed. Connections are kept alive (HTTP/1.1
 * unless {@code Connection: close}) and closed after {@link ServerConfig#idleTimeout()} without
 * bytes. Bodies may be sized or chunked; {@code Expect: 100-continue} is answered. See
 * {@code docs/reliability-http.md}.
 *
 * <h2>Log</h2>
 * With {@link ServerConfig#requestLog()} (the command line's default; {@code --quiet} turns it
 * off), one line per request: {@code request POST / operation=DescribeWorkspaces
 * account=111122223333 status=200 micros=57}. A server that logs, or one started by {@code main},
 * writes {@code Stopped http://HOST:PORT; requests served: N} when it is closed.
 *
 * <h2>Guarantees</h2>
 * Thread-safe; at most {@link ServerConfig#threads()} requests are handled at once (further ones
 * wait for a turn), connections are bounded by the process's file descriptors rather than by
 * threads, and the state changes one request at a time. The same seed and the same requests in
 * the same order give the same state.
 */
public final class WorkspacesServer implements AutoCloseable {
  private static final String SLF4J_VERBOSITY = "slf4j.internal.verbosity";
  private static final String JETTY_REFERENCES_PER_CACHE_LINE = "org.eclipse.jetty.util.referencesPerCacheLine";

  private final ServerConfig config;
  private final HttpListener http;
  private final WorkspacesEndpoint state;
  private final @Nullable RequestLog log;
  private final URI endpoint;
  private final AtomicBoolean closed = new AtomicBoolean();

  private WorkspacesServer(ServerConfig config, HttpListener http, WorkspacesEndpoint state,
      @Nullable RequestLog log) {
    this.config = config;
    this.http = http;
    this.state = state;
    this.log = log;
    String host = config.host().contains(":") ? "[" + config.host() + "]" : config.host();
    this.endpoint = URI.create("http://" + host + ":" + http.port());
  }

  /**
   * Binds {@code config.host():config.port()} and starts serving; the server accepts requests when
   * this returns.
   *
   * @throws IOException if the address cannot be bound
   */
  public static WorkspacesServer start(ServerConfig config) throws IOException {
    checkNotNull(config, "config");
    return start(WorkspacesEndpoint.create(config));
  }

  /**
   * Serves {@code state} on {@code state.config().host():state.config().port()}, for example an
   * endpoint made over a {@code WorkspacesFake}, so the fake and the server share one state; the
   * server accepts requests when this returns.
   *
   * @throws IOException if the address cannot be bound
   */
  public static WorkspacesServer start(WorkspacesEndpoint state) throws IOException {
    checkNotNull(state, "state");
    return start(state, state.config().requestLog() ? new RequestLog(System.out, true) : null);
  }

  private static WorkspacesServer start(WorkspacesEndpoint state, @Nullable RequestLog log) throws IOException {
    ServerConfig config = state.config();
    EndpointRequestHandler handler = new EndpointRequestHandler(state, log, config.wallNanos());
    HttpLimits limits = new HttpLimits(config.maxHeadBytes(), config.maxBodyBytes(), config.idleTimeout(),
        config.threads());
    InetAddress address = InetAddress.getByName(config.host());
    HttpListener http = HttpListener.start(address, config.port(), handler, limits);
    return new WorkspacesServer(config, http, state, log);
  }

  /** Returns the port bound (the real one when {@code 0} was asked for). */
  public int port() {
    return http.port();
  }

  /** Returns {@code http://HOST:PORT}, the endpoint clients are pointed at. */
  public URI endpoint() {
    return endpoint;
  }

  /** Returns the socket-free endpoint behind this server (the same state). */
  public WorkspacesEndpoint endpointHandler() {
    return state;
  }

  /** Returns the configuration this server was started with. */
  public ServerConfig config() {
    return config;
  }

  /** Returns the current state (in wall mode, first brought up to the wall clock). */
  public State snapshot() {
    return state.snapshot();
  }

  /** Replaces the state with {@code change} applied to it, atomically; returns the new state. */
  public State replace(UnaryOperator<State> change) {
    return state.replace(checkNotNull(change, "change"));
  }

  /** Moves virtual time forward by {@code duration}, as {@code POST /_admin/advance} does. */
  public State advance(Duration duration) {
    return state.advance(checkNotNull(duration, "duration"));
  }

  /** Replaces the state with a fresh one, as {@code POST /_admin/reset} does. */
  public State reset() {
    return state.reset();
  }

  /**
   * Stops listening, closes every connection and releases the threads; idempotent. A server that
   * logs then writes its stop line.
   */
  @Override
  public void close() {
    if (closed.compareAndSet(false, true)) {
      http.close();
      if (log != null) {
        log.stopped(endpoint.toString());
      }
    }
  }

  /**
   * Runs the server until the process ends; prints {@code Listening on http://HOST:PORT} once it
   * accepts requests. Flags are listed by {@code --help}. Exit status 2 for bad arguments, 1 if the
   * address cannot be bound.
   */
  public static void main(String[] args) {
    // Jetty logs through SLF4J; without a provider on the classpath SLF4J warns on stderr at start.
    // The server's own lines are the request log, so that warning is kept quiet unless asked for.
    if (System.getProperty(SLF4J_VERBOSITY) == null) {
      System.setProperty(SLF4J_VERBOSITY, "ERROR");
    }
    // Jetty sizes its padding from the references per cache line; unset, it asks the JVM through
    // JMX, which starts the platform MBean server: about a tenth of the jar's start-up.
    if (System.getProperty(JETTY_REFERENCES_PER_CACHE_LINE) == null) {
      System.setProperty(JETTY_REFERENCES_PER_CACHE_LINE, "16");
    }
    if (CommandLine.wantsHelp(args)) {
      System.out.println(CommandLine.USAGE);
      return;
    }
    ServerConfig config;
    try {
      config = CommandLine.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println("workspaces-server: " + e.getMessage());
      System.err.println(CommandLine.USAGE);
      System.exit(2);
      return;
    }
    try {
      WorkspacesServer server = launch(config, System.out);
      Runtime.getRuntime().addShutdownHook(new Thread(server::close, "workspaces-server-shutdown"));
    } catch (IOException e) {
      System.err.println("workspaces-server: cannot listen on " + config.host() + ":" + config.port() + ": " + e);
      System.exit(1);
    }
  }

  /**
   * Starts a server that writes the Listening line, its request lines (when
   * {@link ServerConfig#requestLog()}) and its stop line to {@code out}.
   */
  static WorkspacesServer launch(ServerConfig config, PrintStream out) throws IOException {
    WorkspacesServer server = start(WorkspacesEndpoint.create(config), new RequestLog(out, config.requestLog()));
    out.println("Listening on " + server.endpoint());
    out.flush();
    return server;
  }
}
