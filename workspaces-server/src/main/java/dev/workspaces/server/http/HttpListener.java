package dev.workspaces.server.http;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.apiguardian.api.API;

/**
 * The server's socket: accepts connections on one thread and serves each on a thread of its own
 * ({@link HttpConnection}), up to {@value #MAX_CONNECTIONS} at once; a connection beyond that is
 * closed at once. Connection threads are daemons and are reused; the accepting thread is not a
 * daemon, so a running server keeps its JVM alive until it is closed.
 *
 * <p>Each request is read with a head of at most {@value #MAX_HEAD_BYTES} bytes and a body within
 * the limit it is started with, and handed to the {@link RequestHandler}.
 */
@API(status = INTERNAL)
public final class HttpListener implements AutoCloseable {
  /** The most connections served at once. */
  static final int MAX_CONNECTIONS = 1024;
  /** The largest request head (request line and header fields) accepted; a larger one gets a 400. */
  public static final int MAX_HEAD_BYTES = 64 * 1024;

  private final ServerSocket serverSocket;
  private final RequestIntake intake;
  private final ExecutorService threads;
  private final Set<Socket> open = ConcurrentHashMap.newKeySet();
  private final AtomicBoolean closed = new AtomicBoolean();
  private final BusyPoll poll = BusyPoll.forThisMachine();

  private HttpListener(ServerSocket serverSocket, RequestIntake intake) {
    this.serverSocket = serverSocket;
    this.intake = intake;
    AtomicInteger count = new AtomicInteger();
    this.threads = Executors.newCachedThreadPool(task -> {
      Thread thread = new Thread(task, "workspaces-server-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    });
  }

  /**
   * Binds {@code host:port} and starts accepting; each request goes to {@code handler}.
   *
   * @param maxBodyBytes the largest request body accepted; a larger one gets
   *     {@link RequestHandler#tooLarge()}
   * @param concurrentRequests how many requests {@code handler} is given at once
   * @throws IOException if the address cannot be bound
   */
  public static HttpListener start(InetAddress host, int port, RequestHandler handler, long maxBodyBytes,
      int concurrentRequests) throws IOException {
    ServerSocket socket = new ServerSocket();
    try {
      socket.setReuseAddress(true);
      socket.bind(new InetSocketAddress(host, port), 128);
    } catch (IOException e) {
      socket.close();
      throw e;
    }
    HttpListener listener = new HttpListener(socket, new RequestIntake(handler, maxBodyBytes, concurrentRequests));
    // Not a daemon: like the JDK server's dispatcher, it keeps a JVM whose main thread has ended
    // (java -jar workspaces-server.jar) serving until close().
    Thread acceptor = new Thread(listener::accept, "workspaces-server-accept");
    acceptor.start();
    return listener;
  }

  /** Returns the bound port. */
  public int port() {
    return serverSocket.getLocalPort();
  }

  private void accept() {
    while (!closed.get()) {
      Socket socket;
      try {
        socket = serverSocket.accept();
      } catch (IOException e) {
        if (closed.get()) {
          return;
        }
        continue; // a connection that failed while being accepted; keep listening
      }
      if (open.size() >= MAX_CONNECTIONS || closed.get()) {
        closeQuietly(socket);
        continue;
      }
      open.add(socket);
      try {
        threads.execute(new HttpConnection(socket, intake, poll, () -> open.remove(socket)));
      } catch (RuntimeException rejected) { // the pool is shutting down
        open.remove(socket);
        closeQuietly(socket);
      }
    }
  }

  /** Stops accepting, closes every connection and waits up to 5 seconds for their threads. */
  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    closeQuietly(serverSocket);
    open.forEach(HttpListener::closeQuietly);
    threads.shutdown();
    try {
      threads.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void closeQuietly(AutoCloseable closeable) {
    try {
      closeable.close();
    } catch (Exception ignored) {
      // already closed or broken: either way it is gone
    }
  }
}
