package dev.workspaces.server;

import static dev.workspaces.server.TestServer.DIRECTORY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.workspaces.WorkSpacesClient;
import software.amazon.awssdk.services.workspaces.model.InvalidParameterValuesException;
import software.amazon.awssdk.services.workspaces.model.InvalidResourceStateException;
import software.amazon.awssdk.services.workspaces.model.OperationNotSupportedException;
import software.amazon.awssdk.services.workspaces.model.ResourceAlreadyExistsException;
import software.amazon.awssdk.services.workspaces.model.ResourceNotFoundException;
import software.amazon.awssdk.services.workspaces.model.ValidationException;
import software.amazon.awssdk.services.workspaces.model.WorkSpacesException;

/** Refusals reach the AWS SDK as the modeled exception classes, with code, message and members. */
class SdkErrorsTest {
  private TestServer server;
  private WorkSpacesClient client;

  @BeforeEach
  void start() {
    server = TestServer.start();
    client = server.client();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void anUnknownResourceIsAResourceNotFoundExceptionWithItsId() {
    ResourceNotFoundException e = assertThrows(ResourceNotFoundException.class,
        () -> client.describeTags(r -> r.resourceId("ws-abc123def")));
    assertEquals("ResourceNotFoundException", e.awsErrorDetails().errorCode());
    assertEquals("ws-abc123def", e.resourceId());
    assertTrue(e.awsErrorDetails().errorMessage().contains("ws-abc123def"), e.awsErrorDetails().errorMessage());
    assertEquals(400, e.statusCode());
    assertTrue(e.requestId().startsWith("00000000-0000-4000-8000-"), e.requestId());
  }

  @Test
  void anOperationTheEngineDoesNotSimulateIsOperationNotSupported() {
    OperationNotSupportedException e = assertThrows(OperationNotSupportedException.class,
        () -> client.describeAccount(r -> {}));
    assertEquals("OperationNotSupportedException", e.awsErrorDetails().errorCode());
    assertTrue(e.awsErrorDetails().errorMessage().contains("DescribeAccount"),
        e.awsErrorDetails().errorMessage());
  }

  @Test
  void aConstraintViolationIsAValidationException() {
    ValidationException e = assertThrows(ValidationException.class,
        () -> client.rebootWorkspaces(r -> r.rebootWorkspaceRequests(
            software.amazon.awssdk.services.workspaces.model.RebootRequest.builder().workspaceId("not-a-workspace!").build())));
    assertEquals("ValidationException", e.awsErrorDetails().errorCode());
    assertTrue(e.awsErrorDetails().errorMessage().contains("failed to satisfy constraint"),
        e.awsErrorDetails().errorMessage());
  }

  @Test
  void aRequestWithoutItsRequiredMemberIsAValidationException() {
    // The SDK does not check required members: it sends {} (docs/wire.md section 3).
    ValidationException e = assertThrows(ValidationException.class, () -> client.rebootWorkspaces(r -> { }));
    assertEquals("ValidationException", e.awsErrorDetails().errorCode());
  }

  @Test
  void registeringTwiceIsResourceAlreadyExists() {
    server.registerDirectory(client);
    ResourceAlreadyExistsException e = assertThrows(ResourceAlreadyExistsException.class,
        () -> client.registerWorkspaceDirectory(r -> r.directoryId(DIRECTORY)));
    assertEquals("ResourceAlreadyExistsException", e.awsErrorDetails().errorCode());
  }

  @Test
  void aWrongStateIsInvalidResourceState() {
    server.registerDirectory(client);
    String id = TestServer.createWorkspace(client, "alice");
    InvalidResourceStateException e = assertThrows(InvalidResourceStateException.class,
        () -> client.modifyWorkspaceProperties(r -> r.workspaceId(id)
            .workspaceProperties(p -> p.runningMode("ALWAYS_ON"))));
    assertEquals("InvalidResourceStateException", e.awsErrorDetails().errorCode());
  }

  @Test
  void restoringInAWrongStateIsOperationNotSupportedWhichTheOperationDeclares() {
    server.registerDirectory(client);
    String id = TestServer.createWorkspace(client, "alice");
    OperationNotSupportedException e = assertThrows(OperationNotSupportedException.class,
        () -> client.restoreWorkspace(r -> r.workspaceId(id)));
    assertEquals("OperationNotSupportedException", e.awsErrorDetails().errorCode());
  }

  @Test
  void aBadParameterIsInvalidParameterValues() {
    InvalidParameterValuesException e = assertThrows(InvalidParameterValuesException.class,
        () -> client.describeWorkspaceBundles(r -> r.owner("AMAZON").bundleIds(TestServer.BUNDLE)));
    assertEquals("InvalidParameterValuesException", e.awsErrorDetails().errorCode());
  }

  @Test
  void aRefusalIsAlsoAWorkSpacesException() {
    WorkSpacesException e = assertThrows(WorkSpacesException.class,
        () -> client.deregisterWorkspaceDirectory(r -> r.directoryId(DIRECTORY)));
    assertEquals(ResourceNotFoundException.class, e.getClass());
  }
}
