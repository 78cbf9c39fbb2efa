package dev.workspaces.engine.op.bundle;

import static dev.workspaces.engine.Fixtures.SCOPE;
import static dev.workspaces.engine.ImageFixtures.accepted;
import static dev.workspaces.engine.ImageFixtures.refused;
import static dev.workspaces.engine.ImageFixtures.withImage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.workspaces.engine.Engine;
import dev.workspaces.engine.Fixtures;
import dev.workspaces.engine.ImageFixtures;
import dev.workspaces.engine.Outcome;
import dev.workspaces.engine.State;
import dev.workspaces.engine.catalogue.AmazonBundles;
import dev.workspaces.engine.state.ImageOrigin;
import dev.workspaces.engine.state.Kinds;
import dev.workspaces.model.BundleType;
import dev.workspaces.model.Compute;
import dev.workspaces.model.ComputeType;
import dev.workspaces.model.OperatingSystemName;
import dev.workspaces.model.Protocol;
import dev.workspaces.model.RebuildRequest;
import dev.workspaces.model.RootStorage;
import dev.workspaces.model.TerminateRequest;
import dev.workspaces.model.UserStorage;
import dev.workspaces.model.WorkspaceBundle;
import dev.workspaces.model.WorkspaceBundleState;
import dev.workspaces.model.WorkspaceImageState;
import dev.workspaces.model.WorkspaceRequest;
import dev.workspaces.model.error.ErrorCode;
import dev.workspaces.model.request.CreateWorkspaceBundleRequest;
import dev.workspaces.model.request.CreateWorkspacesRequest;
import dev.workspaces.model.request.DeleteWorkspaceBundleRequest;
import dev.workspaces.model.request.DescribeWorkspaceBundlesRequest;
import dev.workspaces.model.request.MigrateWorkspaceRequest;
import dev.workspaces.model.request.RebuildWorkspacesRequest;
import dev.workspaces.model.request.TerminateWorkspacesRequest;
import dev.workspaces.model.request.UpdateWorkspaceBundleRequest;
import dev.workspaces.model.response.CreateWorkspaceBundleResult;
import dev.workspaces.model.response.CreateWorkspacesResult;
import dev.workspaces.model.response.DescribeWorkspaceBundlesResult;
import dev.workspaces.model.response.MigrateWorkspaceResult;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** CreateWorkspaceBundle, UpdateWorkspaceBundle and DeleteWorkspaceBundle, through {@link Engine#apply}. */
class BundleHandlersTest {
  private static final String WINDOWS = "wsi-windows00";
  private static final String LINUX = "wsi-linux0000";
  private static final State START = world();

  private static State world() {
    State state = Fixtures.withDirectory(State.initial(71));
    state = withImage(state, SCOPE, WINDOWS, "windows");
    return withImage(state, SCOPE, LINUX, "linux", WorkspaceImageState.AVAILABLE, OperatingSystemName.AMAZON_LINUX_2,
        ImageOrigin.Kind.WORKSPACE);
  }

  // ---- CreateWorkspaceBundle ----

  @Test
  void createAnswersAnAvailableBundleOwnedByTheAccount() {
    Outcome outcome = accepted(START, SCOPE, create("team", WINDOWS).tags(ImageFixtures.tags(3)).build());
    WorkspaceBundle bundle = outcome.responseAs(CreateWorkspaceBundleResult.class).workspaceBundle().orElseThrow();

    String id = bundle.bundleId().orElseThrow();
    assertTrue(id.matches("^wsb-[0-9a-z]{9}$"), id);
    assertEquals("team", bundle.name().orElseThrow());
    assertEquals("Team bundle", bundle.description().orElseThrow());
    assertEquals(SCOPE.accountId(), bundle.owner().orElseThrow());
    assertEquals(WINDOWS, bundle.imageId().orElseThrow());
    assertEquals(Compute.PERFORMANCE, bundle.computeType().orElseThrow().name().orElseThrow());
    assertEquals("100", bundle.userStorage().orElseThrow().capacity().orElseThrow());
    assertEquals("80", bundle.rootStorage().orElseThrow().capacity().orElseThrow());
    assertEquals(WorkspaceBundleState.AVAILABLE, bundle.state().orElseThrow());
    assertEquals(BundleType.REGULAR, bundle.bundleType().orElseThrow());
    assertEquals(START.clock(), bundle.creationTime().orElseThrow());
    assertEquals(ImageFixtures.tags(3), outcome.state().scope(SCOPE).tags().get(id));
    assertEquals(List.of(bundle), accepted(outcome.state(), SCOPE, DescribeWorkspaceBundlesRequest.builder().build())
        .responseAs(DescribeWorkspaceBundlesResult.class).bundles());
  }

  @Test
  void createKeepsTheRequestedRootStorage() {
    WorkspaceBundle bundle = accepted(START, SCOPE, create("team", WINDOWS)
        .rootStorage(RootStorage.builder().capacity("175").build()).build())
        .responseAs(CreateWorkspaceBundleResult.class).workspaceBundle().orElseThrow();
    assertEquals("175", bundle.rootStorage().orElseThrow().capacity().orElseThrow());
  }

  @Test
  void createRefusesEachBrokenRule() {
    State pending = withImage(START, SCOPE, "wsi-pending00", "pending", WorkspaceImageState.PENDING,
        OperatingSystemName.WINDOWS_10, ImageOrigin.Kind.WORKSPACE);
    State existing = accepted(START, SCOPE, create("team", WINDOWS).build()).state();

    refused(START, SCOPE, create("team", "wsi-unknown00").build(), ErrorCode.RESOURCE_NOT_FOUND_EXCEPTION, "wsi-unknown00");
    refused(START, ImageFixtures.B, create("team", WINDOWS).build(), ErrorCode.RESOURCE_NOT_FOUND_EXCEPTION, WINDOWS);
    refused(pending, SCOPE, create("team", "wsi-pending00").build(), ErrorCode.RESOURCE_UNAVAILABLE_EXCEPTION,
        "wsi-pending00");
    refused(existing, SCOPE, create("team", LINUX).build(), ErrorCode.RESOURCE_ALREADY_EXISTS_EXCEPTION, "team");
    refused(existing.withConfig(existing.config().withMaxBundlesPerScope(1)), SCOPE, create("other", LINUX).build(),
        ErrorCode.RESOURCE_LIMIT_EXCEEDED_EXCEPTION, "other");
    refused(START, SCOPE, create("team", WINDOWS).tags(ImageFixtures.tags(51)).build(),
        ErrorCode.RESOURCE_LIMIT_EXCEEDED_EXCEPTION, "team");
  }

  // ---- Launching from an own bundle, UpdateWorkspaceBundle and rebuilds ----

  @Test
  void aWorkspaceFromAnOwnBundleRunsItsImageAndFollowsItsSystem() {
    String[] bundle = new String[1];
    State state = withBundle(START, "linux-team", LINUX, bundle);
    Outcome launched = accepted(state, SCOPE, launch(bundle[0], "carol"));
    String ws = launched.responseAs(CreateWorkspacesResult.class).pendingRequests().get(0).workspaceId().orElseThrow();

    assertEquals(Optional.of(LINUX), launched.state().scope(SCOPE).get(Kinds.WORKSPACES).entries().get(ws).imageId());
    assertEquals(List.of(Protocol.WSP), launched.state().scope(SCOPE).get(Kinds.WORKSPACES).entries().get(ws).workspace()
        .workspaceProperties().orElseThrow().protocols());
  }

  @Test
  void anUpdatedBundleReachesNewAndRebuiltWorkspacesOnly() {
    String[] bundle = new String[1];
    State state = withBundle(START, "team", WINDOWS, bundle);
    Outcome launched = accepted(state, SCOPE, launch(bundle[0], "carol"));
    String ws = launched.responseAs(CreateWorkspacesResult.class).pendingRequests().get(0).workspaceId().orElseThrow();
    state = Engine.advance(launched.state(), Duration.ofMinutes(20));

    state = accepted(state, SCOPE, UpdateWorkspaceBundleRequest.builder().bundleId(bundle[0]).imageId(LINUX).build()).state();
    WorkspaceBundle updated = state.scope(SCOPE).get(Kinds.BUNDLES).entries().get(bundle[0]);
    assertEquals(LINUX, updated.imageId().orElseThrow());
    assertEquals(state.clock(), updated.lastUpdatedTime().orElseThrow());
    assertEquals(Optional.of(WINDOWS), state.scope(SCOPE).get(Kinds.WORKSPACES).entries().get(ws).imageId(), "existing WorkSpaces keep theirs");

    Outcome second = accepted(state, SCOPE, launch(bundle[0], "dave"));
    String other = second.responseAs(CreateWorkspacesResult.class).pendingRequests().get(0).workspaceId().orElseThrow();
    assertEquals(Optional.of(LINUX), second.state().scope(SCOPE).get(Kinds.WORKSPACES).entries().get(other).imageId());

    State rebuilt = accepted(state, SCOPE, RebuildWorkspacesRequest.builder()
        .addRebuildWorkspaceRequest(RebuildRequest.builder().workspaceId(ws).build()).build()).state();
    assertEquals(Optional.of(LINUX), rebuilt.scope(SCOPE).get(Kinds.WORKSPACES).entries().get(ws).imageId(), "a rebuild takes the current image");
  }

  @Test
  void migratingOntoAnOwnBundleRunsItsImage() {
    String[] bundle = new String[1];
    State state = withBundle(START, "team", LINUX, bundle);
    Outcome launched = accepted(state, SCOPE, Fixtures.create("erin"));
    String ws = launched.responseAs(CreateWorkspacesResult.class).pendingRequests().get(0).workspaceId().orElseThrow();
    assertEquals(Optional.of("wsi-0w10v22a1"), launched.state().scope(SCOPE).get(Kinds.WORKSPACES).entries().get(ws).imageId());
    state = Engine.advance(launched.state(), Duration.ofMinutes(20));

    Outcome migrated = accepted(state, SCOPE, MigrateWorkspaceRequest.builder().sourceWorkspaceId(ws)
        .bundleId(bundle[0]).build());
    String target = migrated.responseAs(MigrateWorkspaceResult.class).targetWorkspaceId().orElseThrow();
    assertEquals(Optional.of(LINUX), migrated.state().scope(SCOPE).get(Kinds.WORKSPACES).entries().get(target).imageId());
  }

  @Test
  void updateRefusesEachBrokenRule() {
    String[] bundle = new String[1];
    State state = withImage(withBundle(START, "team", WINDOWS, bundle), SCOPE, "wsi-pending00", "pending",
        WorkspaceImageState.PENDING, OperatingSystemName.WINDOWS_10, ImageOrigin.Kind.WORKSPACE);

    refused(state, SCOPE, UpdateWorkspaceBundleRequest.builder().bundleId(bundle[0]).build(),
        ErrorCode.INVALID_PARAMETER_VALUES_EXCEPTION, "ImageId");
    refused(state, SCOPE, update(AmazonBundles.STANDARD_WINDOWS, LINUX), ErrorCode.OPERATION_NOT_SUPPORTED_EXCEPTION,
        AmazonBundles.STANDARD_WINDOWS);
    refused(state, SCOPE, update("wsb-unknown01", LINUX), ErrorCode.RESOURCE_NOT_FOUND_EXCEPTION, "wsb-unknown01");
    refused(state, SCOPE, update(bundle[0], "wsi-unknown00"), ErrorCode.RESOURCE_NOT_FOUND_EXCEPTION, "wsi-unknown00");
    refused(state, SCOPE, update(bundle[0], "wsi-pending00"), ErrorCode.RESOURCE_UNAVAILABLE_EXCEPTION, "wsi-pending00");
  }

  // ---- DeleteWorkspaceBundle ----

  @Test
  void deleteRemovesTheBundleAndItsTagsButKeepsTheImage() {
    Outcome outcome = accepted(START, SCOPE, create("team", WINDOWS).tags(ImageFixtures.tags(1)).build());
    String id = outcome.responseAs(CreateWorkspaceBundleResult.class).workspaceBundle().orElseThrow().bundleId().orElseThrow();

    State state = accepted(outcome.state(), SCOPE, delete(id)).state();
    assertFalse(state.scope(SCOPE).get(Kinds.BUNDLES).entries().containsKey(id));
    assertFalse(state.scope(SCOPE).tags().containsKey(id));
    assertTrue(state.scope(SCOPE).get(Kinds.IMAGES).entries().containsKey(WINDOWS));
  }

  @Test
  void deleteIsRefusedWhileAWorkspaceUsesTheBundleUntilItIsTerminated() {
    String[] bundle = new String[1];
    Outcome launched = accepted(withBundle(START, "team", WINDOWS, bundle), SCOPE, launch(bundle[0], "carol"));
    String ws = launched.responseAs(CreateWorkspacesResult.class).pendingRequests().get(0).workspaceId().orElseThrow();

    refused(launched.state(), SCOPE, delete(bundle[0]), ErrorCode.RESOURCE_ASSOCIATED_EXCEPTION, ws);
    State terminated = Engine.advance(accepted(launched.state(), SCOPE, TerminateWorkspacesRequest.builder()
        .addTerminateWorkspaceRequest(TerminateRequest.builder().workspaceId(ws).build()).build()).state(),
        Duration.ofMinutes(5));
    accepted(terminated, SCOPE, delete(bundle[0]));
  }

  @Test
  void deleteRefusesAMissingIdAnAmazonBundleAndAStranger() {
    refused(START, SCOPE, DeleteWorkspaceBundleRequest.builder().build(), ErrorCode.INVALID_PARAMETER_VALUES_EXCEPTION,
        "BundleId");
    refused(START, SCOPE, delete(AmazonBundles.STANDARD_LINUX), ErrorCode.INVALID_PARAMETER_VALUES_EXCEPTION,
        AmazonBundles.STANDARD_LINUX);
    refused(START, SCOPE, delete("wsb-unknown01"), ErrorCode.RESOURCE_NOT_FOUND_EXCEPTION, "wsb-unknown01");
  }

  @Test
  void theAmazonCatalogueIsUntouchedByOwnBundles() {
    String[] bundle = new String[1];
    State state = withBundle(START, "team", WINDOWS, bundle);
    assertNotEquals(Optional.empty(), AmazonBundles.find(AmazonBundles.STANDARD_WINDOWS));
    assertEquals(Optional.empty(), AmazonBundles.find(bundle[0]));
    assertTrue(state.scope(SCOPE).get(Kinds.BUNDLES).entries().containsKey(bundle[0]));
  }

  private static State withBundle(State state, String name, String image, String[] id) {
    Outcome outcome = accepted(state, SCOPE, create(name, image).build());
    id[0] = outcome.responseAs(CreateWorkspaceBundleResult.class).workspaceBundle().orElseThrow().bundleId().orElseThrow();
    return outcome.state();
  }

  private static CreateWorkspaceBundleRequest.Builder create(String name, String image) {
    return CreateWorkspaceBundleRequest.builder().bundleName(name).bundleDescription("Team bundle").imageId(image)
        .computeType(ComputeType.builder().name(Compute.PERFORMANCE).build())
        .userStorage(UserStorage.builder().capacity("100").build());
  }

  private static CreateWorkspacesRequest launch(String bundle, String user) {
    return CreateWorkspacesRequest.builder().addWorkspace(WorkspaceRequest.builder().directoryId(Fixtures.DIRECTORY)
        .userName(user).bundleId(bundle).build()).build();
  }

  private static UpdateWorkspaceBundleRequest update(String bundle, String image) {
    return UpdateWorkspaceBundleRequest.builder().bundleId(bundle).imageId(image).build();
  }

  private static DeleteWorkspaceBundleRequest delete(String bundle) {
    return DeleteWorkspaceBundleRequest.builder().bundleId(bundle).build();
  }
}
