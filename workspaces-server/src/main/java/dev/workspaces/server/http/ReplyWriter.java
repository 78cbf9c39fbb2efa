package dev.workspaces.server.http;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Writes replies on one connection: status line, the reply's headers with their names as the
 * reply spells them, {@code Content-Length}, and the body, all in one write, so a reply leaves
 * in as few packets as it fits in and never waits for Nagle's algorithm.
 *
 * <p>Not thread-safe; one per connection. The buffer is kept between replies.
 */
final class ReplyWriter {
  private static final byte[] CONTINUE = "HTTP/1.1 100 Continue\r\n\r\n".getBytes(StandardCharsets.US_ASCII);

  private final OutputStream out;
  private byte[] buffer = new byte[2048];
  private int size;

  ReplyWriter(OutputStream out) {
    this.out = out;
  }

  /** Tells a client waiting on {@code Expect: 100-continue} to send the body. */
  void sendContinue() throws IOException {
    out.write(CONTINUE);
    out.flush();
  }

  /**
   * Writes {@code reply} to a request of {@code head} (or to unreadable bytes when it is
   * {@code null}); the body is left out for a HEAD request. Returns whether the connection stays
   * open: only when the request asked for that and the reply does not say
   * {@code Connection: close}. A closing reply always carries that header, and an HTTP/1.0 reply
   * that keeps the connection says {@code Connection: keep-alive}.
   */
  boolean write(HttpReply reply, @Nullable RequestHead head) throws IOException {
    boolean headRequest = head != null && head.method().equals("HEAD");
    boolean keepAlive = head != null && head.keepAlive();
    size = 0;
    ascii("HTTP/1.1 ");
    ascii(Integer.toString(reply.status()));
    ascii(" ");
    ascii(reason(reply.status()));
    ascii("\r\n");
    boolean open = keepAlive;
    for (Map.Entry<String, String> header : reply.headers().entrySet()) {
      if (header.getKey().equalsIgnoreCase("Content-Length")) {
        continue;
      }
      if (header.getKey().equalsIgnoreCase("Connection") && header.getValue().equalsIgnoreCase("close")) {
        open = false;
      }
      field(header.getKey(), header.getValue());
    }
    if (!reply.headers().containsKey("Connection")) {
      if (!open) {
        field("Connection", "close");
      } else if (!head.http11()) {
        field("Connection", "keep-alive");
      }
    }
    field("Content-Length", Integer.toString(reply.body().length));
    ascii("\r\n");
    if (!headRequest) {
      bytes(reply.body());
    }
    out.write(buffer, 0, size);
    out.flush();
    if (buffer.length > 64 * 1024) {
      buffer = new byte[2048]; // a large reply's buffer is not kept
    }
    return open;
  }

  /** Writes one header field; a CR, LF or non-Latin-1 char in a name or value becomes '?'. */
  private void field(String name, String value) {
    text(name);
    ascii(": ");
    text(value);
    ascii("\r\n");
  }

  /** Writes protocol text this class composed itself. */
  private void ascii(String text) {
    ensure(text.length());
    for (int i = 0; i < text.length(); i++) {
      buffer[size++] = (byte) text.charAt(i);
    }
  }

  /** Writes header text, which must not end the line early. */
  private void text(String text) {
    ensure(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      buffer[size++] = (byte) (c < 0x100 && c != '\r' && c != '\n' ? c : '?');
    }
  }

  private void bytes(byte[] bytes) {
    ensure(bytes.length);
    System.arraycopy(bytes, 0, buffer, size, bytes.length);
    size += bytes.length;
  }

  private void ensure(int more) {
    if (size + more > buffer.length) {
      buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, size + more));
    }
  }

  /** Returns the reason phrase of the statuses this server sends. */
  static String reason(int status) {
    return switch (status) {
      case 200 -> "OK";
      case 400 -> "Bad Request";
      case 404 -> "Not Found";
      case 405 -> "Method Not Allowed";
      case 413 -> "Content Too Large";
      case 500 -> "Internal Server Error";
      default -> "Status " + status;
    };
  }
}
