package dev.workspaces.benchmarks;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * One HTTP/1.1 keep-alive connection to 127.0.0.1, written by hand so that the load client costs
 * as little as possible: requests are prepared bytes, and a reply is read into one buffer,
 * scanned there for the status, {@code Content-Length} and {@code Connection}, and its body
 * skipped. A server that answers {@code Connection: close} (moto does, after every reply) gets a
 * new connection for the next request, as any HTTP client would open one.
 *
 * <p>Not thread-safe: one connection per load thread.
 */
final class KeepAliveClient implements AutoCloseable {
  private static final byte[] CONTENT_LENGTH = "content-length:".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] CONNECTION_CLOSE = "connection: close".getBytes(StandardCharsets.US_ASCII);

  private final int port;
  private @Nullable Socket socket;
  private OutputStream out;
  private InputStream in;
  /** Bytes read and not yet consumed are {@code buffer[position..limit)}. */
  private final byte[] buffer = new byte[65_536];
  private int position;
  private int limit;
  /** How many connections were opened, the first included. */
  private int connections;

  KeepAliveClient(int port) throws IOException {
    this.port = port;
    connect();
  }

  private void connect() throws IOException {
    socket = new Socket(InetAddress.getLoopbackAddress(), port);
    socket.setTcpNoDelay(true);
    socket.setSoTimeout(10_000);
    out = socket.getOutputStream();
    in = socket.getInputStream();
    position = 0;
    limit = 0;
    connections++;
  }

  /** Returns a complete POST / request for {@code target} with {@code body}. */
  static byte[] request(int port, String target, String body) {
    return request(port, target, body, "");
  }

  /**
   * Returns a complete POST / request for {@code target} with {@code body} and {@code headers}
   * (complete lines, each ending in CRLF; empty for none).
   */
  static byte[] request(int port, String target, String body, String headers) {
    byte[] json = body.getBytes(StandardCharsets.UTF_8);
    String text = "POST / HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nX-Amz-Target: " + target
        + "\r\nContent-Type: application/x-amz-json-1.1\r\n" + headers + "Content-Length: " + json.length
        + "\r\n\r\n";
    byte[] headBytes = text.getBytes(StandardCharsets.US_ASCII);
    byte[] whole = new byte[headBytes.length + json.length];
    System.arraycopy(headBytes, 0, whole, 0, headBytes.length);
    System.arraycopy(json, 0, whole, headBytes.length, json.length);
    return whole;
  }

  /** Sends {@code request} and reads the whole reply; returns its HTTP status. */
  int exchange(byte[] request) throws IOException {
    if (socket == null) {
      connect();
    }
    out.write(request);
    out.flush();
    int headEnd = headEnd();
    int status = (buffer[position + 9] - '0') * 100 + (buffer[position + 10] - '0') * 10
        + (buffer[position + 11] - '0');
    long left = contentLength(position, headEnd);
    boolean closing = find(CONNECTION_CLOSE, position, headEnd) >= 0;
    position = headEnd;
    while (left > 0) {
      if (position == limit && !fill()) {
        throw new EOFException("connection closed inside a reply body");
      }
      int n = (int) Math.min(left, limit - position);
      position += n;
      left -= n;
    }
    if (closing) {
      close();
    }
    return status;
  }

  /** Returns how many connections this client opened (1 while the server keeps the first alive). */
  int connections() {
    return connections;
  }

  /** Reads until a whole reply head is buffered; returns the index just past its blank line. */
  private int headEnd() throws IOException {
    int scanned = 0; // bytes from position on already known not to start the blank line
    while (true) {
      for (int i = position + scanned; i + 3 < limit; i++, scanned++) {
        if (buffer[i] == '\r' && buffer[i + 1] == '\n' && buffer[i + 2] == '\r' && buffer[i + 3] == '\n') {
          return i + 4;
        }
      }
      if (!fill()) {
        throw new EOFException("connection closed inside a reply head");
      }
    }
  }

  /** Reads more bytes, first moving what is left to the front; returns false at end of input. */
  private boolean fill() throws IOException {
    if (position > 0) {
      System.arraycopy(buffer, position, buffer, 0, limit - position);
      limit -= position;
      position = 0;
    }
    if (limit == buffer.length) {
      throw new IOException("reply head longer than " + buffer.length + " bytes");
    }
    int n = in.read(buffer, limit, buffer.length - limit);
    if (n < 0) {
      return false;
    }
    limit += n;
    return true;
  }

  private long contentLength(int from, int to) throws IOException {
    int line = find(CONTENT_LENGTH, from, to);
    if (line < 0) {
      throw new IOException("reply without Content-Length");
    }
    long value = 0;
    for (int i = line + CONTENT_LENGTH.length; i < to && buffer[i] != '\r'; i++) {
      if (buffer[i] >= '0' && buffer[i] <= '9') {
        value = value * 10 + (buffer[i] - '0');
      }
    }
    return value;
  }

  /**
   * Returns where the header line that starts with {@code prefix} (lower case; compared ignoring
   * case) begins in {@code buffer[from..to)}, or -1.
   */
  private int find(byte[] prefix, int from, int to) {
    for (int line = from; line < to; ) {
      if (startsWithIgnoringCase(prefix, line, to)) {
        return line;
      }
      while (line < to && buffer[line] != '\n') {
        line++;
      }
      line++;
    }
    return -1;
  }

  private boolean startsWithIgnoringCase(byte[] prefix, int from, int to) {
    if (from + prefix.length > to) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (Character.toLowerCase(buffer[from + i]) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  /** Closes the connection; the next {@link #exchange} opens a new one. */
  @Override
  public void close() throws IOException {
    if (socket != null) {
      socket.close();
      socket = null;
    }
  }
}
