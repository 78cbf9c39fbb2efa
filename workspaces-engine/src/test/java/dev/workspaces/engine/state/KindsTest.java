package dev.workspaces.engine.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import dev.workspaces.engine.Engine;
import dev.workspaces.engine.Outcome;
import dev.workspaces.engine.Scope;
import dev.workspaces.engine.State;
import dev.workspaces.engine.catalogue.AmazonBundles;
import dev.workspaces.model.ClientProperties;
import dev.workspaces.model.ConnectionAliasPermission;
import dev.workspaces.model.Compute;
import dev.workspaces.model.ComputeType;
import dev.workspaces.model.IpRuleItem;
import dev.workspaces.model.ReconnectEnum;
import dev.workspaces.model.Structure;
import dev.workspaces.model.Tag;
import dev.workspaces.model.UserStorage;
import dev.workspaces.model.WorkspaceRequest;
import dev.workspaces.model.WorkspacesRequest;
import dev.workspaces.model.request.AssociateIpGroupsRequest;
import dev.workspaces.model.request.CreateAccountLinkInvitationRequest;
import dev.workspaces.model.request.CreateConnectionAliasRequest;
import dev.workspaces.model.request.CreateIpGroupRequest;
import dev.workspaces.model.request.CreateWorkspaceBundleRequest;
import dev.workspaces.model.request.CreateWorkspaceImageRequest;
import dev.workspaces.model.request.CreateWorkspacesRequest;
import dev.workspaces.model.request.ModifyClientPropertiesRequest;
import dev.workspaces.model.request.RegisterWorkspaceDirectoryRequest;
import dev.workspaces.model.request.UpdateConnectionAliasPermissionRequest;
import dev.workspaces.model.request.UpdateWorkspaceImagePermissionRequest;
import dev.workspaces.model.response.CreateConnectionAliasResult;
import dev.workspaces.model.response.CreateIpGroupResult;
import dev.workspaces.model.response.CreateWorkspaceImageResult;
import dev.workspaces.model.response.CreateWorkspacesResult;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Every registered kind goes through the one mechanism: a scope holds one part per kind, which
 * {@link ScopeState} and {@link StateEditor} read, replace and remove from alike, and which the dump
 * and the invariants reach through the part's own hooks.
 */
class KindsTest {
  private static final Scope OWNER = Scope.of("111111111111", "us-west-2");
  private static final Scope VIEWER = Scope.of("222222222222", "us-west-2");
  private static final String DIRECTORY = "d-1111111111";
  private static final State WORLD = world();

  /**
   * A state in which {@link #OWNER} holds something of every kind and shares an image and a
   * connection alias with {@link #VIEWER}.
   */
  private static State world() {
    Script script = new Script();
    script.apply(RegisterWorkspaceDirectoryRequest.builder().directoryId(DIRECTORY).tags(List.of(tag("dir"))).build());
    script.advance(Duration.ofHours(1));
    String workspace = script.apply(CreateWorkspacesRequest.builder().addWorkspace(WorkspaceRequest.builder()
        .directoryId(DIRECTORY).userName("alice").bundleId(AmazonBundles.STANDARD_WINDOWS).tags(List.of(tag("ws")))
        .build()).build()).responseAs(CreateWorkspacesResult.class).pendingRequests().get(0).workspaceId().orElseThrow();
    script.advance(Duration.ofHours(1));
    script.apply(ModifyClientPropertiesRequest.builder().resourceId(DIRECTORY)
        .clientProperties(ClientProperties.builder().reconnectEnabled(ReconnectEnum.DISABLED).build()).build());
    String image = script.apply(CreateWorkspaceImageRequest.builder().workspaceId(workspace).name("golden")
        .description("Golden").build()).responseAs(CreateWorkspaceImageResult.class).imageId().orElseThrow();
    script.advance(Duration.ofHours(2));
    script.apply(UpdateWorkspaceImagePermissionRequest.builder().imageId(image).allowCopyImage(true)
        .sharedAccountId(VIEWER.accountId()).build());
    script.apply(CreateWorkspaceBundleRequest.builder().bundleName("team").bundleDescription("Team").imageId(image)
        .computeType(ComputeType.builder().name(Compute.PERFORMANCE).build())
        .userStorage(UserStorage.builder().capacity("100").build()).build());
    String group = script.apply(CreateIpGroupRequest.builder().groupName("office")
        .userRules(List.of(IpRuleItem.builder().ipRule("10.0.0.0/16").build())).build())
        .responseAs(CreateIpGroupResult.class).groupId().orElseThrow();
    script.apply(AssociateIpGroupsRequest.builder().directoryId(DIRECTORY).groupIds(List.of(group)).build());
    String alias = script.apply(CreateConnectionAliasRequest.builder().connectionString("desk.example.com")
        .tags(List.of(tag("alias"))).build()).responseAs(CreateConnectionAliasResult.class).aliasId().orElseThrow();
    script.advance(Duration.ofMinutes(1));
    script.apply(UpdateConnectionAliasPermissionRequest.builder().aliasId(alias).connectionAliasPermission(
        ConnectionAliasPermission.builder().sharedAccountId(VIEWER.accountId()).allowAssociation(true).build()).build());
    script.apply(CreateAccountLinkInvitationRequest.builder().targetAccountId(VIEWER.accountId()).build());
    return script.state;
  }

