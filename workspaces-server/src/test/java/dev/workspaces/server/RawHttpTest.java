package dev.workspaces.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.util.Arrays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.workspaces.WorkSpacesClient;

/**
 * Requests no SDK would send, over plain HTTP: each gets the documented status, error type header
 * and {@code __type}, and leaves the state dump byte-identical.
 */
class RawHttpTest {
  private static final String DESCRIBE = "WorkspacesService.DescribeWorkspaces";

  private TestServer server;
  private String before;

  @BeforeEach
  void start() {
    server = TestServer.start(ServerConfig.defaults().withPort(0).withClockMode(ClockMode.MANUAL)
        .withMaxBodyBytes(64 * 1024));
    WorkSpacesClient client = server.client();
    server.registerDirectory(client);
    TestServer.createWorkspace(client, "alice");
    before = server.stateDump();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private void assertRefused(TestServer.Raw reply, int status, String type) {
    assertEquals(status, reply.status(), reply.toString());
    assertEquals(type, reply.header("X-Amzn-ErrorType"), reply.toString());
    assertTrue(reply.body().startsWith("{\"__type\":\"" + type + "\",\"message\":\""), reply.body());
    assertCommonHeaders(reply);
    assertEquals(before, server.stateDump(), "a refused request must not change the state");
  }

  private static void assertCommonHeaders(TestServer.Raw reply) {
    assertEquals(WorkspacesEndpoint.CONTENT_TYPE, reply.header("Content-Type"));
    assertTrue(reply.header("x-amzn-RequestId").matches("00000000-0000-4000-8000-[0-9a-f]{12}"),
        reply.header("x-amzn-RequestId"));
  }

  @Test
  void aMalformedBodyIsASerializationException() {
    assertRefused(server.api(DESCRIBE, "{\"Limit\":"), 400, "SerializationException");
    assertRefused(server.api(DESCRIBE, "[]"), 400, "SerializationException");
  }

  @Test
  void aMemberOfTheWrongJsonTypeIsASerializationException() {
    assertRefused(server.api(DESCRIBE, "{\"Limit\":\"five\"}"), 400, "SerializationException");
    assertRefused(server.api("WorkspacesService.RebootWorkspaces", "{\"RebootWorkspaceRequests\":{}}"),
        400, "SerializationException");
  }

  @Test
  void aValueOutOfBoundsIsAValidationException() {
    assertRefused(server.api(DESCRIBE, "{\"Limit\":26}"), 400, "ValidationException");
    assertEquals("{\"__type\":\"ValidationException\",\"message\":\"1 validation error detected: Value '26' at "
        + "'limit' failed to satisfy constraint: Member must have value less than or equal to 25\"}",
        server.api(DESCRIBE, "{\"Limit\":26}").body());
  }

  @Test
  void anUnknownTargetIsAnUnknownOperationException() {
    assertRefused(server.api("WorkspacesService.FlyToTheMoon", "{}"), 400, "UnknownOperationException");
  }

  @Test
  void anotherServicesPrefixIsAnUnknownOperationException() {
    assertRefused(server.api("DynamoDB_20120810.DescribeWorkspaces", "{}"), 400, "UnknownOperationException");
    assertRefused(server.api("workspacesservice.DescribeWorkspaces", "{}"), 400, "UnknownOperationException");
  }

  @Test
  void aMissingTargetIsAnUnknownOperationException() {
    assertRefused(server.api(null, "{}"), 400, "UnknownOperationException");
  }

  @Test
  void anEmptyBodyCountsAsAnEmptyObject() {
    TestServer.Raw reply = TestServer.send(HttpRequest.newBuilder(server.uri("/"))
        .header("X-Amz-Target", DESCRIBE).header("Authorization", TestServer.AUTHORIZATION_A)
        .POST(HttpRequest.BodyPublishers.noBody()).build());
    assertEquals(200, reply.status(), reply.toString());
    assertTrue(reply.body().startsWith("{\"Workspaces\":[{"), reply.body());
    assertCommonHeaders(reply);
    assertEquals(before, server.stateDump());

    // {} lacks RebootWorkspaceRequests, which the model requires.
    assertRefused(server.api("WorkspacesService.RebootWorkspaces", ""), 400, "ValidationException");
  }

  @Test
  void anUnsignedRequestActsAsTheDefaultAccount() {
    TestServer.Raw reply = TestServer.send(HttpRequest.newBuilder(server.uri("/"))
        .header("X-Amz-Target", DESCRIBE).POST(HttpRequest.BodyPublishers.ofString("{}")).build());
    assertEquals(200, reply.status(), reply.toString());
    assertEquals("{\"Workspaces\":[]}", reply.body(), "123456789012 owns nothing here");
  }

  @Test
  void anOversizedBodyIs413() {
    byte[] big = new byte[64 * 1024 + 1];
    Arrays.fill(big, (byte) ' ');
    TestServer.Raw declared = TestServer.send(HttpRequest.newBuilder(server.uri("/"))
        .header("X-Amz-Target", DESCRIBE).POST(HttpRequest.BodyPublishers.ofByteArray(big)).build());
    assertRefused(declared, 413, "RequestEntityTooLargeException");

    // Without Content-Length (chunked), the bytes are counted as they arrive.
    TestServer.Raw chunked = TestServer.send(HttpRequest.newBuilder(server.uri("/"))
        .header("X-Amz-Target", DESCRIBE)
        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big))).build());
    assertRefused(chunked, 413, "RequestEntityTooLargeException");

    byte[] fits = new byte[64 * 1024];
    Arrays.fill(fits, (byte) ' ');
    fits[0] = '{';
    fits[fits.length - 1] = '}';
    TestServer.Raw accepted = TestServer.send(HttpRequest.newBuilder(server.uri("/"))
        .header("X-Amz-Target", DESCRIBE).POST(HttpRequest.BodyPublishers.ofByteArray(fits)).build());
    assertEquals(200, accepted.status(), accepted.toString());
  }

  @Test
  void theDefaultLimitIsEightMebibytes() {
    try (TestServer defaults = TestServer.start()) {
      byte[] big = new byte[8 * 1024 * 1024 + 1];
      Arrays.fill(big, (byte) ' ');
      TestServer.Raw reply = TestServer.send(HttpRequest.newBuilder(defaults.uri("/"))
          .header("X-Amz-Target", DESCRIBE).POST(HttpRequest.BodyPublishers.ofByteArray(big)).build());
      assertEquals(413, reply.status());
      assertEquals("RequestEntityTooLargeException", reply.header("X-Amzn-ErrorType"));
    }
  }

  @Test
  void anotherMethodIs405() {
    TestServer.Raw get = TestServer.send(HttpRequest.newBuilder(server.uri("/"))
        .header("X-Amz-Target", DESCRIBE).GET().build());
    assertRefused(get, 405, "MethodNotAllowedException");
    assertEquals("POST", get.header("Allow"));

    TestServer.Raw put = TestServer.send(HttpRequest.newBuilder(server.uri("/"))
        .header("X-Amz-Target", DESCRIBE).PUT(HttpRequest.BodyPublishers.ofString("{}")).build());
    assertRefused(put, 405, "MethodNotAllowedException");
    TestServer.Raw postState = server.post("/_admin/state", "{}");
    assertRefused(postState, 405, "MethodNotAllowedException");
    assertEquals("GET", postState.header("Allow"));
  }

  @Test
  void anotherPathIs404() {
    assertRefused(server.post("/workspaces", "{}"), 404, "NotFoundException");
    assertRefused(server.post("/_admin/nothing", "{}"), 404, "NotFoundException");
  }

  @Test
  void badAdminBodiesAreRefused() {
    assertRefused(server.post("/_admin/advance", "{\"seconds\":"), 400, "SerializationException");
    assertRefused(server.post("/_admin/advance", "{\"seconds\":\"ten\"}"), 400, "SerializationException");
    assertRefused(server.post("/_admin/advance", "{\"seconds\":-1}"), 400, "ValidationException");
    assertRefused(server.post("/_admin/advance", "{}"), 400, "ValidationException");
    assertRefused(server.post("/_admin/directories", "{\"Name\":\"x\"}"), 400, "ValidationException");
    assertRefused(server.post("/_admin/directories", "{\"DirectoryId\":\"d-12345678\",\"Subnets\":3}"),
        400, "SerializationException");
  }

  @Test
  void twoRequestsShareOneConnection() throws Exception {
    try (RawConnection connection = new RawConnection(server.server.port())) {
      String first = connection.exchange(DESCRIBE, "{}");
      String second = connection.exchange(DESCRIBE, "{\"Limit\":1}");
      assertTrue(first.startsWith("HTTP/1.1 200"), first);
      assertTrue(second.startsWith("HTTP/1.1 200"), second);
      assertTrue(second.toLowerCase(java.util.Locale.ROOT)
          .contains("x-amzn-requestid: 00000000-0000-4000-8000-"), second);
    }
  }
}
