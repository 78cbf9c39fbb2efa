package dev.workspaces.server;

import static com.google.common.base.Preconditions.checkNotNull;

import com.sun.net.httpserver.HttpServer;
import dev.workspaces.engine.State;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;

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
 * The JDK server writes response header names in its own case ({@code X-amzn-requestid}); HTTP
 * header names are case-insensitive and every client reads them so.
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
 * </ul>
 * A bad admin body gets 400 {@code SerializationException} or {@code ValidationException}.
 *
 * <h2>Guarantees</h2>
 * Thread-safe; requests run on a bounded pool of {@link ServerConfig#threads()} threads (further
 * ones queue, then run on the accepting thread), connections are kept alive, and the state changes
 * one request at a time. The same seed and the same requests in the same order give the same state.
 * Starting a server sets the system property {@code sun.net.httpserver.nodelay=true} unless it is
 * set (see {@link #start}).
 */
public final class WorkspacesServer implements AutoCloseable {
  private static final String NO_DELAY = "sun.net.httpserver.nodelay";

  private final ServerConfig config;
  private final HttpServer http;
  private final ThreadPoolExecutor workers;
  private final WorkspacesEndpoint state;
  private final URI endpoint;
  private final AtomicBoolean closed = new AtomicBoolean();

  private WorkspacesServer(ServerConfig config, HttpServer http, ThreadPoolExecutor workers, WorkspacesEndpoint state) {
    this.config = config;
    this.http = http;
    this.workers = workers;
    this.state = state;
    String host = config.host().contains(":") ? "[" + config.host() + "]" : config.host();
    this.endpoint = URI.create("http://" + host + ":" + http.getAddress().getPort());
  }

  /**
   * Binds {@code config.host():config.port()} and starts serving; the server accepts requests when
   * this returns. Sets {@code sun.net.httpserver.nodelay=true} unless that property is set, because
   * otherwise every reply waits about 40 ms for a delayed ACK.
   *
   * @throws IOException if the address cannot be bound
   */
  public static WorkspacesServer start(ServerConfig config) throws IOException {
    checkNotNull(config, "config");
    enableNoDelay();
    WorkspacesEndpoint state = WorkspacesEndpoint.create(config);
    Router router = new Router(state, config.maxBodyBytes());
    HttpServer http = HttpServer.create(
        new InetSocketAddress(InetAddress.getByName(config.host()), config.port()), 0);
    ThreadPoolExecutor workers = workers(config.threads());
    http.createContext("/", router);
    http.setExecutor(workers);
    http.start();
    return new WorkspacesServer(config, http, workers, state);
  }

  /** Returns the port bound (the real one when {@code 0} was asked for). */
  public int port() {
    return http.getAddress().getPort();
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

  /** Stops listening and releases the threads; idempotent. */
  @Override
  public void close() {
    if (closed.compareAndSet(false, true)) {
      http.stop(0);
      workers.shutdown();
      try {
        workers.awaitTermination(5, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /**
   * Runs the server until the process ends; prints {@code Listening on http://HOST:PORT} once it
   * accepts requests. Flags are listed by {@code --help}. Exit status 2 for bad arguments, 1 if the
   * address cannot be bound.
   */
  public static void main(String[] args) {
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

  /** Starts a server and prints the Listening line to {@code out}. */
  static WorkspacesServer launch(ServerConfig config, PrintStream out) throws IOException {
    WorkspacesServer server = start(config);
    out.println("Listening on " + server.endpoint());
    out.flush();
    return server;
  }

  /**
   * Turns on TCP_NODELAY in the JDK's HTTP server unless the property is already set. The JDK
   * server writes a reply's head and body separately; with Nagle's algorithm the body then waits
   * for the client's delayed ACK, about 40 ms per request. The JDK reads the property once, when
   * the first {@link HttpServer} of the process is created.
   */
  private static void enableNoDelay() {
    if (System.getProperty(NO_DELAY) == null) {
      System.setProperty(NO_DELAY, "true");
    }
  }

  private static ThreadPoolExecutor workers(int threads) {
    AtomicInteger count = new AtomicInteger();
    ThreadPoolExecutor pool = new ThreadPoolExecutor(threads, threads, 60, TimeUnit.SECONDS,
        new ArrayBlockingQueue<>(threads * 64),
        task -> {
          Thread thread = new Thread(task, "workspaces-server-" + count.incrementAndGet());
          thread.setDaemon(true);
          return thread;
        },
        new ThreadPoolExecutor.CallerRunsPolicy());
    pool.allowCoreThreadTimeOut(true);
    return pool;
  }
}
