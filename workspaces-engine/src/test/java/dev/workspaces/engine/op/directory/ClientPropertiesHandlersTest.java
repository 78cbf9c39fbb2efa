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
import dev.workspaces.engine.state.Kinds;
import dev.workspaces.model.ClientProperties;
import dev.workspaces.model.ClientPropertiesResult;
import dev.workspaces.model.LogUploadEnum;
import dev.workspaces.model.Operation;
import dev.workspaces.model.ReconnectEnum;
import dev.workspaces.model.WorkspacesRequest;
import dev.workspaces.model.error.ErrorCode;
import dev.workspaces.model.request.DescribeClientPropertiesRequest;
import dev.workspaces.model.request.ModifyClientPropertiesRequest;
import dev.workspaces.model.response.DescribeClientPropertiesResult;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** DescribeClientProperties and ModifyClientProperties, through {@link Engine#apply}. */
class ClientPropertiesHandlersTest {
  private static final Scope SCOPE = Scope.DEFAULT;
  private static final String DIRECTORY = "d-1234567890";
  private static final String SECOND = "d-0000000001";
  private static final State REGISTERING = Engine.apply(
      Engine.apply(State.initial(5), SCOPE, register(DIRECTORY).build()).state(), SCOPE, register(SECOND).build())
      .state();
  private static final State REGISTERED = Engine.advance(REGISTERING, Duration.ofMinutes(1));

  // ---- DescribeClientProperties ----

  @Test
  void neverModifiedPropertiesReportTheDefaults() {
    ClientProperties properties = describeOne(REGISTERED, DIRECTORY);

    assertEquals(ReconnectEnum.ENABLED, properties.reconnectEnabled().orElseThrow());
    assertEquals(LogUploadEnum.DISABLED, properties.logUploadEnabled().orElseThrow());
  }

  @Test
  void aRegisteringDirectoryAlreadyHasClientProperties() {
    assertEquals(DirectoryDefaults.CLIENT_PROPERTIES, describeOne(REGISTERING, DIRECTORY));
  }

  @Test
  void severalResourcesAreListedOnceEachByResourceId() {
    DescribeClientPropertiesResult result = describe(REGISTERED, DIRECTORY, SECOND, DIRECTORY);

    assertEquals(List.of(SECOND, DIRECTORY), result.clientPropertiesList().stream()
        .map(ClientPropertiesResult::resourceId).map(Optional::orElseThrow).toList());
  }

  @Test
  void describingAnUnknownResourceIsRefusedNamingIt() {
    Outcome outcome = apply(REGISTERED, DescribeClientPropertiesRequest.builder()
        .resourceIds(List.of(DIRECTORY, "d-9999999999")).build());

    assertRefused(outcome, REGISTERED, ErrorCode.RESOURCE_NOT_FOUND_EXCEPTION, "d-9999999999");
    assertEquals("d-9999999999", outcome.error().orElseThrow().resourceId().orElseThrow());
  }

  @Test
  void describingNoOrTooManyResourcesFailsSchemaValidation() {
    List<String> tooMany = IntStream.range(0, 26).mapToObj(i -> String.format("d-%010d", i)).toList();

    assertRefused(apply(REGISTERED, DescribeClientPropertiesRequest.builder().resourceIds(List.of()).build()),
        REGISTERED, ErrorCode.VALIDATION_EXCEPTION, "resourceIds");
    assertRefused(apply(REGISTERED, DescribeClientPropertiesRequest.builder().resourceIds(tooMany).build()),
        REGISTERED, ErrorCode.VALIDATION_EXCEPTION, "resourceIds");
  }

  @Test
  void anotherScopeDoesNotSeeTheClientProperties() {
    Outcome outcome = Engine.apply(REGISTERED, Scope.of(SCOPE.accountId(), "eu-west-1"),
        DescribeClientPropertiesRequest.builder().resourceIds(List.of(DIRECTORY)).build());

    assertRefused(outcome, REGISTERED, ErrorCode.RESOURCE_NOT_FOUND_EXCEPTION, DIRECTORY);
  }

  // ---- ModifyClientProperties ----

  @Test
  void modifyChangesOnlyTheMembersGiven() {
    State state = apply(REGISTERED, modify(DIRECTORY, ClientProperties.builder()
        .logUploadEnabled(LogUploadEnum.ENABLED).build())).state();

    ClientProperties properties = describeOne(state, DIRECTORY);
    assertEquals(LogUploadEnum.ENABLED, properties.logUploadEnabled().orElseThrow());
    assertEquals(ReconnectEnum.ENABLED, properties.reconnectEnabled().orElseThrow());
    assertEquals(DirectoryDefaults.CLIENT_PROPERTIES, describeOne(state, SECOND));
  }

  @Test
  void successiveModificationsAccumulate() {
    Outcome first = apply(REGISTERED, modify(DIRECTORY, ClientProperties.builder()
        .logUploadEnabled(LogUploadEnum.ENABLED).build()));
    Outcome second = apply(first.state(), modify(DIRECTORY, ClientProperties.builder()
        .reconnectEnabled(ReconnectEnum.DISABLED).clientExperiencePolicy("POLICY_1").build()));
    assertTrue(first.isSuccess() && second.isSuccess(), second.error().toString());
    State state = second.state();

    assertEquals(ClientProperties.builder().reconnectEnabled(ReconnectEnum.DISABLED)
        .logUploadEnabled(LogUploadEnum.ENABLED).clientExperiencePolicy("POLICY_1").build(),
        describeOne(state, DIRECTORY));
  }

  @Test
  void modifyingAnUnknownResourceIsRefusedNamingIt() {
    Outcome outcome = apply(REGISTERED, modify("wsd-unknown01", ClientProperties.builder()
        .reconnectEnabled(ReconnectEnum.DISABLED).build()));

    assertRefused(outcome, REGISTERED, ErrorCode.RESOURCE_NOT_FOUND_EXCEPTION, "wsd-unknown01");
  }

  @Test
  void modifyingWhileRegisteringIsRefusedAsNotSupported() {
    Outcome outcome = apply(REGISTERING, modify(DIRECTORY, ClientProperties.builder()
        .reconnectEnabled(ReconnectEnum.DISABLED).build()));

    assertRefused(outcome, REGISTERING, ErrorCode.OPERATION_NOT_SUPPORTED_EXCEPTION, DIRECTORY, "REGISTERING");
    assertTrue(Operation.MODIFY_CLIENT_PROPERTIES.declaredErrors().contains(ErrorCode.OPERATION_NOT_SUPPORTED_EXCEPTION));
  }

  @Test
  void modifiedPropertiesGoWithTheDirectoryAndAReregistrationStartsFromDefaults() {
    State state = apply(REGISTERED, modify(DIRECTORY, ClientProperties.builder()
        .reconnectEnabled(ReconnectEnum.DISABLED).build())).state();
    state = Engine.advance(apply(state, deregister(DIRECTORY)).state(), Duration.ofMinutes(11));

    assertTrue(state.scope(SCOPE).get(Kinds.CLIENT_PROPERTIES).byResource().isEmpty());
    assertRefused(apply(state, DescribeClientPropertiesRequest.builder().resourceIds(List.of(DIRECTORY)).build()),
        state, ErrorCode.RESOURCE_NOT_FOUND_EXCEPTION, DIRECTORY);
    State again = apply(state, register(DIRECTORY).build()).state();
    assertEquals(DirectoryDefaults.CLIENT_PROPERTIES, describeOne(again, DIRECTORY));
  }

  @Test
  void theSameActionsGiveEqualStates() {
    ModifyClientPropertiesRequest change = modify(DIRECTORY, ClientProperties.builder()
        .logUploadEnabled(LogUploadEnum.ENABLED).build());

    assertEquals(apply(REGISTERED, change).state(), apply(REGISTERED, change).state());
  }

  // ---- helpers ----

  private static ModifyClientPropertiesRequest modify(String id, ClientProperties properties) {
    return ModifyClientPropertiesRequest.builder().resourceId(id).clientProperties(properties).build();
  }

  private static Outcome apply(State state, WorkspacesRequest request) {
    return Engine.apply(state, SCOPE, request);
  }

  private static DescribeClientPropertiesResult describe(State state, String... ids) {
    return apply(state, DescribeClientPropertiesRequest.builder().resourceIds(List.of(ids)).build())
        .responseAs(DescribeClientPropertiesResult.class);
  }

  private static ClientProperties describeOne(State state, String id) {
    List<ClientPropertiesResult> results = describe(state, id).clientPropertiesList();
    assertEquals(1, results.size());
    assertEquals(id, results.get(0).resourceId().orElseThrow());
    return results.get(0).clientProperties().orElseThrow();
  }
}
