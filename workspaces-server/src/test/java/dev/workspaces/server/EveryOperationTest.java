package dev.workspaces.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.workspaces.engine.Engine;
import dev.workspaces.model.Operation;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every one of the model's operations is routed by its {@code X-Amz-Target}: given {@code {}}, each
 * gets a 200 or a 400 with a known error, never UnknownOperationException or a 500. Operations the
 * engine does not simulate answer OperationNotSupportedException (or ValidationException, when
 * {@code {}} lacks a required member) and change nothing.
 */
class EveryOperationTest {
  private static TestServer server;

  @BeforeAll
  static void start() {
    server = TestServer.start();
    server.registerDirectory(server.client());
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @ParameterizedTest
  @EnumSource(Operation.class)
  void everyOperationIsRouted(Operation operation) {
    String before = server.stateDump();
    TestServer.Raw reply = server.api("WorkspacesService." + operation.operationName(), "{}");
    assertTrue(reply.status() == 200 || reply.status() == 400, reply.toString());
    if (reply.status() == 400) {
      assertTrue(dev.workspaces.model.error.ErrorCode.fromCode(reply.header("X-Amzn-ErrorType")).isPresent(),
          reply.toString());
      assertNotEquals("UnknownOperationException", reply.header("X-Amzn-ErrorType"));
    }
    boolean simulated = Engine.simulatedOperations().contains(operation);
    if (simulated) {
      assertNotEquals("OperationNotSupportedException", reply.header("X-Amzn-ErrorType"), reply.toString());
    } else {
      assertEquals(400, reply.status(), reply.toString());
      assertTrue(Set.of("OperationNotSupportedException", "ValidationException")
          .contains(reply.header("X-Amzn-ErrorType")), reply.toString());
      assertEquals(before, server.stateDump());
    }
  }
}
