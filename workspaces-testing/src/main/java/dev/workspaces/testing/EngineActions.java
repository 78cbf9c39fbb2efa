package dev.workspaces.testing;

import dev.workspaces.engine.Engine;
import dev.workspaces.engine.Outcome;
import dev.workspaces.engine.Scope;
import dev.workspaces.engine.State;
import dev.workspaces.engine.catalogue.AmazonBundles;
import dev.workspaces.engine.state.Kinds;
import dev.workspaces.model.IpRuleItem;
import dev.workspaces.model.RebootRequest;
import dev.workspaces.model.RebuildRequest;
import dev.workspaces.model.RunningMode;
import dev.workspaces.model.StartRequest;
import dev.workspaces.model.StopRequest;
import dev.workspaces.model.Tag;
import dev.workspaces.model.TargetWorkspaceState;
import dev.workspaces.model.TerminateRequest;
import dev.workspaces.model.WorkspaceProperties;
import dev.workspaces.model.WorkspaceRequest;
import dev.workspaces.model.WorkspacesRequest;
import dev.workspaces.model.error.ErrorCode;
import dev.workspaces.model.request.AssociateIpGroupsRequest;
import dev.workspaces.model.request.AuthorizeIpRulesRequest;
import dev.workspaces.model.request.CreateIpGroupRequest;
import dev.workspaces.model.request.CreateTagsRequest;
import dev.workspaces.model.request.CreateWorkspaceImageRequest;
import dev.workspaces.model.request.CreateWorkspacesRequest;
import dev.workspaces.model.request.DeleteIpGroupRequest;
import dev.workspaces.model.request.DeregisterWorkspaceDirectoryRequest;
import dev.workspaces.model.request.DescribeWorkspacesRequest;
import dev.workspaces.model.request.DisassociateIpGroupsRequest;
import dev.workspaces.model.request.ModifyWorkspacePropertiesRequest;
import dev.workspaces.model.request.ModifyWorkspaceStateRequest;
import dev.workspaces.model.request.RebootWorkspacesRequest;
import dev.workspaces.model.request.RebuildWorkspacesRequest;
import dev.workspaces.model.request.RegisterWorkspaceDirectoryRequest;
import dev.workspaces.model.request.RestoreWorkspaceRequest;
import dev.workspaces.model.request.RevokeIpRulesRequest;
import dev.workspaces.model.request.StartWorkspacesRequest;
import dev.workspaces.model.request.StopWorkspacesRequest;
import dev.workspaces.model.request.TerminateWorkspacesRequest;
import dev.workspaces.model.request.UpdateRulesOfIpGroupRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.state.Action;
import net.jqwik.api.state.ActionChain;
import net.jqwik.api.state.ActionChainArbitrary;
import net.jqwik.api.state.Transformer;

/**
 * The actions of the kit's state-based tests: requests of two accounts in two regions on
 * directories, WorkSpaces, IP groups, connection aliases ({@link AliasActions}) and account links
 * ({@link LinkActions}) that exist (or, now and then, do not), and time advances. Every
 * request step asserts that a refusal changes nothing, that nothing fails internally, that every
 * refusal names a consistent row ({@link EngineInvariants#checkRefusals}), and the step invariants of
 * {@link EngineInvariants}.
 */
final class EngineActions {
  static final List<Scope> SCOPES = List.of(Scope.DEFAULT, Scope.of("210987654321", "eu-west-1"));
  static final List<String> DIRECTORIES = List.of("d-1111111111", "d-2222222222");
  private static final int MAX_STEPS = 40;

  private EngineActions() {}

  static ActionChainArbitrary<State> chains(long seed) {
    return ActionChain.<State>startWith(() -> State.initial(seed))
        .withAction(2, (Action.Independent<State>) () -> scopedDirectory(RegisterWorkspaceDirectoryRequest.class))
        .withAction(1, (Action.Independent<State>) () -> scopedDirectory(DeregisterWorkspaceDirectoryRequest.class))
        .withAction(3, (Action.Independent<State>) EngineActions::create)
        .withAction(6, (Action.Dependent<State>) state -> onWorkspace(state, EngineActions::lifecycle))
        .withAction(2, (Action.Dependent<State>) state -> onWorkspace(state, EngineActions::modify))
        .withAction(1, (Action.Dependent<State>) state -> onWorkspace(state, EngineActions::tags))
        .withAction(1, (Action.Independent<State>) EngineActions::describe)
        .withAction(2, (Action.Dependent<State>) EngineActions::ipGroups)
        .withAction(2, (Action.Dependent<State>) AliasActions::aliases)
        .withAction(1, (Action.Dependent<State>) LinkActions::links)
        .withAction(4, (Action.Independent<State>) EngineActions::advance)
        .withMaxTransformations(MAX_STEPS);
  }

