package dev.workspaces.engine.op.directory;

import static dev.workspaces.engine.Fixtures.assertRefused;
import static dev.workspaces.engine.op.directory.DirectoryHandlersTest.deregister;
import static dev.workspaces.engine.op.directory.DirectoryHandlersTest.register;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.workspaces.engine.Engine;
import dev.workspaces.engine.Outcome;
import dev.workspaces.engine.Scope;
import dev.workspaces.engine.State;
import dev.workspaces.model.AccessEndpoint;
import dev.workspaces.model.AccessEndpointConfig;
import dev.workspaces.model.AccessEndpointType;
import dev.workspaces.model.AccessPropertyValue;
import dev.workspaces.model.DefaultWorkspaceCreationProperties;
import dev.workspaces.model.Operation;
import dev.workspaces.model.ReconnectEnum;
import dev.workspaces.model.SelfservicePermissions;
import dev.workspaces.model.WorkspaceAccessProperties;
import dev.workspaces.model.WorkspaceCreationProperties;
import dev.workspaces.model.WorkspaceDirectory;
import dev.workspaces.model.WorkspacesRequest;
import dev.workspaces.model.error.ErrorCode;
import dev.workspaces.model.request.DescribeWorkspaceDirectoriesRequest;
import dev.workspaces.model.request.ModifySelfservicePermissionsRequest;
import dev.workspaces.model.request.ModifyWorkspaceAccessPropertiesRequest;
import dev.workspaces.model.request.ModifyWorkspaceCreationPropertiesRequest;
import dev.workspaces.model.response.DescribeWorkspaceDirectoriesResult;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * ModifyWorkspaceCreationProperties, ModifySelfservicePermissions and ModifyWorkspaceAccessProperties,
 * through {@link Engine#apply}: partial updates of a REGISTERED directory's settings.
 */
class DirectorySettingsTest {
  private static final Scope SCOPE = Scope.DEFAULT;
  private static final String DIRECTORY = "d-1234567890";
  private static final State REGISTERING = Engine.apply(State.initial(3), SCOPE, register(DIRECTORY).build()).state();
  private static final State REGISTERED = Engine.advance(REGISTERING, Duration.ofMinutes(1));

  // ---- ModifyWorkspaceCreationProperties ----

  @Test
  void creationPropertiesChangeOnlyTheMembersGiven() {
    State state = apply(REGISTERED, creation(DIRECTORY, WorkspaceCreationProperties.builder()
        .enableInternetAccess(true).defaultOu("OU=WorkSpaces,DC=corp,DC=example,DC=com").build())).state();

    DefaultWorkspaceCreationProperties stored = directory(state).workspaceCreationProperties().orElseThrow();
    assertEquals(true, stored.enableInternetAccess().orElseThrow());
    assertEquals("OU=WorkSpaces,DC=corp,DC=example,DC=com", stored.defaultOu().orElseThrow());
    assertEquals(true, stored.userEnabledAsLocalAdministrator().orElseThrow(), "local administrators by default");
    assertEquals(true, stored.enableMaintenanceMode().orElseThrow());
  }

  @Test
  void creationPropertiesCopyEveryMemberByWireName() {
    WorkspaceCreationProperties all = WorkspaceCreationProperties.builder()
        .enableInternetAccess(true).defaultOu("OU=X").customSecurityGroupId("sg-0123abcd")
        .userEnabledAsLocalAdministrator(true).enableMaintenanceMode(false)
        .instanceIamRoleArn("arn:aws:iam::123456789012:role/workspaces-instance").build();

    DefaultWorkspaceCreationProperties stored = directory(apply(REGISTERED, creation(DIRECTORY, all)).state())
        .workspaceCreationProperties().orElseThrow();

    for (var member : WorkspaceCreationProperties.SCHEMA.members()) {
      assertEquals(member.get(all), DefaultWorkspaceCreationProperties.SCHEMA.member(member.wireName())
          .orElseThrow().get(stored), member.wireName());
    }
  }

  @Test
  void creationPropertiesLeftEmptyChangeNothing() {
    Outcome outcome = apply(REGISTERED, creation(DIRECTORY, WorkspaceCreationProperties.builder().build()));

    assertTrue(outcome.isSuccess());
    assertEquals(directory(REGISTERED), directory(outcome.state()));
  }

  // ---- ModifySelfservicePermissions ----

  @Test
  void selfservicePermissionsChangeOnlyTheMembersGiven() {
    State state = apply(REGISTERED, selfservice(DIRECTORY, SelfservicePermissions.builder()
        .rebuildWorkspace(ReconnectEnum.ENABLED).restartWorkspace(ReconnectEnum.DISABLED).build())).state();

    SelfservicePermissions stored = directory(state).selfservicePermissions().orElseThrow();
    assertEquals(ReconnectEnum.ENABLED, stored.rebuildWorkspace().orElseThrow());
    assertEquals(ReconnectEnum.DISABLED, stored.restartWorkspace().orElseThrow());
    assertEquals(ReconnectEnum.DISABLED, stored.changeComputeType().orElseThrow());
    assertEquals(ReconnectEnum.DISABLED, stored.increaseVolumeSize().orElseThrow());
    assertEquals(ReconnectEnum.DISABLED, stored.switchRunningMode().orElseThrow());
  }

  @Test
  void successiveSelfserviceChangesAccumulate() {
    State state = apply(REGISTERED, selfservice(DIRECTORY, SelfservicePermissions.builder()
        .changeComputeType(ReconnectEnum.ENABLED).build())).state();
    state = apply(state, selfservice(DIRECTORY, SelfservicePermissions.builder()
        .switchRunningMode(ReconnectEnum.ENABLED).build())).state();

    SelfservicePermissions stored = directory(state).selfservicePermissions().orElseThrow();
    assertEquals(ReconnectEnum.ENABLED, stored.changeComputeType().orElseThrow());
    assertEquals(ReconnectEnum.ENABLED, stored.switchRunningMode().orElseThrow());
    assertEquals(ReconnectEnum.ENABLED, stored.restartWorkspace().orElseThrow());
  }

  // ---- ModifyWorkspaceAccessProperties ----

  @Test
  void accessPropertiesChangeOnlyTheMembersGiven() {
    State state = apply(REGISTERED, access(DIRECTORY, WorkspaceAccessProperties.builder()
        .deviceTypeWeb(AccessPropertyValue.DENY).deviceTypeAndroid(AccessPropertyValue.DENY).build())).state();

    WorkspaceAccessProperties stored = directory(state).workspaceAccessProperties().orElseThrow();
    assertEquals(AccessPropertyValue.DENY, stored.deviceTypeWeb().orElseThrow());
    assertEquals(AccessPropertyValue.DENY, stored.deviceTypeAndroid().orElseThrow());
    assertEquals(AccessPropertyValue.ALLOW, stored.deviceTypeWindows().orElseThrow());
    assertEquals(AccessPropertyValue.ALLOW, stored.deviceTypeWorkSpacesThinClient().orElseThrow());
  }

  @Test
  void anAccessEndpointConfigIsStoredWhole() {
    AccessEndpointConfig config = AccessEndpointConfig.builder()
        .accessEndpoints(List.of(AccessEndpoint.builder().accessEndpointType(AccessEndpointType.STREAMING_WSP)
            .vpcEndpointId("vpce-0123456789abcdef0").build()))
        .build();

    State state = apply(REGISTERED, access(DIRECTORY, WorkspaceAccessProperties.builder()
        .accessEndpointConfig(config).build())).state();

    assertEquals(config, directory(state).workspaceAccessProperties().orElseThrow().accessEndpointConfig().orElseThrow());
  }

  // ---- refusals shared by the three operations ----

  /** One settings operation: its request for a directory id, and its model entry. */
  record Case(Operation operation, Function<String, WorkspacesRequest> request) {
    @Override
    public String toString() {
      return operation.operationName();
    }
  }

  static Stream<Case> cases() {
    return Stream.of(
        new Case(Operation.MODIFY_WORKSPACE_CREATION_PROPERTIES,
            id -> creation(id, WorkspaceCreationProperties.builder().enableInternetAccess(true).build())),
        new Case(Operation.MODIFY_SELFSERVICE_PERMISSIONS,
            id -> selfservice(id, SelfservicePermissions.builder().rebuildWorkspace(ReconnectEnum.ENABLED).build())),
        new Case(Operation.MODIFY_WORKSPACE_ACCESS_PROPERTIES,
            id -> access(id, WorkspaceAccessProperties.builder().deviceTypeWeb(AccessPropertyValue.DENY).build())));
  }

  @ParameterizedTest
  @MethodSource("cases")
  void anUnknownDirectoryIsRefusedAsNotFound(Case op) {
    Outcome outcome = apply(REGISTERED, op.request().apply("d-9999999999"));

    assertRefused(outcome, REGISTERED, ErrorCode.RESOURCE_NOT_FOUND_EXCEPTION, "d-9999999999");
    assertEquals("d-9999999999", outcome.error().orElseThrow().resourceId().orElseThrow());
  }

  @ParameterizedTest
  @MethodSource("cases")
  void aRegisteringDirectoryIsRefusedAsNotSupported(Case op) {
    assertRefused(apply(REGISTERING, op.request().apply(DIRECTORY)), REGISTERING,
        ErrorCode.OPERATION_NOT_SUPPORTED_EXCEPTION, DIRECTORY, "REGISTERING", op.operation().operationName());
  }

  @ParameterizedTest
  @MethodSource("cases")
  void aDeregisteringDirectoryIsRefusedAsNotSupported(Case op) {
    State deregistering = apply(REGISTERED, deregister(DIRECTORY)).state();

    assertRefused(apply(deregistering, op.request().apply(DIRECTORY)), deregistering,
        ErrorCode.OPERATION_NOT_SUPPORTED_EXCEPTION, DIRECTORY, "DEREGISTERING");
  }

  @ParameterizedTest
  @MethodSource("cases")
  void aDeregisteredDirectoryIsRefusedAsNotFound(Case op) {
    State deregistered = Engine.advance(apply(REGISTERED, deregister(DIRECTORY)).state(), Duration.ofMinutes(1));

    assertRefused(apply(deregistered, op.request().apply(DIRECTORY)), deregistered,
        ErrorCode.RESOURCE_NOT_FOUND_EXCEPTION, DIRECTORY);
  }

  @ParameterizedTest
  @MethodSource("cases")
  void anotherScopeCannotChangeTheDirectory(Case op) {
    Outcome outcome = Engine.apply(REGISTERED, Scope.of("210987654321", SCOPE.region()), op.request().apply(DIRECTORY));

    assertRefused(outcome, REGISTERED, ErrorCode.RESOURCE_NOT_FOUND_EXCEPTION, DIRECTORY);
  }

  @ParameterizedTest
  @MethodSource("cases")
  void theRefusalCodesAreDeclaredByTheOperation(Case op) {
    assertTrue(op.operation().declaredErrors().contains(ErrorCode.RESOURCE_NOT_FOUND_EXCEPTION));
    assertTrue(op.operation().declaredErrors().contains(ErrorCode.OPERATION_NOT_SUPPORTED_EXCEPTION));
  }

  @ParameterizedTest
  @MethodSource("cases")
  void aMissingSettingsMemberFailsSchemaValidation(Case op) {
    WorkspacesRequest full = op.request().apply(DIRECTORY);
    WorkspacesRequest withoutSettings = withoutMember(full, full.schema().members().get(1).wireName());

    assertRefused(apply(REGISTERED, withoutSettings), REGISTERED, ErrorCode.VALIDATION_EXCEPTION);
  }

  // ---- helpers ----

  private static <T, B> WorkspacesRequest withoutMember(WorkspacesRequest request, String wireName) {
    @SuppressWarnings("unchecked")
    var schema = (dev.workspaces.model.schema.StructureSchema<T, B>) request.schema();
    B builder = schema.newBuilder();
    for (var member : schema.members()) {
      if (!member.wireName().equals(wireName)) {
        member.set(builder, member.get(schema.cast(request)));
      }
    }
    return (WorkspacesRequest) schema.build(builder);
  }

  static ModifyWorkspaceCreationPropertiesRequest creation(String id, WorkspaceCreationProperties properties) {
    return ModifyWorkspaceCreationPropertiesRequest.builder().resourceId(id).workspaceCreationProperties(properties).build();
  }

  static ModifySelfservicePermissionsRequest selfservice(String id, SelfservicePermissions permissions) {
    return ModifySelfservicePermissionsRequest.builder().resourceId(id).selfservicePermissions(permissions).build();
  }

  static ModifyWorkspaceAccessPropertiesRequest access(String id, WorkspaceAccessProperties properties) {
    return ModifyWorkspaceAccessPropertiesRequest.builder().resourceId(id).workspaceAccessProperties(properties).build();
  }

  private static Outcome apply(State state, WorkspacesRequest request) {
    return Engine.apply(state, SCOPE, request);
  }

  private static WorkspaceDirectory directory(State state) {
    return apply(state, DescribeWorkspaceDirectoriesRequest.builder().directoryIds(List.of(DIRECTORY)).build())
        .responseAs(DescribeWorkspaceDirectoriesResult.class).directories().get(0);
  }
}
