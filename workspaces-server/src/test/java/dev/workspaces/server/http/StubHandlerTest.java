package dev.workspaces.server.http;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The transport serves any {@link RequestHandler}: it hands over method, path, headers and body,
 * and writes the handler's reply as it is, so it needs nothing else of the server.
 */
class StubHandlerTest {
  /** A reply of the stub, with headers keyed case-insensitively as the contract asks. */
  private record StubReply(int status, Map<String, String> headers, byte[] body) implements HttpReply {
    static StubReply of(int status, String body, String... nameValues) {
      Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
      for (int i = 0; i < nameValues.length; i += 2) {
        headers.put(nameValues[i], nameValues[i + 1]);
      }
      return new StubReply(status, headers, body.getBytes(ISO_8859_1));
    }
  }

  /** Echoes what it was handed; its 413 closes the connection, as the contract asks. */
  private static final class Echo implements RequestHandler {
    final List<String> seen = new ArrayList<>();

    @Override
    public HttpReply handle(
        String method, String path, Function<String, @Nullable String> header, byte[] body) {
      seen.add(method + " " + path + " " + header.apply("x-test") + " " + new String(body, ISO_8859_1));
      return StubReply.of(200, "echo", "X-Stub", "yes");
    }

    @Override
    public HttpReply tooLarge() {
      return StubReply.of(413, "big", "Connection", "close");
    }

    @Override
    public HttpReply badRequest(String reason) {
      return StubReply.of(400, "bad", "Connection", "close");
    }
  }

  @Test
  void aRequestReachesTheHandlerAndItsReplyIsWrittenAsItIs() throws IOException {
    Echo echo = new Echo();
    try (HttpListener listener = HttpListener.start(InetAddress.getLoopbackAddress(), 0, echo,
        new HttpLimits(4096, 8, Duration.ofSeconds(30), 1))) {
      String exchange = exchange(listener.port(),
          "PUT /any/path?q=1 HTTP/1.1\r\nHost: x\r\nX-Test: t\r\nContent-Length: 4\r\n\r\nbody"
              + "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 9\r\n\r\n123456789");
      assertEquals("HTTP/1.1 200 OK\r\nX-Stub: yes\r\nContent-Length: 4\r\n\r\necho"
          + "HTTP/1.1 413 Payload Too Large\r\nContent-Length: 3\r\nConnection: close\r\n\r\nbig", exchange);
      assertEquals(List.of("PUT /any/path t body"), echo.seen);
    }
  }

  /** Sends {@code requests} on one connection and returns everything read until the server closes it. */
  private static String exchange(int port, String requests) throws IOException {
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      out.write(requests.getBytes(ISO_8859_1));
      out.flush();
      InputStream in = socket.getInputStream();
      return new String(in.readAllBytes(), ISO_8859_1);
    }
  }
}
