package dev.workspaces.server;

import com.sun.net.httpserver.HttpExchange;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * Reads a request body with a size limit, checking both the declared {@code Content-Length} and the
 * bytes actually received (a chunked body declares none).
 *
 * <p>An oversized body is read on and thrown away, up to {@link #DISCARD_LIMIT} more bytes, so the
 * client has finished sending when the 413 reply arrives; a client still sending after that limit
 * has its connection closed.
 */
final class BodyReader {
  /** How many bytes of an oversized body are read and dropped before replying. */
  static final long DISCARD_LIMIT = 64L * 1024 * 1024;

  private BodyReader() {}

  /** Returns the body, or empty when it is larger than {@code maxBytes}. */
  static Optional<byte[]> read(HttpExchange exchange, long maxBytes) throws IOException {
    InputStream in = exchange.getRequestBody();
    if (declaredLength(exchange) > maxBytes) {
      discard(in);
      return Optional.empty();
    }
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
      body.write(buffer, 0, n);
      if (body.size() > maxBytes) {
        discard(in);
        return Optional.empty();
      }
    }
    return Optional.of(body.toByteArray());
  }

  private static long declaredLength(HttpExchange exchange) {
    String length = exchange.getRequestHeaders().getFirst("Content-Length");
    if (length == null) {
      return -1;
    }
    try {
      return Long.parseLong(length.trim());
    } catch (NumberFormatException e) {
      return -1; // the HTTP layer has already refused a malformed length; count the bytes instead
    }
  }

  private static void discard(InputStream in) throws IOException {
    byte[] buffer = new byte[65_536];
    long dropped = 0;
    for (int n = in.read(buffer); n >= 0 && dropped < DISCARD_LIMIT; n = in.read(buffer)) {
      dropped += n;
    }
  }
}
