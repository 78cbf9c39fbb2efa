package dev.workspaces.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.workspaces.model.Operation;
import dev.workspaces.model.WorkspacesRequest;
import dev.workspaces.model.error.ErrorCode;
import dev.workspaces.model.error.ValidationException;
import dev.workspaces.model.error.WorkspacesException;
import dev.workspaces.model.request.ModifyWorkspacePropertiesRequest;
import org.junit.jupiter.api.Test;

/** decodeRequest validates what it read and reports broken constraints as ValidationException. */
class ValidationErrorTest {

  @Test
  void malformedWorkspaceIdGivesTheServiceValidationMessage() {
    DecodeResult<WorkspacesRequest> result = WorkspacesJson.decodeRequest(Operation.REBOOT_WORKSPACES,
        "{\"RebootWorkspaceRequests\":[{\"WorkspaceId\":\"not-a-workspace!\"}]}".getBytes(UTF_8));
    assertEquals(DecodeResult.failure(ValidationException.builder().message(
        "1 validation error detected: Value 'not-a-workspace!' at 'rebootWorkspaceRequests.1.member.workspaceId' "
            + "failed to satisfy constraint: Member must satisfy regular expression pattern: ^ws-[0-9a-z]{8,63}$")
        .build()),
        result);
  }

  @Test
  void missingRequiredMemberInEmptyBodyIsReported() {
    String expected = "1 validation error detected: Value null at 'rebootWorkspaceRequests' "
        + "failed to satisfy constraint: Member must not be null";
    assertEquals(ValidationException.builder().message(expected).build(),
        WorkspacesJson.decodeRequest(Operation.REBOOT_WORKSPACES, "{}".getBytes(UTF_8)).error());
    assertEquals(ValidationException.builder().message(expected).build(),
        WorkspacesJson.decodeRequest(Operation.REBOOT_WORKSPACES, new byte[0]).error(),
        "a zero-length body counts as {}");
  }

  @Test
  void unknownEnumValueIsKeptByDecodeAndReportedByValidation() {
    byte[] body = ("{\"WorkspaceId\":\"ws-abc123def\",\"WorkspaceProperties\":{\"RunningMode\":\"FLYING\"}}")
        .getBytes(UTF_8);
    ModifyWorkspacePropertiesRequest request =
        WorkspacesJson.decode(ModifyWorkspacePropertiesRequest.SCHEMA, body).value();
    assertEquals("FLYING", request.workspaceProperties().orElseThrow().runningModeAsString().orElseThrow());
    WorkspacesException error = WorkspacesJson.decodeRequest(Operation.MODIFY_WORKSPACE_PROPERTIES, body).error();
    assertEquals(ErrorCode.VALIDATION_EXCEPTION, error.errorCode());
    assertTrue(error.getMessage().startsWith("1 validation error detected: Value 'FLYING' at "
        + "'workspaceProperties.runningMode' failed to satisfy constraint: Member must satisfy enum value set: "),
        error.getMessage());
  }

  @Test
  void emptyBodyIsAValidRequestWhenNothingIsRequired() {
    assertTrue(WorkspacesJson.decodeRequest(Operation.DESCRIBE_WORKSPACES, new byte[0]).isSuccess());
    assertTrue(WorkspacesJson.decodeRequest(Operation.DESCRIBE_WORKSPACES, "{}".getBytes(UTF_8)).isSuccess());
  }

  @Test
  void everyOperationInputDecodesFromEmptyObjectToItsRequestType() {
    for (Operation operation : Operation.values()) {
      DecodeResult<WorkspacesRequest> result = WorkspacesJson.decodeRequest(operation, "{}".getBytes(UTF_8));
      if (result.isSuccess()) {
        assertEquals(operation, result.value().operation());
      } else {
        assertEquals(ErrorCode.VALIDATION_EXCEPTION, result.error().errorCode(),
            operation.operationName());
      }
      assertTrue(WorkspacesJson.decodeResponse(operation, "{}".getBytes(UTF_8)).isSuccess());
    }
  }
}
