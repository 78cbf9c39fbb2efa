package dev.workspaces.server.http;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.io.IOException;
import java.net.InetAddress;
import org.apiguardian.api.API;
import org.eclipse.jetty.http.HttpCompliance;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The server's socket, served by Jetty 12's HTTP/1.1 connector: selector threads read the
 * connections (no thread is held by an idle connection), Jetty's parser frames each request as
 * RFC 9112 says, and {@link ExchangeHandler} hands it to the {@link RequestHandler}. Bytes the
 * parser refuses are answered by {@link BadMessageHandler} with the handler's 400.
 *
 * <p>The threads are not daemons, so a running listener keeps its JVM alive until it is closed.
 */
@API(status = INTERNAL)
public final class HttpListener implements AutoCloseable {
  /** Pending connections the kernel may queue for the acceptor. */
  private static final int ACCEPT_QUEUE = 1024;
  /** Threads besides the request turns: the acceptor, the selectors and Jetty's reserve. */
  private static final int SPARE_THREADS = 8;

  private final Server server;
  private final int port;

  private HttpListener(Server server, int port) {
    this.server = server;
    this.port = port;
  }

  /**
   * Binds {@code address:port} (0 picks a free port) and starts serving {@code handler} within
   * {@code limits}.
   *
   * @throws IOException if the address cannot be bound
   */
  public static HttpListener start(InetAddress address, int port, RequestHandler handler, HttpLimits limits)
      throws IOException {
    QueuedThreadPool threads = new QueuedThreadPool(limits.concurrentRequests() + SPARE_THREADS);
    threads.setName("workspaces-http");
    Server server = new Server(threads);
    HttpConfiguration http = new HttpConfiguration();
    // RFC 9112, 3.2.2: an absolute-form target's authority overrides Host, so they may differ.
    http.setHttpCompliance(HttpCompliance.RFC9110.with("RFC9112_ABSOLUTE_FORM",
        HttpCompliance.Violation.MISMATCHED_AUTHORITY));
    http.setSendServerVersion(false);
    http.setSendDateHeader(false);
    http.setSendXPoweredBy(false);
    http.setRequestHeaderSize(limits.maxHeadBytes());
    http.setIdleTimeout(limits.idleTimeout().toMillis());
    ServerConnector connector = new ServerConnector(server, 1, -1, new HttpConnectionFactory(http));
    connector.setHost(address.getHostAddress());
    connector.setPort(port);
    connector.setIdleTimeout(limits.idleTimeout().toMillis());
    connector.setAcceptQueueSize(ACCEPT_QUEUE);
    server.addConnector(connector);
    server.setHandler(new ExchangeHandler(handler, limits));
    server.setErrorHandler(new BadMessageHandler(handler));
    try {
      server.start();
    } catch (IOException e) {
      stopQuietly(server);
      throw e;
    } catch (Exception e) {
      stopQuietly(server);
      throw new IOException("cannot start the HTTP listener on " + address + ":" + port, e);
    }
    return new HttpListener(server, connector.getLocalPort());
  }

  /** Returns the port bound. */
  public int port() {
    return port;
  }

  /** Stops listening and closes every connection; idempotent. */
  @Override
  public void close() {
    stopQuietly(server);
  }

  private static void stopQuietly(Server server) {
    try {
      server.stop();
    } catch (Exception e) {
      // stopping is best effort: the sockets are closed either way
    }
  }
}
