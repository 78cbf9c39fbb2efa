package dev.workspaces.server.http;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.Map;
import org.apiguardian.api.API;

/**
 * A complete reply as the transport writes it: the status line from {@link #status()}, every
 * header of {@link #headers()} in the map's order with the names as spelled there (a
 * {@code Content-Length} among them is replaced by the body's length, written after them, and
 * Jetty writes a {@code Connection} header after that), then {@link #body()}.
 */
@API(status = INTERNAL)
public interface HttpReply {
  /** Returns the HTTP status. */
  int status();

  /**
   * Returns the headers, keyed case-insensitively ({@code containsKey("connection")} finds
   * {@code Connection}); {@code Connection: close} closes the connection after the reply.
   */
  Map<String, String> headers();

  /** Returns the body. */
  byte[] body();
}