  /** Requests of {@link #OWNER} applied one after the other, each required to be accepted. */
  private static final class Script {
    private State state = State.initial(3);

    Outcome apply(WorkspacesRequest request) {
      Outcome outcome = Engine.apply(state, OWNER, request);
      assertTrue(outcome.isSuccess(), () -> request + " refused: " + outcome.error().orElseThrow());
      state = outcome.state();
      return outcome;
    }

    void advance(Duration duration) {
      state = Engine.advance(state, duration);
    }
  }

  private static Tag tag(String key) {
    return Tag.builder().key(key).value("1").build();
  }

  @Test
  void aNewScopeHoldsEachKindsEmptyPart() {
    for (Kind<?> kind : Kinds.all()) {
      assertSame(kind.empty(), ScopeState.EMPTY.get(kind), kind.name());
      assertSame(kind.empty(), State.initial(1).scope(OWNER).get(kind), kind.name());
    }
  }

  @Test
  void theWorldHoldsSomethingOfEveryKind() {
    ScopeState owned = WORLD.scope(OWNER);
    for (Kind<?> kind : Kinds.all()) {
      assertNotEquals(kind.empty(), owned.get(kind), kind.name() + " is empty, so the tests below prove nothing of it");
    }
    assertEquals(Map.of(WORLD.scope(OWNER).get(Kinds.IMAGES).entries().keySet().iterator().next(), OWNER),
        WORLD.scope(VIEWER).get(Kinds.IMAGES).sharedWithMe());
  }

  @Test
  void eachKindsPartRoundTripsThroughScopeStateAndLeavesTheOtherKinds() {
    for (Kind<?> kind : Kinds.all()) {
      roundTrip(kind);
    }
  }

  private static <S extends ScopePart<S>> void roundTrip(Kind<S> kind) {
    S part = WORLD.scope(OWNER).get(kind);
    ScopeState scope = ScopeState.EMPTY.with(kind, part);
    assertSame(part, scope.get(kind), kind.name());
    for (Kind<?> other : Kinds.all()) {
      if (other != kind) {
        assertSame(other.empty(), scope.get(other), other.name() + " changed with " + kind.name());
      }
    }
    assertSame(scope, scope.with(kind, part), "storing the part a kind holds already copies nothing");
    assertEquals(ScopeState.EMPTY, scope.with(kind, kind.empty()), "compared part by part");
  }

  @Test
  void theEditorReadsAndEditsEachKindAndHandsTheChangesOnToTheState() {
    StateEditor editor = new StateEditor(State.initial(1), OWNER);
    for (Kind<?> kind : Kinds.all()) {
      copy(editor, kind);
    }
    assertEquals(WORLD.scope(OWNER), editor.state().scope(OWNER));
  }

  private static <S extends ScopePart<S>> void copy(StateEditor editor, Kind<S> kind) {
    S part = WORLD.scope(OWNER).get(kind);
    assertSame(kind.empty(), editor.read(kind));
    editor.edit(kind, empty -> part);
    assertSame(part, editor.read(kind), kind.name());
  }

  @Test
  void editingAnotherScopeChangesThatScopeOnly() {
    StateEditor editor = new StateEditor(WORLD, OWNER);
    editor.edit(VIEWER, Kinds.IMAGES, images -> images.unshared(images.sharedWithMe().keySet().iterator().next()));
    assertEquals(Map.of(), editor.state().scope(VIEWER).get(Kinds.IMAGES).sharedWithMe());
    assertSame(WORLD.scope(OWNER), editor.state().scope(OWNER));
  }

  @Test
  void removingADirectoryRemovesWhatTheOtherKindsKeepForIt() {
    StateEditor editor = new StateEditor(WORLD, OWNER);
    assertFalse(editor.scope().tagsOf(DIRECTORY).isEmpty());
    assertTrue(editor.read(Kinds.CLIENT_PROPERTIES).find(DIRECTORY).isPresent());

    editor.remove(DIRECTORY);

    ScopeState after = editor.state().scope(OWNER);
    assertTrue(after.get(Kinds.DIRECTORIES).find(DIRECTORY).isEmpty());
    assertEquals(List.of(), after.tagsOf(DIRECTORY));
    assertTrue(after.get(Kinds.CLIENT_PROPERTIES).find(DIRECTORY).isEmpty());
    assertSame(WORLD.scope(OWNER).get(Kinds.IP_GROUPS), after.get(Kinds.IP_GROUPS), "untouched kinds are shared");
  }

