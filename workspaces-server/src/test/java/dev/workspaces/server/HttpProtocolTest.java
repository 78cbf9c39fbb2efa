package dev.workspaces.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The HTTP/1.1 framing of the server's own listener, byte by byte: bodies sized, chunked or behind
 * {@code Expect: 100-continue}, pipelined and closing requests, and bytes that are not HTTP.
 */
class HttpProtocolTest {
  private static final String DESCRIBE = "X-Amz-Target: WorkspacesService.DescribeWorkspaces\r\n";

  private TestServer server;
  private Socket socket;
  private InputStream in;
  private OutputStream out;

  @BeforeEach
  void start() throws IOException {
    server = TestServer.start(ServerConfig.defaults().withPort(0).withClockMode(ClockMode.MANUAL)
        .withMaxBodyBytes(64 * 1024));
    socket = new Socket(InetAddress.getLoopbackAddress(), server.server.port());
    socket.setSoTimeout(10_000);
    in = socket.getInputStream();
    out = socket.getOutputStream();
  }

  @AfterEach
  void stop() throws IOException {
    socket.close();
    server.close();
  }

  @Test
  void expectContinueIsAnsweredBeforeTheBodyIsSent() throws IOException {
    send("POST / HTTP/1.1\r\nHost: x\r\n" + DESCRIBE + "Expect: 100-continue\r\nContent-Length: 2\r\n\r\n");
    assertEquals("HTTP/1.1 100 Continue", line());
    assertEquals("", line());
    send("{}");
    Reply reply = reply();
    assertEquals(200, reply.status, reply.toString());
    assertEquals("{\"Workspaces\":[]}", reply.body);
  }

  @Test
  void anOversizedBodyBehindExpectContinueIsRefusedUnsent() throws IOException {
    send("POST / HTTP/1.1\r\nHost: x\r\n" + DESCRIBE + "Expect: 100-continue\r\nContent-Length: 1000000\r\n\r\n");
    Reply reply = reply();
    assertEquals(413, reply.status, reply.toString());
    assertEquals("close", reply.header("Connection"));
    assertEquals(-1, in.read(), "the connection is closed");
  }

  @Test
  void aChunkedBodyIsReassembled() throws IOException {
    send("POST / HTTP/1.1\r\nHost: x\r\n" + DESCRIBE + "Transfer-Encoding: chunked\r\n\r\n"
        + "5;ext=1\r\n{\"Lim\r\n6\r\nit\":1}\r\n0\r\nTrailer: x\r\n\r\n");
    Reply reply = reply();
    assertEquals(200, reply.status, reply.toString());
    send("POST / HTTP/1.1\r\nHost: x\r\n" + DESCRIBE + "Transfer-Encoding: chunked\r\n\r\n"
        + "2\r\n{}\r\n0\r\n\r\n");
    assertEquals(200, reply().status, "the connection goes on after a chunked body");
  }

  @Test
  void pipelinedRequestsAreAnsweredInOrder() throws IOException {
    String request = "POST / HTTP/1.1\r\nHost: x\r\n" + DESCRIBE + "Content-Length: 11\r\n\r\n{\"Limit\":1}";
    send(request + request.replace("{\"Limit\":1}", "{\"Limit\":2}"));
    Reply first = reply();
    Reply second = reply();
    assertEquals(200, first.status);
    assertEquals(200, second.status);
    assertTrue(first.header("x-amzn-RequestId").compareTo(second.header("x-amzn-RequestId")) < 0,
        first + " then " + second);
  }

  @Test
  void headerNamesAreSpelledAsTheServiceSpellsThem() throws IOException {
    send("POST / HTTP/1.1\r\nHost: x\r\n" + DESCRIBE + "Content-Length: 2\r\n\r\n{}");
    String head = rawHead();
    assertTrue(head.startsWith("HTTP/1.1 200 OK\r\n"), head);
    assertTrue(head.contains("\r\nContent-Type: application/x-amz-json-1.1\r\n"), head);
    assertTrue(head.contains("\r\nx-amzn-RequestId: 00000000-0000-4000-8000-"), head);
    assertTrue(head.contains("\r\nContent-Length: 17\r\n"), head);
  }

  @Test
  void http10AndConnectionCloseEndTheConnectionAfterTheReply() throws IOException {
    send("POST / HTTP/1.0\r\n" + DESCRIBE + "Content-Length: 2\r\n\r\n{}");
    Reply reply = reply();
    assertEquals(200, reply.status);
    assertEquals("close", reply.header("Connection"));
    assertEquals(-1, in.read());

    reconnect();
    send("POST / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n" + DESCRIBE + "Content-Length: 2\r\n\r\n{}");
    assertEquals(200, reply().status);
    assertEquals(-1, in.read());
  }

