package dev.workspaces.engine.op.directory;

import static dev.workspaces.engine.Fixtures.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import dev.workspaces.engine.Engine;
import dev.workspaces.engine.Outcome;
import dev.workspaces.engine.Scope;
import dev.workspaces.engine.State;
import dev.workspaces.engine.catalogue.CatalogueDirectory;
import dev.workspaces.engine.catalogue.DirectoryCatalogue;
import dev.workspaces.model.AccessPropertyValue;
import dev.workspaces.model.Operation;
import dev.workspaces.model.ReconnectEnum;
import dev.workspaces.model.Tag;
import dev.workspaces.model.Tenancy;
import dev.workspaces.model.WorkspaceDirectory;
import dev.workspaces.model.WorkspaceDirectoryState;
import dev.workspaces.model.WorkspaceDirectoryType;
import dev.workspaces.model.WorkspaceType;
import dev.workspaces.model.WorkspacesRequest;
import dev.workspaces.model.error.ErrorCode;
import dev.workspaces.model.request.DeregisterWorkspaceDirectoryRequest;
import dev.workspaces.model.request.DescribeTagsRequest;
import dev.workspaces.model.request.DescribeWorkspaceDirectoriesRequest;
import dev.workspaces.model.request.RegisterWorkspaceDirectoryRequest;
import dev.workspaces.model.response.DescribeTagsResult;
import dev.workspaces.model.response.DescribeWorkspaceDirectoriesResult;
import dev.workspaces.model.response.RegisterWorkspaceDirectoryResult;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * RegisterWorkspaceDirectory, and what every directory operation shares (time, scopes, determinism),
 * through {@link Engine#apply}. Its static helpers serve the other directory tests too.
 */
class DirectoryHandlersTest {
  private static final Scope SCOPE = Scope.DEFAULT;
  private static final String DIRECTORY = "d-1234567890";
  private static final State START = State.initial(42);

  // ---- RegisterWorkspaceDirectory: happy paths ----

  @Test
  void registerAnswersTheIdAndRegistering() {
    Outcome outcome = apply(START, register(DIRECTORY).build());

    RegisterWorkspaceDirectoryResult result = outcome.responseAs(RegisterWorkspaceDirectoryResult.class);
    assertEquals(DIRECTORY, result.directoryId().orElseThrow());
    assertEquals(WorkspaceDirectoryState.REGISTERING, result.state().orElseThrow());
    assertEquals(WorkspaceDirectoryState.REGISTERING, only(outcome.state()).state().orElseThrow());
  }

  @Test
  void registeredValueCarriesCatalogueFactsAndDefaults() {
    WorkspaceDirectory directory = only(apply(START, register(DIRECTORY)
        .workspaceDirectoryName("Corp directory").workspaceDirectoryDescription("Main office").build()).state());

    CatalogueDirectory known = CatalogueDirectory.simpleAd(DIRECTORY, SCOPE.region());
    assertEquals(known.alias(), directory.alias().orElseThrow());
    assertEquals(known.name(), directory.directoryName().orElseThrow());
    assertEquals(List.of(known.subnets().get(0).subnetId(), known.subnets().get(1).subnetId()), directory.subnetIds());
    assertEquals(known.dnsIpAddresses(), directory.dnsIpAddresses());
    assertEquals(WorkspaceDirectoryType.SIMPLE_AD, directory.directoryType().orElseThrow());
    assertTrue(directory.registrationCode().orElseThrow().contains("+"));
    assertTrue(directory.iamRoleId().orElseThrow().contains(SCOPE.accountId()));
    assertEquals(Tenancy.SHARED, directory.tenancy().orElseThrow());
    assertEquals(WorkspaceType.PERSONAL, directory.workspaceType().orElseThrow());
    assertEquals("Corp directory", directory.workspaceDirectoryName().orElseThrow());
    assertEquals("Main office", directory.workspaceDirectoryDescription().orElseThrow());
    assertEquals(DirectoryDefaults.CREATION_PROPERTIES, directory.workspaceCreationProperties().orElseThrow());
    assertEquals(false, directory.workspaceCreationProperties().orElseThrow().enableInternetAccess().orElseThrow());
    assertEquals(true, directory.workspaceCreationProperties().orElseThrow().enableMaintenanceMode().orElseThrow());
    assertEquals(ReconnectEnum.ENABLED, directory.selfservicePermissions().orElseThrow().restartWorkspace().orElseThrow());
    assertEquals(ReconnectEnum.DISABLED, directory.selfservicePermissions().orElseThrow().rebuildWorkspace().orElseThrow());
    assertEquals(AccessPropertyValue.DENY, directory.workspaceAccessProperties().orElseThrow().deviceTypeWeb().orElseThrow(),
        "Web Access is disabled by default");
    assertEquals(AccessPropertyValue.DENY, directory.workspaceAccessProperties().orElseThrow().deviceTypeLinux().orElseThrow(),
        "the Linux client is disabled by default");
    assertEquals(true, directory.workspaceCreationProperties().orElseThrow().userEnabledAsLocalAdministrator()
        .orElseThrow(), "users are local administrators by default");
  }

  @Test
  void registeredValuePassesSchemaValidationWhenEchoedBack() {
    WorkspaceDirectory directory = only(apply(START, register(DIRECTORY).build()).state());

    assertTrue(dev.workspaces.model.validation.Validation.validate(
        DescribeWorkspaceDirectoriesResult.builder().directories(List.of(directory)).build()).isValid());
  }

  @Test
  void enableSelfServiceEnablesEveryAction() {
    WorkspaceDirectory directory = only(apply(START, register(DIRECTORY).enableSelfService(true).build()).state());

    assertEquals(DirectoryDefaults.SELFSERVICE_ENABLED, directory.selfservicePermissions().orElseThrow());
    assertEquals(ReconnectEnum.ENABLED, directory.selfservicePermissions().orElseThrow().changeComputeType().orElseThrow());
  }

  @Test
  void givenSubnetsReplaceTheCatalogueOnes() {
    String subnet = CatalogueDirectory.simpleAd(DIRECTORY, SCOPE.region()).subnets().get(1).subnetId();

    WorkspaceDirectory directory = only(apply(START, register(DIRECTORY).subnetIds(List.of(subnet)).build()).state());

    assertEquals(List.of(subnet), directory.subnetIds());
  }

  @Test
  void registerStoresTheRequestTags() {
    Tag team = Tag.builder().key("team").value("blue").build();
    State state = apply(START, register(DIRECTORY).tags(List.of(team)).build()).state();

    DescribeTagsResult tags = apply(state, DescribeTagsRequest.builder().resourceId(DIRECTORY).build())
        .responseAs(DescribeTagsResult.class);
    assertEquals(List.of(team), tags.tagList());
  }

  @Test
  void registeringBecomesRegisteredAfterOneMinute() {
    State registering = apply(START, register(DIRECTORY).build()).state();

    assertEquals(WorkspaceDirectoryState.REGISTERING,
        only(Engine.advance(registering, Duration.ofSeconds(59))).state().orElseThrow());
    assertEquals(WorkspaceDirectoryState.REGISTERED,
        only(Engine.advance(registering, Duration.ofMinutes(1))).state().orElseThrow());
  }

  @Test
  void strictCatalogueAcceptsAnAddedDirectoryWithItsOwnFacts() {
    CatalogueDirectory connector = new CatalogueDirectory("d-abcdef0123", "office.example.org", "office",
        WorkspaceDirectoryType.AD_CONNECTOR,
        ImmutableList.of(new CatalogueDirectory.Subnet("subnet-0000aaaa", "us-east-1c"),
            new CatalogueDirectory.Subnet("subnet-0000bbbb", "us-east-1d")),
        ImmutableList.of("10.1.0.2"), true);
    State strict = START.withCatalogue(DirectoryCatalogue.strictCatalogue().with(connector));

    WorkspaceDirectory directory = only(apply(strict, register("d-abcdef0123").build()).state(), "d-abcdef0123");

    assertEquals("office.example.org", directory.directoryName().orElseThrow());
    assertEquals(WorkspaceDirectoryType.AD_CONNECTOR, directory.directoryType().orElseThrow());
    assertEquals(List.of("subnet-0000aaaa", "subnet-0000bbbb"), directory.subnetIds());
  }

  @Test
  void aDeregisteredLeftoverCanBeRegisteredAgainWithoutItsOldTags() {
    State state = registered(apply(START, register(DIRECTORY)
        .tags(List.of(Tag.builder().key("old").value("1").build())).build()).state());
    state = Engine.advance(apply(state, deregister(DIRECTORY)).state(), Duration.ofMinutes(1));
    assertEquals(WorkspaceDirectoryState.DEREGISTERED, only(state).state().orElseThrow());

    Outcome again = apply(state, register(DIRECTORY).build());

    assertTrue(again.isSuccess());
    assertEquals(WorkspaceDirectoryState.REGISTERING, only(again.state()).state().orElseThrow());
    assertEquals(List.of(), apply(again.state(), DescribeTagsRequest.builder().resourceId(DIRECTORY).build())
        .responseAs(DescribeTagsResult.class).tagList());
    assertEquals(WorkspaceDirectoryState.REGISTERED,
        only(Engine.advance(again.state(), Duration.ofMinutes(30))).state().orElseThrow());
  }

  // ---- RegisterWorkspaceDirectory: refusals ----

  @Test
  void registerWithoutDirectoryIdIsRefused() {
    Outcome outcome = apply(START, RegisterWorkspaceDirectoryRequest.builder().build());

    assertRefused(outcome, START, ErrorCode.INVALID_PARAMETER_VALUES_EXCEPTION, "DirectoryId");
  }

  @Test
  void strictCatalogueRefusesAnUnknownDirectory() {
    State strict = START.withCatalogue(DirectoryCatalogue.strictCatalogue());

    Outcome outcome = apply(strict, register(DIRECTORY).build());

    assertRefused(outcome, strict, ErrorCode.RESOURCE_NOT_FOUND_EXCEPTION, DIRECTORY);
    assertEquals(DIRECTORY, outcome.error().orElseThrow().resourceId().orElseThrow());
  }

  @Test
  void anInactiveDirectoryIsRefused() {
    CatalogueDirectory active = CatalogueDirectory.simpleAd(DIRECTORY, SCOPE.region());
    CatalogueDirectory inactive = new CatalogueDirectory(DIRECTORY, active.name(), active.alias(), active.type(),
        active.subnets(), active.dnsIpAddresses(), false);
    State state = START.withCatalogue(DirectoryCatalogue.strictCatalogue().with(inactive));

    assertRefused(apply(state, register(DIRECTORY).build()), state,
        ErrorCode.INVALID_RESOURCE_STATE_EXCEPTION, DIRECTORY, "Active");
  }

  @Test
  void registeringTwiceIsRefusedWhileRegisteringAndOnceRegistered() {
    State registering = apply(START, register(DIRECTORY).build()).state();
    State registered = Engine.advance(registering, Duration.ofMinutes(1));

    assertRefused(apply(registering, register(DIRECTORY).build()), registering,
        ErrorCode.RESOURCE_ALREADY_EXISTS_EXCEPTION, DIRECTORY);
    assertRefused(apply(registered, register(DIRECTORY).build()), registered,
        ErrorCode.RESOURCE_ALREADY_EXISTS_EXCEPTION, DIRECTORY);
  }

  @Test
  void aSubnetOutsideTheDirectoryIsRefused() {
    Outcome outcome = apply(START, register(DIRECTORY).subnetIds(List.of("subnet-99999999")).build());

    assertRefused(outcome, START, ErrorCode.OPERATION_NOT_SUPPORTED_EXCEPTION, "subnet-99999999", DIRECTORY);
  }

  @Test
  void twoSubnetsInOneZoneAreRefused() {
    CatalogueDirectory sameZone = new CatalogueDirectory(DIRECTORY, "corp.example.com", "corp",
        WorkspaceDirectoryType.SIMPLE_AD,
        ImmutableList.of(new CatalogueDirectory.Subnet("subnet-1111aaaa", "us-east-1a"),
            new CatalogueDirectory.Subnet("subnet-2222bbbb", "us-east-1a")),
        ImmutableList.of("10.0.0.10"), true);
    State state = START.withCatalogue(DirectoryCatalogue.strictCatalogue().with(sameZone));

    Outcome outcome = apply(state, register(DIRECTORY).subnetIds(List.of("subnet-1111aaaa", "subnet-2222bbbb")).build());

    assertRefused(outcome, state, ErrorCode.OPERATION_NOT_SUPPORTED_EXCEPTION, "us-east-1a", "subnet-2222bbbb");
  }

  @Test
  void theSameSubnetTwiceIsRefused() {
    String subnet = CatalogueDirectory.simpleAd(DIRECTORY, SCOPE.region()).subnets().get(0).subnetId();

    Outcome outcome = apply(START, register(DIRECTORY).subnetIds(List.of(subnet, subnet)).build());

    assertRefused(outcome, START, ErrorCode.OPERATION_NOT_SUPPORTED_EXCEPTION, subnet);
  }

  @Test
  void threeSubnetsFailSchemaValidation() {
    Outcome outcome = apply(START, register(DIRECTORY)
        .subnetIds(List.of("subnet-11111111", "subnet-22222222", "subnet-33333333")).build());

    assertRefused(outcome, START, ErrorCode.VALIDATION_EXCEPTION, "subnetIds");
  }

  @Test
  void dedicatedTenancyIsRefused() {
    Outcome outcome = apply(START, register(DIRECTORY).tenancy(Tenancy.DEDICATED).build());

    assertRefused(outcome, START, ErrorCode.INVALID_PARAMETER_VALUES_EXCEPTION, "Tenancy", "BYOL");
  }

  @Test
  void tooManyTagsAreRefused() {
    List<Tag> tags = IntStream.range(0, 51).mapToObj(i -> Tag.builder().key("k" + i).value("v").build()).toList();

    Outcome outcome = apply(START, register(DIRECTORY).tags(tags).build());

    assertRefused(outcome, START, ErrorCode.RESOURCE_LIMIT_EXCEEDED_EXCEPTION, "Tags", DIRECTORY);
  }

  @Test
  void everyRegisterRefusalIsDeclaredByTheOperation() {
    for (ErrorCode code : List.of(ErrorCode.INVALID_PARAMETER_VALUES_EXCEPTION, ErrorCode.RESOURCE_NOT_FOUND_EXCEPTION,
        ErrorCode.INVALID_RESOURCE_STATE_EXCEPTION, ErrorCode.RESOURCE_ALREADY_EXISTS_EXCEPTION,
        ErrorCode.OPERATION_NOT_SUPPORTED_EXCEPTION, ErrorCode.RESOURCE_LIMIT_EXCEEDED_EXCEPTION)) {
      assertTrue(Operation.REGISTER_WORKSPACE_DIRECTORY.declaredErrors().contains(code), code.toString());
    }
    for (ErrorCode code : List.of(ErrorCode.RESOURCE_NOT_FOUND_EXCEPTION,
        ErrorCode.OPERATION_NOT_SUPPORTED_EXCEPTION, ErrorCode.INVALID_RESOURCE_STATE_EXCEPTION)) {
      assertTrue(Operation.DEREGISTER_WORKSPACE_DIRECTORY.declaredErrors().contains(code), code.toString());
    }
  }

  // ---- scopes and determinism ----

  @Test
  void anotherScopeDoesNotSeeTheDirectory() {
    State state = registered(apply(START, register(DIRECTORY).build()).state());
    Scope otherAccount = Scope.of("210987654321", SCOPE.region());
    Scope otherRegion = Scope.of(SCOPE.accountId(), "eu-west-1");

    for (Scope other : List.of(otherAccount, otherRegion)) {
      assertEquals(List.of(), Engine.apply(state, other, DescribeWorkspaceDirectoriesRequest.builder().build())
          .responseAs(DescribeWorkspaceDirectoriesResult.class).directories());
      assertRefused(Engine.apply(state, other, deregister(DIRECTORY)), state,
          ErrorCode.RESOURCE_NOT_FOUND_EXCEPTION, DIRECTORY);
      assertTrue(Engine.apply(state, other, register(DIRECTORY).build()).isSuccess());
    }
  }

  @Test
  void theSameSeedAndActionsGiveEqualStates() {
    assertEquals(script(State.initial(7)), script(State.initial(7)));
    assertNotEquals(only(script(State.initial(7))).registrationCode(), only(script(State.initial(8))).registrationCode());
  }

  private static State script(State start) {
    State state = registered(apply(start, register(DIRECTORY).tags(List.of(Tag.builder().key("a").value("b").build())).build()).state());
    state = apply(state, deregister(DIRECTORY)).state();
    return Engine.advance(apply(state, register("d-0987654321").build()).state(), Duration.ofMinutes(2));
  }

  // ---- helpers ----

  static RegisterWorkspaceDirectoryRequest.Builder register(String directoryId) {
    return RegisterWorkspaceDirectoryRequest.builder().directoryId(directoryId);
  }

  static DeregisterWorkspaceDirectoryRequest deregister(String directoryId) {
    return DeregisterWorkspaceDirectoryRequest.builder().directoryId(directoryId).build();
  }

  static Outcome apply(State state, WorkspacesRequest request) {
    return Engine.apply(state, SCOPE, request);
  }

  /** Lets every pending registration complete. */
  static State registered(State state) {
    return Engine.advance(state, Duration.ofMinutes(1));
  }

  static DescribeWorkspaceDirectoriesResult describe(State state) {
    return apply(state, DescribeWorkspaceDirectoriesRequest.builder().build())
        .responseAs(DescribeWorkspaceDirectoriesResult.class);
  }

  /** Returns the directory {@link #DIRECTORY} as DescribeWorkspaceDirectories shows it. */
  static WorkspaceDirectory only(State state) {
    return only(state, DIRECTORY);
  }

  /** Returns the directory {@code directoryId} as DescribeWorkspaceDirectories shows it. */
  static WorkspaceDirectory only(State state, String directoryId) {
    List<WorkspaceDirectory> found = apply(state, DescribeWorkspaceDirectoriesRequest.builder()
        .directoryIds(List.of(directoryId)).build()).responseAs(DescribeWorkspaceDirectoriesResult.class).directories();
    assertEquals(1, found.size(), "directories listed: " + found);
    return found.get(0);
  }
}