  @Test
  void removingAWorkspaceTakesItOutOfItsIndexesWithItsTags() {
    ScopeWorkspaces before = WORLD.scope(OWNER).get(Kinds.WORKSPACES);
    WorkspaceEntry entry = before.entries().values().iterator().next();
    assertFalse(WORLD.scope(OWNER).tagsOf(entry.id()).isEmpty());
    StateEditor editor = new StateEditor(WORLD, OWNER);

    editor.remove(entry.id());

    ScopeWorkspaces after = editor.read(Kinds.WORKSPACES);
    assertTrue(after.find(entry.id()).isEmpty());
    assertEquals(0, after.index().inDirectory(DIRECTORY).size());
    assertTrue(after.byUser().workspaceOf(DIRECTORY, "alice").isEmpty());
    assertEquals(List.of(), editor.scope().tagsOf(entry.id()));
    assertSame(editor.scope(), editor.scope().forget(entry.id()), "forgetting an unknown id copies nothing");
  }

  @Test
  void aResourceCanBeTaggedWhereItsKindHoldsItAsTaggable() {
    ScopeState owned = WORLD.scope(OWNER);
    List<String> ids = List.of(DIRECTORY, owned.get(Kinds.WORKSPACES).entries().keySet().iterator().next(),
        owned.get(Kinds.BUNDLES).entries().keySet().iterator().next(),
        owned.get(Kinds.IMAGES).entries().keySet().iterator().next(),
        owned.get(Kinds.IP_GROUPS).entries().keySet().iterator().next());
    for (String id : ids) {
      assertTrue(ScopeTags.taggable(owned, id), id);
    }
    assertFalse(ScopeTags.taggable(WORLD.scope(VIEWER), ids.get(3)), "a shared image is not the viewer's to tag");
    assertFalse(ScopeTags.taggable(owned, "wsb-000000000"));
  }

  @Test
  void theDumpHasEachKindsSectionsInRegistrationOrder() {
    List<String> sections = new ArrayList<>();
    DumpSections names = new DumpSections() {
      @Override
      public void list(String name, Iterable<? extends Structure> values) {
        sections.add(name);
      }

      @Override
      public void byResource(String name, Map<String, ? extends Structure> values) {
        sections.add(name);
      }

      @Override
      public void listsByResource(String name, Map<String, ? extends List<? extends Structure>> lists) {
        sections.add(name);
      }

      @Override
      public void textByResource(String name, Map<String, String> texts) {
        sections.add(name);
      }
    };
    ScopeState owned = WORLD.scope(OWNER);
    for (Kind<?> kind : Kinds.all()) {
      owned.get(kind).dump(owned, names);
    }
    assertEquals(List.of("Directories", "Workspaces", "Bundles", "Tags", "ClientProperties", "Images",
        "SharedWithMe", "IpGroups", "ConnectionAliases", "ConnectionAliasSharedWith", "ConnectionAliasesSharedWithMe",
        "AccountLinks", "AccountLinksToMe"),
        sections);
  }

  @Test
  void eachKindChecksItsOwnInvariants() {
    ScopeState owned = WORLD.scope(OWNER);
    for (Kind<?> kind : Kinds.all()) {
      owned.get(kind).check(WORLD, OWNER, owned);
    }
    ScopeWorkspaces workspaces = owned.get(Kinds.WORKSPACES);
    ScopeState unindexed = owned.with(Kinds.WORKSPACES,
        new ScopeWorkspaces(workspaces.entries(), workspaces.byUser(), WorkspaceIndex.EMPTY));
    AssertionError index = assertThrows(AssertionError.class,
        () -> unindexed.get(Kinds.WORKSPACES).check(WORLD, OWNER, unindexed));
    assertTrue(index.getMessage().contains("directory index"), index.getMessage());

    ScopeState groupless = owned.with(Kinds.IP_GROUPS, Kinds.IP_GROUPS.empty());
    AssertionError group = assertThrows(AssertionError.class,
        () -> groupless.get(Kinds.IP_GROUPS).check(WORLD, OWNER, groupless));
    assertTrue(group.getMessage().contains("missing IP group"), group.getMessage());

    String bundle = owned.get(Kinds.BUNDLES).entries().keySet().iterator().next();
    ImmutableList<Tag> many = IntStream.range(0, 51).mapToObj(i -> tag("k" + i)).collect(ImmutableList.toImmutableList());
    ScopeState overTagged = owned.with(Kinds.TAGS, new ScopeTags(owned.get(Kinds.TAGS).byResource().plus(bundle, many)));
    AssertionError tags = assertThrows(AssertionError.class,
        () -> overTagged.get(Kinds.TAGS).check(WORLD, OWNER, overTagged));
    assertTrue(tags.getMessage().contains(bundle + " carries 51 tags"), tags.getMessage());
  }
}
