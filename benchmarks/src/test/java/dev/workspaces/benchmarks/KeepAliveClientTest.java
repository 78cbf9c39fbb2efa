package dev.workspaces.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The load client reads whole replies and connects anew when a server closes after a reply. */
class KeepAliveClientTest {
  /** Answers {@code replies} requests, one per connection, each with {@code Connection: close}. */
  private static Thread closingServer(ServerSocket listener, int replies, AtomicInteger accepted) {
    Thread thread = new Thread(() -> {
      for (int i = 0; i < replies; i++) {
        try (Socket socket = listener.accept()) {
          accepted.incrementAndGet();
          readHead(socket.getInputStream());
          skipBody(socket.getInputStream(), "{}".length());
          byte[] body = "{\"Workspaces\":[]}".getBytes(StandardCharsets.UTF_8);
          OutputStream out = socket.getOutputStream();
          out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/x-amz-json-1.1\r\nConnection: close\r\n"
              + "Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
          out.write(body);
          out.flush();
        } catch (IOException e) {
          return;
        }
      }
    });
    thread.setDaemon(true);
    thread.start();
    return thread;
  }

  private static void readHead(InputStream in) throws IOException {
    int matched = 0;
    byte[] end = {'\r', '\n', '\r', '\n'};
    while (matched < 4) {
      int b = in.read();
      if (b < 0) {
        throw new IOException("request cut short");
      }
      matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
    }
  }

  private static void skipBody(InputStream in, int length) throws IOException {
    for (int i = 0; i < length; i++) {
      if (in.read() < 0) {
        throw new IOException("body cut short");
      }
    }
  }

  @Test
  void aServerThatClosesAfterEachReplyGetsANewConnectionPerRequest() throws Exception {
    try (ServerSocket listener = new ServerSocket(0, 4, InetAddress.getLoopbackAddress())) {
      AtomicInteger accepted = new AtomicInteger();
      Thread server = closingServer(listener, 3, accepted);
      byte[] request = KeepAliveClient.request(listener.getLocalPort(), "WorkspacesService.DescribeWorkspaces", "{}",
          "Authorization: test\r\n");
      try (KeepAliveClient client = new KeepAliveClient(listener.getLocalPort())) {
        for (int i = 0; i < 3; i++) {
          assertEquals(200, client.exchange(request));
        }
        assertEquals(3, client.connections());
      }
      server.join(10_000);
      assertEquals(3, accepted.get());
    }
  }

  @Test
  void ourServerKeepsOneConnectionAlive() throws Exception {
    try (EndpointLoad load = EndpointLoad.start()) {
      EndpointLoad.EndpointResult result = load.run(1, java.time.Duration.ZERO, java.time.Duration.ofMinutes(1), 50);
      assertEquals(50, result.requests());
      assertEquals(0, result.errors());
    }
  }
}
