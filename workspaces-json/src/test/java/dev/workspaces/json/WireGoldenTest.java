package dev.workspaces.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.workspaces.model.Operation;
import dev.workspaces.model.WorkspacesRequest;
import dev.workspaces.model.WorkspacesResponse;
import dev.workspaces.model.error.ResourceNotFoundException;
import dev.workspaces.model.error.WorkspacesException;
import dev.workspaces.model.request.CreateTagsRequest;
import dev.workspaces.model.request.CreateWorkspacesRequest;
import dev.workspaces.model.response.DescribeWorkspacesConnectionStatusResult;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The exact bodies recorded from the real clients (docs/wire.md sections 3 and 11). */
class WireGoldenTest {

  /** One recorded request: the operation named by X-Amz-Target and the body as sent. */
  record Recorded(Operation operation, String body) {}

  @TestFactory
  List<DynamicTest> javaSdkRequestBodiesDecodeAndReencodeByteForByte() throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    for (Recorded recorded : javaSdkRequests()) {
      tests.add(DynamicTest.dynamicTest(recorded.operation().operationName() + " " + recorded.body(), () -> {
        byte[] body = recorded.body().getBytes(UTF_8);
        DecodeResult<?> decoded = WorkspacesJson.decode(recorded.operation().inputSchema(), body);
        assertTrue(decoded.isSuccess(), () -> decoded.toString());
        WorkspacesRequest request = assertInstanceOf(WorkspacesRequest.class, decoded.value());
        assertEquals(recorded.operation(), request.operation());
        assertEquals(recorded.body(), WorkspacesJson.encodeToString(request));
      }));
    }
    return tests;
  }

  @TestFactory
  List<DynamicTest> javaSdkRequestBodiesPassValidation() throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    for (Recorded recorded : javaSdkRequests()) {
      tests.add(DynamicTest.dynamicTest(recorded.operation().operationName() + " " + recorded.body(), () -> {
        DecodeResult<WorkspacesRequest> decoded =
            WorkspacesJson.decodeRequest(recorded.operation(), recorded.body().getBytes(UTF_8));
        assertTrue(decoded.isSuccess(), () -> decoded.toString());
      }));
    }
    return tests;
  }

  @Test
  void createWorkspacesBodyKeepsEveryEscapedCharacterOfTheTagValue() throws IOException {
    Recorded recorded = javaSdkRequests().get(0);
    CreateWorkspacesRequest request =
        WorkspacesJson.decode(CreateWorkspacesRequest.SCHEMA, recorded.body().getBytes(UTF_8)).value();
    assertEquals(2, request.workspaces().size());
    assertEquals("ü \"q\" \\ / \n\t☃ <&>", request.workspaces().get(0).tags().get(1).value().orElseThrow());
    assertEquals(60, request.workspaces().get(0).workspaceProperties().orElseThrow()
        .runningModeAutoStopTimeoutInMinutes().orElseThrow());
    assertEquals(false, request.workspaces().get(0).userVolumeEncryptionEnabled().orElseThrow());
    assertTrue(request.workspaces().get(1).userVolumeEncryptionEnabled().isEmpty());
    assertTrue(!request.workspaces().get(1).hasTags());
  }

  @Test
  void jsCreateTagsBodyIsWhatWeWrite() {
    String js = "{\"ResourceId\":\"ws-abc123def\",\"Tags\":[{\"Key\":\"env\",\"Value\":\"test\"},"
        + "{\"Key\":\"empty\",\"Value\":\"\"},{\"Key\":\"novalue\"}]}";
    assertEquals(112, js.getBytes(UTF_8).length, "content-length recorded for the JS request");
    WorkspacesRequest request = decodeRequest(Operation.CREATE_TAGS, js);
    assertEquals(js, WorkspacesJson.encodeToString(request));
  }

  @Test
  void cliSpacedCreateTagsBodyDecodesLikeTheCompactOne() {
    String cli = "{\"ResourceId\": \"ws-abc123def\", \"Tags\": [{\"Key\": \"env\", \"Value\": \"test\"}, "
        + "{\"Key\": \"empty\", \"Value\": \"\"}]}";
    String compact = "{\"ResourceId\":\"ws-abc123def\",\"Tags\":[{\"Key\":\"env\",\"Value\":\"test\"},"
        + "{\"Key\":\"empty\",\"Value\":\"\"}]}";
    assertEquals(104, cli.getBytes(UTF_8).length, "content-length recorded for the CLI request");
    WorkspacesRequest request = decodeRequest(Operation.CREATE_TAGS, cli);
    assertEquals(decodeRequest(Operation.CREATE_TAGS, compact), request);
    assertEquals(compact, WorkspacesJson.encodeToString(request));
  }

  @Test
  void cliUnicodeEscapesDecodeToTheSameValueAsRawUtf8() {
    String cli = "{\"ResourceId\": \"ws-abc123def\", \"Tags\": [{\"Key\": \"k\", \"Value\": \"\\u00fc \\u2603\"}]}";
    String raw = "{\"ResourceId\":\"ws-abc123def\",\"Tags\":[{\"Key\":\"k\",\"Value\":\"ü ☃\"}]}";
    CreateTagsRequest request = (CreateTagsRequest) decodeRequest(Operation.CREATE_TAGS, cli);
    assertEquals("ü ☃", request.tags().get(0).value().orElseThrow());
    assertEquals(raw, WorkspacesJson.encodeToString(request));
    assertEquals(List.of((byte) 0xC3, (byte) 0xBC), bytesOf("ü"), "raw UTF-8, not an escape");
  }

  @Test
  void successReplySampleDecodesAndReencodesByteForByte() {
    String reply = "{\"WorkspacesConnectionStatus\":[{\"WorkspaceId\":\"ws-abc123def\",\"ConnectionState\":\"CONNECTED\","
        + "\"ConnectionStateCheckTimestamp\":1700000000.123,\"LastKnownUserConnectionTimestamp\":1699990000}]}";
    assertEquals(186, reply.getBytes(UTF_8).length, "content-length recorded for the reply");
    DecodeResult<WorkspacesResponse> decoded =
        WorkspacesJson.decodeResponse(Operation.DESCRIBE_WORKSPACES_CONNECTION_STATUS, reply.getBytes(UTF_8));
    DescribeWorkspacesConnectionStatusResult result =
        assertInstanceOf(DescribeWorkspacesConnectionStatusResult.class, decoded.value());
    var status = result.workspacesConnectionStatus().get(0);
    assertAll(
        () -> assertEquals(Instant.parse("2023-11-14T22:13:20.123Z"),
            status.connectionStateCheckTimestamp().orElseThrow()),
        () -> assertEquals(Instant.ofEpochSecond(1_699_990_000L),
            status.lastKnownUserConnectionTimestamp().orElseThrow()),
        () -> assertEquals("CONNECTED", status.connectionStateAsString().orElseThrow()),
        () -> assertEquals(reply, WorkspacesJson.encodeToString(result)));
  }

  @Test
  void errorReplySampleDecodesAndReencodesByteForByte() {
    String reply = "{\"__type\":\"ResourceNotFoundException\",\"message\":\"x\"}";
    assertEquals(52, reply.getBytes(UTF_8).length, "content-length recorded for the reply");
    WorkspacesException error = WorkspacesJson.decodeError(reply.getBytes(UTF_8)).value();
    assertEquals(ResourceNotFoundException.builder().message("x").build(), error);
    assertEquals(reply, new String(WorkspacesJson.encodeError(error), UTF_8));
  }

  private static WorkspacesRequest decodeRequest(Operation operation, String body) {
    DecodeResult<WorkspacesRequest> decoded = WorkspacesJson.decodeRequest(operation, body.getBytes(UTF_8));
    assertTrue(decoded.isSuccess(), () -> decoded.toString());
    return decoded.value();
  }

  private static List<Byte> bytesOf(String text) {
    List<Byte> bytes = new ArrayList<>();
    for (byte b : text.getBytes(UTF_8)) {
      bytes.add(b);
    }
    return bytes;
  }

  static List<Recorded> javaSdkRequests() throws IOException {
    try (InputStream in = WireGoldenTest.class.getResourceAsStream("/golden/java-sdk-requests.txt")) {
      List<Recorded> recorded = new ArrayList<>();
      for (String line : new String(in.readAllBytes(), UTF_8).split("\n")) {
        if (!line.isBlank() && !line.startsWith("#")) {
          int space = line.indexOf(' ');
          Operation operation = Operation.fromName(line.substring(0, space)).orElseThrow();
          recorded.add(new Recorded(operation, line.substring(space + 1)));
        }
      }
      return recorded;
    }
  }
}
