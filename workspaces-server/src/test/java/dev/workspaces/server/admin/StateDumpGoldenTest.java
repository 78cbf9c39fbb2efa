package dev.workspaces.server.admin;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.workspaces.engine.Engine;
import dev.workspaces.engine.Outcome;
import dev.workspaces.engine.Scope;
import dev.workspaces.engine.State;
import dev.workspaces.json.state.StateDump;
import dev.workspaces.engine.catalogue.AmazonBundles;
import dev.workspaces.model.ClientProperties;
import dev.workspaces.model.Compute;
import dev.workspaces.model.ComputeType;
import dev.workspaces.model.ConnectionAliasPermission;
import dev.workspaces.model.IpRuleItem;
import dev.workspaces.model.ReconnectEnum;
import dev.workspaces.model.Tag;
import dev.workspaces.model.TargetWorkspaceState;
import dev.workspaces.model.TerminateRequest;
import dev.workspaces.model.UserStorage;
import dev.workspaces.model.WorkspaceRequest;
import dev.workspaces.model.WorkspacesRequest;
import dev.workspaces.model.request.AssociateConnectionAliasRequest;
import dev.workspaces.model.request.AssociateIpGroupsRequest;
import dev.workspaces.model.request.CreateConnectionAliasRequest;
import dev.workspaces.model.request.CreateIpGroupRequest;
import dev.workspaces.model.request.CreateTagsRequest;
import dev.workspaces.model.request.CreateWorkspaceBundleRequest;
import dev.workspaces.model.request.CreateWorkspaceImageRequest;
import dev.workspaces.model.request.CreateWorkspacesRequest;
import dev.workspaces.model.request.DeleteIpGroupRequest;
import dev.workspaces.model.request.DeleteWorkspaceBundleRequest;
import dev.workspaces.model.request.DeregisterWorkspaceDirectoryRequest;
import dev.workspaces.model.request.DisassociateConnectionAliasRequest;
import dev.workspaces.model.request.DisassociateIpGroupsRequest;
import dev.workspaces.model.request.ImportWorkspaceImageRequest;
import dev.workspaces.model.request.ModifyClientPropertiesRequest;
import dev.workspaces.model.request.ModifyWorkspaceStateRequest;
import dev.workspaces.model.request.RegisterWorkspaceDirectoryRequest;
import dev.workspaces.model.request.TerminateWorkspacesRequest;
import dev.workspaces.model.request.UpdateConnectionAliasPermissionRequest;
import dev.workspaces.model.request.UpdateWorkspaceImagePermissionRequest;
import dev.workspaces.model.response.CreateConnectionAliasResult;
import dev.workspaces.model.response.CreateIpGroupResult;
import dev.workspaces.model.response.CreateWorkspaceBundleResult;
import dev.workspaces.model.response.CreateWorkspaceImageResult;
import dev.workspaces.model.response.CreateWorkspacesResult;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The state dump of a fixed, seeded script that leaves something of every resource kind in two
 * accounts, then removes some of them, is byte-identical to the one pinned in
 * {@code golden/state-dump.json}: the sections, their order and their encoding do not drift.
 * Rewrite it with {@code -Dgolden.update=true} (run from workspaces-server) and review the diff.
 */
class StateDumpGoldenTest {
  private static final Scope A = Scope.of("111111111111", "us-west-2");
  private static final Scope B = Scope.of("222222222222", "us-west-2");
  private static final String FIRST = "d-1111111111";
  private static final String SECOND = "d-2222222222";

  private State state = State.initial(3);
  private String alice;
  private String bundle;
  private String group;
  private String alias;

  @Test
  void theDumpOfEveryKindIsThePinnedOne() throws IOException {
    String pinned;
    try (InputStream in = StateDumpGoldenTest.class.getResourceAsStream("/golden/state-dump.json")) {
      pinned = new String(in.readAllBytes(), UTF_8);
    }
    String[] dumps = pinned.split("\n");
    assertEquals(2, dumps.length, "the pinned file holds the dump after creation, then after removals");

    createOneOfEachKind();
    String created = new String(StateDump.of(state), UTF_8);
    removeSome();
    String removed = new String(StateDump.of(state), UTF_8);
    if (Boolean.getBoolean("golden.update")) {
      java.nio.file.Files.writeString(java.nio.file.Path.of("src", "test", "resources", "golden", "state-dump.json"),
          created + "\n" + removed, UTF_8);
      return;
    }
    assertEquals(dumps[0], created);
    assertEquals(dumps[1], removed);
  }

