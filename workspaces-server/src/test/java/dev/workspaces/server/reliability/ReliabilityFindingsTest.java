package dev.workspaces.server.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.workspaces.server.reliability.EndpointCalls.Reply;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The findings of issue 19 that reached the engine, each reproduced through the socket-free endpoint:
 * none of them is answered with a 500 any more, and each gets the error the model lists.
 */
class ReliabilityFindingsTest {
  private static final Pattern WORKSPACE_ID = Pattern.compile("\"WorkspaceId\":\"(ws-[0-9a-z]+)\"");

  @Test
  void aBundleCapacityThatIsNoSizeIsRefusedWhenTheBundleIsCreated() {
    EndpointCalls calls = EndpointCalls.fresh();
    for (String capacity : List.of("abc", "99999999999", "0", "-5", "1.5", " 80")) {
      for (String storage : List.of("RootStorage", "UserStorage")) {
        Reply reply = calls.call("CreateWorkspaceBundle", "{\"BundleName\":\"b\",\"BundleDescription\":\"d\","
            + "\"ImageId\":\"wsi-123456789\",\"ComputeType\":{\"Name\":\"STANDARD\"},"
            + "\"UserStorage\":{\"Capacity\":\"" + (storage.equals("UserStorage") ? capacity : "50") + "\"},"
            + "\"RootStorage\":{\"Capacity\":\"" + (storage.equals("RootStorage") ? capacity : "80") + "\"}}");
        assertTrue(reply.isError("InvalidParameterValuesException"), storage + " " + capacity + ": " + reply);
        assertTrue(reply.body().contains(storage + ".Capacity"), reply.body());
      }
    }
  }

  @Test
  void aSharedAccountIdWithATrailingNewlineIsAValidationError() {
    Reply reply = EndpointCalls.fresh().call("UpdateWorkspaceImagePermission",
        "{\"ImageId\":\"wsi-123456789\",\"AllowCopyImage\":true,\"SharedAccountId\":\"222222222222\\n\"}");
    assertTrue(reply.isError("ValidationException"), reply.toString());
    assertTrue(reply.body().contains("at 'sharedAccountId'"), reply.body());
  }

  @Test
  void aDirectoryIdWithATrailingLineTerminatorIsRefusedByTheApiAndTheAdminEndpoint() {
    EndpointCalls calls = EndpointCalls.fresh();
    for (String terminator : List.of("\\n", "\\r", "\\r\\n", "\\u0085", "\\u2028", "\\u2029")) {
      Reply api = calls.call("RegisterWorkspaceDirectory", "{\"DirectoryId\":\"d-1234567890" + terminator + "\"}");
      assertTrue(api.isError("ValidationException"), terminator + ": " + api);
      Reply admin = calls.admin("/_admin/directories", "{\"DirectoryId\":\"d-1234567890" + terminator + "\"}");
      assertEquals(400, admin.status(), terminator + ": " + admin);
    }
    assertFalse(calls.endpoint().snapshot().toString().contains("d-1234567890\n"));
    assertEquals(200, calls.call("RegisterWorkspaceDirectory", "{\"DirectoryId\":\"d-1234567890\"}").status());
  }

  @Test
  void restoringAWorkspaceInTheWrongStateIsAnErrorTheOperationDeclares() {
    EndpointCalls calls = EndpointCalls.fresh();
    assertEquals(200, calls.call("RegisterWorkspaceDirectory", "{\"DirectoryId\":\"d-1234567890\"}").status());
    calls.advance(Duration.ofMinutes(5));
    Reply created = calls.call("CreateWorkspaces", "{\"Workspaces\":[{\"DirectoryId\":\"d-1234567890\","
        + "\"UserName\":\"alice\",\"BundleId\":\"wsb-1st2n8b5c\"}]}");
    Matcher id = WORKSPACE_ID.matcher(created.body());
    assertTrue(id.find(), created.body());

    Reply restore = calls.call("RestoreWorkspace", "{\"WorkspaceId\":\"" + id.group(1) + "\"}");

    assertTrue(restore.isError("OperationNotSupportedException"), restore.toString());
    assertTrue(restore.body().contains("PENDING"), restore.body());
  }
}