  private static Arbitrary<Transformer<State>> scopedDirectory(Class<?> kind) {
    return Combinators.combine(Arbitraries.of(SCOPES), Arbitraries.of(DIRECTORIES)).as((scope, directory) ->
        request(scope, kind == RegisterWorkspaceDirectoryRequest.class
            ? RegisterWorkspaceDirectoryRequest.builder().directoryId(directory).build()
            : DeregisterWorkspaceDirectoryRequest.builder().directoryId(directory).build()));
  }

  private static Arbitrary<Transformer<State>> create() {
    Arbitrary<WorkspaceRequest> item = Combinators.combine(Arbitraries.of(DIRECTORIES),
        Arbitraries.integers().between(0, 5), Arbitraries.of(AmazonBundles.STANDARD_WINDOWS, AmazonBundles.STANDARD_LINUX))
        .as((directory, user, bundle) -> WorkspaceRequest.builder().directoryId(directory)
            .userName("user" + user).bundleId(bundle).build());
    return Combinators.combine(Arbitraries.of(SCOPES), item.list().ofMinSize(1).ofMaxSize(3))
        .as((scope, items) -> request(scope, CreateWorkspacesRequest.builder().workspaces(items).build()));
  }

  private static Arbitrary<Transformer<State>> onWorkspace(State state,
      Function<String, Arbitrary<WorkspacesRequest>> requests) {
    List<Arbitrary<Transformer<State>>> choices = new ArrayList<>();
    for (Scope scope : SCOPES) {
      List<String> ids = new ArrayList<>(state.scope(scope).get(Kinds.WORKSPACES).entries().keySet());
      ids.add("ws-000000000");
      choices.add(Arbitraries.of(ids).flatMap(requests).map(request -> request(scope, request)));
    }
    return Arbitraries.oneOf(choices);
  }

  private static Arbitrary<WorkspacesRequest> lifecycle(String id) {
    return Arbitraries.of(
        RebootWorkspacesRequest.builder().addRebootWorkspaceRequest(RebootRequest.builder().workspaceId(id).build()).build(),
        RebuildWorkspacesRequest.builder().addRebuildWorkspaceRequest(RebuildRequest.builder().workspaceId(id).build()).build(),
        StartWorkspacesRequest.builder().addStartWorkspaceRequest(StartRequest.builder().workspaceId(id).build()).build(),
        StopWorkspacesRequest.builder().addStopWorkspaceRequest(StopRequest.builder().workspaceId(id).build()).build(),
        TerminateWorkspacesRequest.builder().addTerminateWorkspaceRequest(TerminateRequest.builder().workspaceId(id).build()).build(),
        RestoreWorkspaceRequest.builder().workspaceId(id).build(),
        CreateWorkspaceImageRequest.builder().workspaceId(id).name("image-" + id.substring(3))
            .description("made by an action chain").build());
  }

  private static Arbitrary<WorkspacesRequest> modify(String id) {
    return Arbitraries.of(
        ModifyWorkspaceStateRequest.builder().workspaceId(id).workspaceState(TargetWorkspaceState.ADMIN_MAINTENANCE).build(),
        ModifyWorkspaceStateRequest.builder().workspaceId(id).workspaceState(TargetWorkspaceState.AVAILABLE).build(),
        ModifyWorkspacePropertiesRequest.builder().workspaceId(id)
            .workspaceProperties(WorkspaceProperties.builder().userVolumeSizeGib(100).build()).build(),
        ModifyWorkspacePropertiesRequest.builder().workspaceId(id)
            .workspaceProperties(WorkspaceProperties.builder().runningMode(RunningMode.ALWAYS_ON).build()).build(),
        ModifyWorkspacePropertiesRequest.builder().workspaceId(id)
            .workspaceProperties(WorkspaceProperties.builder().runningMode(RunningMode.AUTO_STOP)
                .runningModeAutoStopTimeoutInMinutes(120).build()).build());
  }

