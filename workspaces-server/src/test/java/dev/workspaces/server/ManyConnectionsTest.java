package dev.workspaces.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.workspaces.WorkSpacesClient;

/**
 * Connections hold no thread each: with {@value #IDLE} idle connections open, and a request sent on
 * each half-way, a new client is still served, and the process runs about as many threads as before.
 */
class ManyConnectionsTest {
  private static final int IDLE = 2_000;
  /** Threads the server may add while the connections are open (none per connection). */
  private static final int THREAD_SLACK = 64;

  @Test
  void twoThousandIdleConnectionsDoNotShutOutANewClient() throws IOException {
    List<Socket> idle = new ArrayList<>();
    try (TestServer server = TestServer.start()) {
      WorkSpacesClient client = server.client();
      client.describeWorkspaces(r -> r.limit(1));
      int threadsBefore = Thread.activeCount();
      for (int i = 0; i < IDLE; i++) {
        Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.server.port());
        if (i % 2 == 0) {
          socket.getOutputStream().write("POST / HTTP/1.1\r\nHost: x\r\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        }
        idle.add(socket);
      }
      assertEquals(0, client.describeWorkspaces(r -> r.limit(1)).workspaces().size(),
          "a new request is answered with " + IDLE + " connections open");
      try (RawConnection fresh = new RawConnection(server.server.port())) {
        String reply = fresh.exchange("WorkspacesService.DescribeWorkspaces", "{}");
        assertTrue(reply.startsWith("HTTP/1.1 200 "), reply);
      }
      int threadsAfter = Thread.activeCount();
      assertTrue(threadsAfter - threadsBefore < THREAD_SLACK,
          "threads before " + threadsBefore + ", with " + IDLE + " connections " + threadsAfter);
    } finally {
      for (Socket socket : idle) {
        socket.close();
      }
    }
  }
}
