package dev.workspaces.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.workspaces.model.error.ErrorCode;
import dev.workspaces.model.error.ResourceNotFoundException;
import dev.workspaces.model.request.DescribeWorkspacesRequest;
import dev.workspaces.model.request.StopWorkspacesRequest;
import dev.workspaces.model.schema.MemberSchema;
import dev.workspaces.model.schema.StructureSchema;
import dev.workspaces.model.schema.WorkspacesSchema;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class GeneratedValuesTest {

  @Test
  void absentAndEmptyListsAreDifferentValuesButNeitherIsNull() {
    DescribeWorkspacesRequest absent = DescribeWorkspacesRequest.builder().build();
    DescribeWorkspacesRequest empty = DescribeWorkspacesRequest.builder().workspaceIds(List.of()).build();
    assertFalse(absent.hasWorkspaceIds());
    assertTrue(empty.hasWorkspaceIds());
    assertEquals(List.of(), absent.workspaceIds());
    assertEquals(List.of(), empty.workspaceIds());
    assertNotEquals(absent, empty);
  }

  @Test
  void listsAreCopiedSoLaterChangesToTheSourceDoNotLeak() {
    List<String> ids = new ArrayList<>(List.of("ws-abc123def"));
    DescribeWorkspacesRequest request = DescribeWorkspacesRequest.builder().workspaceIds(ids).build();
    ids.add("ws-zzz999zzz");
    assertEquals(List.of("ws-abc123def"), request.workspaceIds());
    assertThrows(UnsupportedOperationException.class, () -> request.workspaceIds().add("x"));
  }

  @Test
  void aNullInsideAListIsRefusedAtConstruction() {
    List<String> withNull = new ArrayList<>();
    withNull.add(null);
    NullPointerException error = assertThrows(NullPointerException.class,
        () -> DescribeWorkspacesRequest.builder().workspaceIds(withNull).build());
    assertTrue(error.getMessage().contains("workspaceIds"), error.getMessage());
  }

  @Test
  void enumMembersAcceptConstantsAndKeepUnknownWireStrings() {
    WorkspaceProperties known = WorkspaceProperties.builder().runningMode(RunningMode.AUTO_STOP).build();
    WorkspaceProperties unknown = WorkspaceProperties.builder().runningMode("FLYING").build();
    assertEquals("AUTO_STOP", known.runningModeAsString().orElseThrow());
    assertEquals(RunningMode.AUTO_STOP, known.runningMode().orElseThrow());
    assertEquals("FLYING", unknown.runningModeAsString().orElseThrow());
    assertEquals(RunningMode.UNKNOWN_TO_SDK_VERSION, unknown.runningMode().orElseThrow());
    assertThrows(IllegalArgumentException.class,
        () -> WorkspaceProperties.builder().runningMode(RunningMode.UNKNOWN_TO_SDK_VERSION));
  }

  @Test
  void enumListsOfferConstantsAndRawStrings() {
    WorkspaceProperties properties =
        WorkspaceProperties.builder().protocols(Protocol.WSP, Protocol.PCOIP).build();
    assertEquals(List.of("WSP", "PCOIP"), properties.protocolsAsStrings());
    assertEquals(List.of(Protocol.WSP, Protocol.PCOIP), properties.protocols());
  }

  @Test
  void toBuilderCopiesEveryMember() {
    Workspace workspace = Workspace.builder().workspaceId("ws-abc123def").state(WorkspaceState.PENDING)
        .addModificationState(ModificationState.builder().resource(ModificationResourceEnum.COMPUTE_TYPE).build())
        .build();
    Workspace changed = workspace.toBuilder().state(WorkspaceState.AVAILABLE).build();
    assertEquals(workspace.modificationStates(), changed.modificationStates());
    assertEquals(WorkspaceState.AVAILABLE, changed.state().orElseThrow());
    assertEquals(workspace, changed.toBuilder().state(WorkspaceState.PENDING).build());
  }

  @Test
  void schemaGettersAndSettersRoundTripEveryMember() {
    StopWorkspacesRequest request = StopWorkspacesRequest.builder()
        .addStopWorkspaceRequest(StopRequest.builder().workspaceId("ws-abc123def").build())
        .build();
    assertEquals(request, copyThroughSchema(request.schema(), request));
    Workspace workspace = Workspace.builder().workspaceId("ws-abc123def").state("AVAILABLE")
        .userVolumeEncryptionEnabled(true).build();
    assertEquals(workspace, copyThroughSchema(Workspace.SCHEMA, workspace));
  }

  private static <T, B> T copyThroughSchema(StructureSchema<T, B> schema, Object value) {
    B builder = schema.newBuilder();
    for (MemberSchema<T, B> member : schema.members()) {
      member.set(builder, member.get(schema.cast(value)));
    }
    return schema.build(builder);
  }

  @Test
  void requestsNameTheirOperationAndErrorsTheirCode() {
    assertEquals(Operation.STOP_WORKSPACES, StopWorkspacesRequest.builder().build().operation());
    assertEquals(StopWorkspacesRequest.SCHEMA, Operation.STOP_WORKSPACES.inputSchema());
    ResourceNotFoundException error = ResourceNotFoundException.builder().message("gone").build();
    assertEquals(ErrorCode.RESOURCE_NOT_FOUND_EXCEPTION, error.errorCode());
    assertEquals("gone", error.errorMessage().orElseThrow());
    assertEquals(Operation.CREATE_WORKSPACES, Operation.fromName("CreateWorkspaces").orElseThrow());
    assertEquals(ErrorCode.SERIALIZATION_EXCEPTION, ErrorCode.fromCode("SerializationException").orElseThrow());
    assertFalse(ErrorCode.SERIALIZATION_EXCEPTION.isModeled());
  }

  @Test
  void theRegistryHoldsEveryShapeOfTheModel() {
    assertEquals(545, WorkspacesSchema.shapes().size());
    assertEquals(91, Operation.values().length);
    assertEquals(Workspace.SCHEMA, WorkspacesSchema.shape("Workspace").orElseThrow());
  }

  @Test
  void fromValueMapsEveryKnownWireStringBack() {
    for (WorkspaceState state : WorkspaceState.values()) {
      state.wireValue().ifPresent(wire -> assertEquals(state, WorkspaceState.fromValue(wire)));
    }
    assertEquals(AssociationErrorCode.VALIDATION_ERROR_INSUFFICIENT_DISK_SPACE,
        AssociationErrorCode.fromValue("ValidationError.InsufficientDiskSpace"));
  }
}