  private static Arbitrary<WorkspacesRequest> tags(String id) {
    return Arbitraries.integers().between(0, 30).map(count -> {
      CreateTagsRequest.Builder request = CreateTagsRequest.builder().resourceId(id);
      for (int i = 0; i < count; i++) {
        request.addTag(Tag.builder().key("k" + (i * 7 % 60)).value("v" + i).build());
      }
      return request.build();
    });
  }

  /**
   * IP group requests of one scope: create (a name from a small set, so that some are refused as
   * taken; rules now and then malformed), or, on an existing group (or an unknown id), a rule change,
   * an association with or from one of the directories, or a deletion.
   */
  private static Arbitrary<Transformer<State>> ipGroups(State state) {
    Arbitrary<IpRuleItem> rule = Arbitraries.of("10.0.0.0/16", "10.1.0.0/16", "192.0.2.7", "198.51.100.0/24",
        "10.0.0.0/33").map(range -> IpRuleItem.builder().ipRule(range).build());
    Arbitrary<List<IpRuleItem>> rules = rule.list().ofMaxSize(3);
    List<Arbitrary<Transformer<State>>> choices = new ArrayList<>();
    for (Scope scope : SCOPES) {
      choices.add(Combinators.combine(Arbitraries.of("office", "vpn", "lab"), rules).as((name, items) ->
          request(scope, CreateIpGroupRequest.builder().groupName(name).userRules(items).build())));
      List<String> ids = new ArrayList<>(state.scope(scope).get(Kinds.IP_GROUPS).entries().keySet());
      ids.add("wsipg-000000000");
      Arbitrary<WorkspacesRequest> onGroup = Combinators.combine(Arbitraries.of(ids), rules, Arbitraries.of(DIRECTORIES),
          Arbitraries.integers().between(0, 5)).as((id, items, directory, kind) -> switch (kind) {
            case 0 -> AuthorizeIpRulesRequest.builder().groupId(id).userRules(items).build();
            case 1 -> RevokeIpRulesRequest.builder().groupId(id)
                .userRules(items.stream().map(item -> item.ipRule().orElseThrow()).toList()).build();
            case 2 -> UpdateRulesOfIpGroupRequest.builder().groupId(id).userRules(items).build();
            case 3 -> AssociateIpGroupsRequest.builder().directoryId(directory).groupIds(List.of(id)).build();
            case 4 -> DisassociateIpGroupsRequest.builder().directoryId(directory).groupIds(List.of(id)).build();
            default -> DeleteIpGroupRequest.builder().groupId(id).build();
          });
      choices.add(onGroup.map(request -> request(scope, request)));
    }
    return Arbitraries.oneOf(choices);
  }

  /** A listing, now and then with a NextToken the engine did not issue. */
  private static Arbitrary<Transformer<State>> describe() {
    return Combinators.combine(Arbitraries.of(SCOPES), Arbitraries.integers().between(0, 4)).as((scope, kind) ->
        request(scope, kind == 0 ? DescribeWorkspacesRequest.builder().nextToken("not-issued").build()
            : DescribeWorkspacesRequest.builder().build()));
  }

  private static Arbitrary<Transformer<State>> advance() {
    return Arbitraries.integers().between(0, 90).map(minutes -> Transformer.transform(
        "advance " + minutes + "m", state -> {
          State next = Engine.advance(state, Duration.ofMinutes(minutes));
          EngineInvariants.checkStep(state, next, true);
          return next;
        }));
  }

  /** A transformer applying {@code request} as {@code scope}, with the per-step postconditions. */
  static Transformer<State> request(Scope scope, WorkspacesRequest request) {
    return Transformer.transform(describe(scope, request), state -> {
      Outcome outcome = Engine.apply(state, scope, request);
      outcome.error().ifPresent(error -> {
        if (error.code() == ErrorCode.INTERNAL_FAILURE || !state.equals(outcome.state())) {
          throw new AssertionError("refusal " + error + " must leave the state unchanged and not be internal");
        }
      });
      EngineInvariants.checkRefusals(request, outcome);
      EngineInvariants.checkStep(state, outcome.state(), false);
      return outcome.state();
    });
  }

  private static String describe(Scope scope, WorkspacesRequest request) {
    String text = request.toString();
    return request.operation().operationName() + " as " + scope + ": "
        + (text.length() > 160 ? text.substring(0, 160) + "..." : text);
  }
}
