package dev.workspaces.server;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketException;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * RFC 9112's framing rules, each over a raw socket: the request shapes that could smuggle a second
 * request past a proxy, or that leave the body's end unclear, get 400 {@code BadRequestException}
 * and the connection is closed (the idle timeout is 30 seconds here, so an end of input within the
 * socket's 10-second read timeout is the server closing); the head, body and idle time are bounded.
 */
class HttpFramingTest {
  private static final String DESCRIBE = "X-Amz-Target: WorkspacesService.DescribeWorkspaces\r\n";
  private static final String SMUGGLED = "POST / HTTP/1.1\r\nHost: x\r\n" + DESCRIBE + "Content-Length: 2\r\n\r\n{}";

  private TestServer server;

  @BeforeEach
  void start() {
    server = TestServer.start(ServerConfig.defaults().withPort(0).withClockMode(ClockMode.MANUAL)
        .withMaxBodyBytes(1024).withMaxHeadBytes(4096));
  }

  /** Replaces the server with one whose idle timeout is half a second. */
  private void restartWithShortIdleTimeout() {
    server.close();
    server = TestServer.start(ServerConfig.defaults().withPort(0).withClockMode(ClockMode.MANUAL)
        .withIdleTimeout(Duration.ofMillis(500)));
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void aRequestWithoutHostIs400() throws IOException {
    assertRefusedAndClosed("POST / HTTP/1.1\r\n" + DESCRIBE + "Content-Length: 2\r\n\r\n{}");
  }

  @Test
  void twoDifferentContentLengthsAre400() throws IOException {
    assertRefusedAndClosed("POST / HTTP/1.1\r\nHost: x\r\n" + DESCRIBE
        + "Content-Length: 2\r\nContent-Length: 40\r\n\r\n{}" + SMUGGLED);
    assertRefusedAndClosed("POST / HTTP/1.1\r\nHost: x\r\n" + DESCRIBE
        + "Content-Length: 2, 40\r\n\r\n{}" + SMUGGLED);
  }

  @Test
  void aNegativeOrMalformedChunkSizeIs400() throws IOException {
    for (String size : new String[] {"-2", "zz", "+2", "0x2", "2 2", "ffffffffffffffffff"}) {
      assertRefusedAndClosed("POST / HTTP/1.1\r\nHost: x\r\n" + DESCRIBE + "Transfer-Encoding: chunked\r\n\r\n"
          + size + "\r\n{}\r\n0\r\n\r\n" + SMUGGLED);
    }
  }

  @Test
  void transferEncodingWithContentLengthIs400() throws IOException {
    assertRefusedAndClosed("POST / HTTP/1.1\r\nHost: x\r\n" + DESCRIBE
        + "Content-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n" + SMUGGLED);
  }

  @Test
  void aTransferCodingOtherThanChunkedLastIsRefused() throws IOException {
    assertRefusedAndClosed("POST / HTTP/1.1\r\nHost: x\r\n" + DESCRIBE + "Transfer-Encoding: gzip\r\n\r\n{}");
  }

  @Test
  void aHeadOverTheLimitIs400() throws IOException {
    assertRefusedAndClosed("POST / HTTP/1.1\r\nHost: x\r\nX-Big: " + "a".repeat(4096) + "\r\n" + DESCRIBE
        + "Content-Length: 2\r\n\r\n{}");
  }

  @Test
  void aChunkedBodyOverTheLimitIs413AndClosed() throws IOException {
    String chunk = "400\r\n" + " ".repeat(1024) + "\r\n";
    String reply = exchange("POST / HTTP/1.1\r\nHost: x\r\n" + DESCRIBE + "Transfer-Encoding: chunked\r\n\r\n"
        + chunk + chunk + "0\r\n\r\n");
    assertTrue(reply.startsWith("HTTP/1.1 413 "), reply);
    assertTrue(reply.contains("\"__type\":\"RequestEntityTooLargeException\""), reply);
  }

  @Test
  void anIdleConnectionIsClosedAfterTheTimeout() throws IOException {
    restartWithShortIdleTimeout();
    try (Socket socket = connect()) {
      socket.setSoTimeout(10_000);
      long start = System.nanoTime();
      assertEquals(-1, socket.getInputStream().read(), "the server closes an idle connection");
      long millis = (System.nanoTime() - start) / 1_000_000;
      assertTrue(millis >= 400 && millis < 5_000, "closed after " + millis + " ms");
    }
  }

  @Test
  void aHalfSentHeadIsClosedAfterTheTimeout() throws IOException {
    restartWithShortIdleTimeout();
    try (Socket socket = connect()) {
      socket.setSoTimeout(10_000);
      socket.getOutputStream().write("POST / HTTP/1.1\r\nHost: x\r\n".getBytes(ISO_8859_1));
      String reply = readAll(socket.getInputStream());
      assertTrue(reply.isEmpty() || reply.startsWith("HTTP/1.1 4"), reply);
    }
  }

  /** Sends {@code request}; expects one 400 BadRequestException and then the end of the connection. */
  private void assertRefusedAndClosed(String request) throws IOException {
    String reply = exchange(request);
    String shown = request.substring(0, Math.min(120, request.length()));
    assertTrue(reply.startsWith("HTTP/1.1 400 "), shown + " got " + reply);
    assertTrue(reply.contains("\r\nX-Amzn-ErrorType: BadRequestException\r\n"), reply);
    assertTrue(reply.contains("{\"__type\":\"BadRequestException\",\"message\":\""), reply);
    assertEquals(1, reply.split("HTTP/1.1 ", -1).length - 1, "nothing after the refusal is answered: " + reply);
  }

  /** Sends {@code request} on a new connection and returns everything read until the server closes it. */
  private String exchange(String request) throws IOException {
    try (Socket socket = connect()) {
      socket.setSoTimeout(10_000);
      socket.getOutputStream().write(request.getBytes(ISO_8859_1));
      socket.getOutputStream().flush();
      return readAll(socket.getInputStream());
    }
  }

  private Socket connect() throws IOException {
    return new Socket(InetAddress.getLoopbackAddress(), server.server.port());
  }

  /** Reads until the server closes the connection (a reset after the reply counts as closing). */
  private static String readAll(InputStream in) throws IOException {
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    try {
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        all.write(buffer, 0, n);
      }
    } catch (SocketException reset) {
      // the server closed with bytes unread: what arrived before is the reply
    }
    return all.toString(ISO_8859_1);
  }
}
