package dev.workspaces.server.http;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The request line and header fields of one HTTP/1.x request, as read off a connection.
 *
 * <h2>What is accepted</h2>
 * {@code METHOD SP request-target SP HTTP/1.x}, then {@code Name: value} lines, each ended by CRLF
 * (a bare LF is tolerated, as most servers do), then an empty line; at most
 * {@value HttpListener#MAX_HEAD_BYTES} bytes in all. The target is an origin form ({@code /path?query}) or an absolute form
 * ({@code http://host/path}); only its raw path is kept. Header names compare case-insensitively,
 * and a header given twice keeps its first value. Anything else is a
 * {@link MalformedRequestException}.
 *
 * @param method the method, as sent ({@code POST})
 * @param path the raw path of the target ({@code /} or {@code /_admin/state})
 * @param http11 whether the version is HTTP/1.1 (else HTTP/1.0)
 * @param headers the header fields, keyed case-insensitively
 */
record RequestHead(String method, String path, boolean http11, Map<String, String> headers) {
  /**
   * Reads one request head.
   *
   * @param in the connection's input, positioned at the start of a request (a
   *     {@link ConnectionInput}, whose single-byte reads are cheap)
   * @return the head, or {@code null} when the connection ended cleanly before a request began
   * @throws MalformedRequestException if the bytes are not a request head
   * @throws IOException if the connection fails or ends inside the head
   */
  static @Nullable RequestHead read(InputStream in) throws IOException {
    LineReader lines = new LineReader(in);
    String requestLine = lines.next();
    while (requestLine != null && requestLine.isEmpty()) {
      requestLine = lines.next(); // blank lines before a request are allowed (RFC 9112, 2.2)
    }
    if (requestLine == null) {
      return null;
    }
    String[] parts = requestLine.split(" ", -1);
    if (parts.length != 3 || parts[0].isEmpty() || !isToken(parts[0])) {
      throw new MalformedRequestException("Malformed request line");
    }
    boolean http11;
    if (parts[2].equals("HTTP/1.1")) {
      http11 = true;
    } else if (parts[2].equals("HTTP/1.0")) {
      http11 = false;
    } else {
      throw new MalformedRequestException("Unsupported HTTP version: " + parts[2]);
    }
    Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    for (String line = lines.next(); ; line = lines.next()) {
      if (line == null) {
        throw new IOException("connection ended inside a request head");
      }
      if (line.isEmpty()) {
        break;
      }
      int colon = line.indexOf(':');
      if (colon <= 0 || !isToken(line.substring(0, colon))) {
        throw new MalformedRequestException("Malformed header line");
      }
      headers.putIfAbsent(line.substring(0, colon), line.substring(colon + 1).trim());
    }
    return new RequestHead(parts[0], rawPath(parts[1]), http11, headers);
  }

  /** Returns the value of header {@code name} (any case), or {@code null}. */
  @Nullable String header(String name) {
    return headers.get(name);
  }

  /** Returns whether the client asked to keep the connection open after this exchange. */
  boolean keepAlive() {
    String connection = header("Connection");
    boolean close = connection != null && hasToken(connection, "close");
    boolean keep = connection != null && hasToken(connection, "keep-alive");
    return http11 ? !close : keep && !close;
  }

  /** Returns whether the client waits for {@code 100 Continue} before sending the body. */
  boolean expectsContinue() {
    String expect = header("Expect");
    return http11 && expect != null && expect.equalsIgnoreCase("100-continue");
  }

  private static boolean hasToken(String list, String token) {
    for (String part : list.split(",")) {
      if (part.trim().equalsIgnoreCase(token)) {
        return true;
      }
    }
    return false;
  }

  private static String rawPath(String target) throws MalformedRequestException {
    if (target.startsWith("/")) {
      int query = target.indexOf('?');
      String path = query < 0 ? target : target.substring(0, query);
      int fragment = path.indexOf('#');
      return fragment < 0 ? path : path.substring(0, fragment);
    }
    try {
      URI uri = new URI(target);
      if (uri.isAbsolute() && uri.getRawPath() != null) {
        return uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
      }
    } catch (URISyntaxException e) {
      // reported below
    }
    throw new MalformedRequestException("Malformed request target");
  }

  /** Returns whether {@code text} is an HTTP token (the characters of a method or header name). */
  private static boolean isToken(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
          || "!#$%&'*+-.^_`|~".indexOf(c) >= 0;
      if (!ok) {
        return false;
      }
    }
    return !text.isEmpty();
  }

  /** Reads CRLF-ended lines of ISO-8859-1 text, counting the head's bytes against the limit. */
  private static final class LineReader {
    private final InputStream in;
    private byte[] buffer = new byte[256];
    private int total;

    LineReader(InputStream in) {
      this.in = in;
    }

    /** Returns the next line without its ending, or {@code null} at a clean end of input. */
    @Nullable String next() throws IOException {
      int length = 0;
      while (true) {
        int b = in.read();
        if (b < 0) {
          if (length == 0 && total == 0) {
            return null;
          }
          throw new IOException("connection ended inside a request head");
        }
        if (++total > HttpListener.MAX_HEAD_BYTES) {
          throw new MalformedRequestException(
              "Request head larger than " + HttpListener.MAX_HEAD_BYTES + " bytes");
        }
        if (b == '\n') {
          if (length > 0 && buffer[length - 1] == '\r') {
            length--;
          }
          return new String(buffer, 0, length, StandardCharsets.ISO_8859_1);
        }
        if (length == buffer.length) {
          buffer = java.util.Arrays.copyOf(buffer, buffer.length * 2);
        }
        buffer[length++] = (byte) b;
      }
    }
  }
}