  private void createOneOfEachKind() {
    for (Scope scope : List.of(A, B)) {
      accepted(scope, RegisterWorkspaceDirectoryRequest.builder().directoryId(FIRST).tags(List.of(tag("dir", "x"))).build());
      accepted(scope, RegisterWorkspaceDirectoryRequest.builder().directoryId(SECOND).build());
    }
    state = Engine.advance(state, Duration.ofHours(1));
    CreateWorkspacesResult created = accepted(A, CreateWorkspacesRequest.builder()
        .addWorkspace(workspace(FIRST, "alice").tags(List.of(tag("team", "a"), tag("cost", "1"))).build())
        .addWorkspace(workspace(SECOND, "bob").build())
        .addWorkspace(workspace(FIRST, "carol").build())
        .build()).responseAs(CreateWorkspacesResult.class);
    assertTrue(created.failedRequests().isEmpty(), created::toString);
    alice = created.pendingRequests().get(0).workspaceId().orElseThrow();
    String carol = created.pendingRequests().get(2).workspaceId().orElseThrow();
    state = Engine.advance(state, Duration.ofHours(1));
    accepted(A, ModifyClientPropertiesRequest.builder().resourceId(FIRST)
        .clientProperties(ClientProperties.builder().reconnectEnabled(ReconnectEnum.DISABLED).build()).build());
    accepted(A, CreateTagsRequest.builder().resourceId(carol).tags(List.of(tag("t", "c"))).build());
    String image = accepted(A, CreateWorkspaceImageRequest.builder().workspaceId(alice).name("golden").description("g")
        .tags(List.of(tag("img", "1"))).build()).responseAs(CreateWorkspaceImageResult.class).imageId().orElseThrow();
    state = Engine.advance(state, Duration.ofHours(2));
    accepted(A, UpdateWorkspaceImagePermissionRequest.builder().imageId(image).allowCopyImage(true)
        .sharedAccountId(B.accountId()).build());
    bundle = accepted(A, CreateWorkspaceBundleRequest.builder().bundleName("team").bundleDescription("Team bundle")
        .imageId(image).computeType(ComputeType.builder().name(Compute.PERFORMANCE).build())
        .userStorage(UserStorage.builder().capacity("100").build()).tags(List.of(tag("b", "1"))).build())
        .responseAs(CreateWorkspaceBundleResult.class).workspaceBundle().orElseThrow().bundleId().orElseThrow();
    group = accepted(A, CreateIpGroupRequest.builder().groupName("office").groupDesc("Head office")
        .userRules(List.of(IpRuleItem.builder().ipRule("10.0.0.0/16").build())).tags(List.of(tag("g", "1"))).build())
        .responseAs(CreateIpGroupResult.class).groupId().orElseThrow();
    accepted(A, AssociateIpGroupsRequest.builder().directoryId(FIRST).groupIds(List.of(group)).build());
    accepted(B, ImportWorkspaceImageRequest.builder().ec2ImageId("ami-0123456789abcdef0").ingestionProcess("BYOL_REGULAR")
        .imageName("byol").imageDescription("byol").build());
    accepted(A, TerminateWorkspacesRequest.builder()
        .addTerminateWorkspaceRequest(TerminateRequest.builder().workspaceId(carol).build()).build());
    state = Engine.advance(state, Duration.ofMinutes(3));
    accepted(B, DeregisterWorkspaceDirectoryRequest.builder().directoryId(SECOND).build());
    alias = accepted(A, CreateConnectionAliasRequest.builder().connectionString("desk.example.com")
        .tags(List.of(tag("a", "1"))).build()).responseAs(CreateConnectionAliasResult.class).aliasId().orElseThrow();
    state = Engine.advance(state, Duration.ofMinutes(1));
    accepted(A, UpdateConnectionAliasPermissionRequest.builder().aliasId(alias).connectionAliasPermission(
        ConnectionAliasPermission.builder().sharedAccountId(B.accountId()).allowAssociation(true).build()).build());
    accepted(B, AssociateConnectionAliasRequest.builder().aliasId(alias).resourceId(FIRST).build());
  }

  private void removeSome() {
    state = Engine.advance(state, Duration.ofHours(2));
    accepted(A, DisassociateIpGroupsRequest.builder().directoryId(FIRST).groupIds(List.of(group)).build());
    accepted(A, DeleteIpGroupRequest.builder().groupId(group).build());
    accepted(B, DisassociateConnectionAliasRequest.builder().aliasId(alias).build());
    accepted(A, DeleteWorkspaceBundleRequest.builder().bundleId(bundle).build());
    accepted(B, RegisterWorkspaceDirectoryRequest.builder().directoryId(SECOND).build());
    accepted(A, ModifyWorkspaceStateRequest.builder().workspaceId(alice)
        .workspaceState(TargetWorkspaceState.ADMIN_MAINTENANCE).build());
  }

  private Outcome accepted(Scope scope, WorkspacesRequest request) {
    Outcome outcome = Engine.apply(state, scope, request);
    assertTrue(outcome.isSuccess(), () -> request + " refused: " + outcome.error().orElseThrow());
    state = outcome.state();
    return outcome;
  }

  private static WorkspaceRequest.Builder workspace(String directory, String user) {
    return WorkspaceRequest.builder().directoryId(directory).userName(user).bundleId(AmazonBundles.STANDARD_WINDOWS);
  }

  private static Tag tag(String key, String value) {
    return Tag.builder().key(key).value(value).build();
  }
}
