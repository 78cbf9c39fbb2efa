package dev.workspaces.junit;

import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.workspaces.server.WorkspacesServer;
import java.io.IOException;
import java.net.Socket;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** The server a test asked for stops listening when the test is done. */
@WorkspacesTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ServerClosedAfterItsTestTest {
  private static int port;

  @Test
  @Order(1)
  void aTestGetsARunningServer(WorkspacesServer server) throws IOException {
    port = server.port();
    new Socket("127.0.0.1", port).close();
  }

  @Test
  @Order(2)
  void afterThatTestItsPortIsClosed() {
    assertThrows(IOException.class, () -> new Socket("127.0.0.1", port).close());
  }
}