  @Test
  void http10MayAskToKeepTheConnection() throws IOException {
    send("POST / HTTP/1.0\r\nConnection: keep-alive\r\n" + DESCRIBE + "Content-Length: 2\r\n\r\n{}");
    Reply reply = reply();
    assertEquals(200, reply.status);
    assertEquals("keep-alive", reply.header("Connection"));
    send("POST / HTTP/1.0\r\n" + DESCRIBE + "Content-Length: 2\r\n\r\n{}");
    assertEquals(200, reply().status);
    assertEquals(-1, in.read(), "without keep-alive, HTTP/1.0 closes");
  }

  @Test
  void anAbsoluteTargetIsServedByItsPath() throws IOException {
    send("POST http://127.0.0.1/?x=1 HTTP/1.1\r\nHost: x\r\n" + DESCRIBE + "Content-Length: 2\r\n\r\n{}");
    assertEquals(200, reply().status);
  }

  @Test
  void aHeadRequestGetsTheHeadOnlyAndTheConnectionGoesOn() throws IOException {
    send("HEAD / HTTP/1.1\r\nHost: x\r\n\r\n");
    Map<String, String> headers = headers(rawHead());
    assertTrue(headers.containsKey("Content-Length"), headers.toString());
    send("POST / HTTP/1.1\r\nHost: x\r\n" + DESCRIBE + "Content-Length: 2\r\n\r\n{}");
    Reply reply = reply();
    assertEquals(200, reply.status, "no body was left in between: " + reply);
  }

  @Test
  void bytesThatAreNotHttpGet400AndTheConnectionIsClosed() throws IOException {
    for (String garbage : new String[] {
        "HELLO\r\n\r\n",
        "POST / HTTP/2.0\r\n\r\n",
        "POST / HTTP/1.1\r\nNo colon here\r\n\r\n",
        "POST / HTTP/1.1\r\n" + DESCRIBE + "Content-Length: ten\r\n\r\n",
        "POST / HTTP/1.1\r\n" + DESCRIBE + "Transfer-Encoding: chunked\r\n\r\nzz\r\n",
        "POST / HTTP/1.1\r\nX-Big: " + "a".repeat(ServerConfig.DEFAULT_MAX_HEAD_BYTES) + "\r\n\r\n"}) {
      reconnect();
      send(garbage);
      Reply reply = reply();
      assertEquals(400, reply.status, garbage.substring(0, Math.min(40, garbage.length())));
      assertEquals("BadRequestException", reply.header("X-Amzn-ErrorType"));
      assertTrue(reply.body.startsWith("{\"__type\":\"BadRequestException\",\"message\":\""), reply.body);
      assertEquals(-1, in.read());
    }
  }

  private void reconnect() throws IOException {
    socket.close();
    socket = new Socket(InetAddress.getLoopbackAddress(), server.server.port());
    socket.setSoTimeout(10_000);
    in = socket.getInputStream();
    out = socket.getOutputStream();
  }

  private void send(String text) throws IOException {
    out.write(text.getBytes(StandardCharsets.ISO_8859_1));
    out.flush();
  }

  private String line() throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    for (int b = in.read(); b != '\n'; b = in.read()) {
      if (b < 0) {
        throw new IOException("closed after " + line);
      }
      if (b != '\r') {
        line.write(b);
      }
    }
    return line.toString(StandardCharsets.ISO_8859_1);
  }

  private String rawHead() throws IOException {
    StringBuilder head = new StringBuilder();
    for (String line = line(); !line.isEmpty(); line = line()) {
      head.append(line).append("\r\n");
    }
    return head.append("\r\n").toString();
  }

  private Reply reply() throws IOException {
    String head = rawHead();
    Map<String, String> headers = headers(head);
    int status = Integer.parseInt(head.substring(9, 12));
    byte[] body = in.readNBytes(Integer.parseInt(headers.get("Content-Length")));
    return new Reply(status, headers, new String(body, StandardCharsets.UTF_8));
  }

  private static Map<String, String> headers(String head) {
    Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    for (String line : head.split("\r\n")) {
      int colon = line.indexOf(':');
      if (colon > 0 && !line.startsWith("HTTP/")) {
        headers.put(line.substring(0, colon), line.substring(colon + 1).trim());
      }
    }
    return headers;
  }

  /** One reply read off the socket. */
  private record Reply(int status, Map<String, String> headers, String body) {
    String header(String name) {
      return headers.get(name.toLowerCase(Locale.ROOT));
    }
  }
}
