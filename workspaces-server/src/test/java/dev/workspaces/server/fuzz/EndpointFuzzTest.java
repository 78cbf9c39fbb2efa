package dev.workspaces.server.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.workspaces.engine.State;
import dev.workspaces.json.DecodeResult;
import dev.workspaces.json.WorkspacesJson;
import dev.workspaces.model.Operation;
import dev.workspaces.model.WorkspacesRequest;
import dev.workspaces.model.error.ErrorCode;
import dev.workspaces.model.schema.WorkspacesSchema;
import dev.workspaces.server.ClockMode;
import dev.workspaces.server.EndpointReply;
import dev.workspaces.server.ServerConfig;
import dev.workspaces.server.WorkspacesEndpoint;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Coverage-guided fuzzing of decode, validate, apply and encode through the socket-free endpoint,
 * over all operation targets. For every input: no exception escapes and no reply is a 500; every
 * reply is a success (200) or a 400 with a known error {@code __type}; a refused request leaves the
 * state equal; a body that decodes re-encodes to a body that decodes to the same value.
 *
 * <p>{@code mvn verify} replays the committed inputs under
 * {@code src/test/resources/dev/workspaces/server/fuzz/EndpointFuzzTestInputs}; see
 * {@code docs/reliability.md} for the command that fuzzes.
 */
class EndpointFuzzTest {
  private static final Operation[] OPERATIONS = Operation.values();
  private static final Pattern TYPE = Pattern.compile("^\\{\"__type\":\"([A-Za-z]+)\"");
  private static final WorkspacesEndpoint ENDPOINT = seeded();

  private static WorkspacesEndpoint seeded() {
    WorkspacesEndpoint endpoint = WorkspacesEndpoint.create(ServerConfig.defaults().withClockMode(ClockMode.MANUAL));
    call(endpoint, Operation.REGISTER_WORKSPACE_DIRECTORY, "{\"DirectoryId\":\"d-1234567890\"}");
    endpoint.advance(Duration.ofMinutes(5));
    call(endpoint, Operation.CREATE_WORKSPACES, "{\"Workspaces\":[{\"DirectoryId\":\"d-1234567890\","
        + "\"UserName\":\"alice\",\"BundleId\":\"wsb-1st2n8b5c\"}]}");
    endpoint.advance(Duration.ofMinutes(30));
    return endpoint;
  }

  @FuzzTest(maxDuration = "10m")
  void decodeValidateApplyEncode(FuzzedDataProvider data) {
    Operation operation = OPERATIONS[data.consumeInt(0, OPERATIONS.length - 1)];
    byte[] body = data.consumeRemainingAsBytes();
    checkRoundTrip(operation, body);

    State before = ENDPOINT.snapshot();
    EndpointReply reply = call(ENDPOINT, operation, body);
    String text = new String(reply.body(), StandardCharsets.UTF_8);
    if (reply.status() == 200) {
      return;
    }
    assertEquals(400, reply.status(), () -> operation + " answered " + reply.status() + ": " + text);
    Matcher type = TYPE.matcher(text);
    assertTrue(type.find(), () -> "not a JSON error: " + text);
    assertTrue(ErrorCode.fromCode(type.group(1)).isPresent(), () -> "unknown error type: " + text);
    assertEquals(before, ENDPOINT.snapshot(), () -> operation + " refused with " + text + " but changed the state");
  }

  /** A body that decodes (and validates) re-encodes to a body that decodes to an equal value. */
  private static void checkRoundTrip(Operation operation, byte[] body) {
    DecodeResult<WorkspacesRequest> decoded = WorkspacesJson.decodeRequest(operation, body);
    if (decoded.isSuccess()) {
      WorkspacesRequest value = decoded.value();
      DecodeResult<WorkspacesRequest> again = WorkspacesJson.decodeRequest(operation,
          WorkspacesJson.encode(value));
      assertTrue(again.isSuccess(), () -> "re-encoded " + value + " does not decode: " + again);
      assertEquals(value, again.value());
    }
  }

  private static EndpointReply call(WorkspacesEndpoint endpoint, Operation operation, String json) {
    return call(endpoint, operation, json.getBytes(StandardCharsets.UTF_8));
  }

  private static EndpointReply call(WorkspacesEndpoint endpoint, Operation operation, byte[] body) {
    String target = WorkspacesSchema.TARGET_PREFIX + "." + operation.operationName();
    return endpoint.handle("POST", "/", name -> switch (name.toLowerCase(Locale.ROOT)) {
      case "x-amz-target" -> target;
      case "content-type" -> "application/x-amz-json-1.1";
      default -> null;
    }, body);
  }
}
