package dev.workspaces.engine.op.workspace;

import dev.workspaces.engine.Outcome;
import dev.workspaces.engine.Scope;
import dev.workspaces.engine.State;
import dev.workspaces.engine.op.FailedItems;
import dev.workspaces.engine.op.Handler;
import dev.workspaces.engine.op.RuleRefusal;
import dev.workspaces.engine.op.bundle.StorageCapacity;
import dev.workspaces.engine.op.tag.TagLists;
import dev.workspaces.engine.rule.BundleRule;
import dev.workspaces.engine.rule.CreateWorkspacesRule;
import dev.workspaces.engine.rule.WorkspaceRequestRule;
import dev.workspaces.engine.state.ChangeTimes;
import dev.workspaces.engine.state.DirectoryEntry;
import dev.workspaces.engine.state.Kinds;
import dev.workspaces.engine.state.ScopeTags;
import dev.workspaces.engine.state.ScopeWorkspaces;
import dev.workspaces.engine.state.SharedValues;
import dev.workspaces.engine.state.StateEditor;
import dev.workspaces.engine.state.WorkspaceEntry;
import dev.workspaces.model.Compute;
import dev.workspaces.model.FailedCreateWorkspaceRequest;
import dev.workspaces.model.OperatingSystemType;
import dev.workspaces.model.Protocol;
import dev.workspaces.model.RunningMode;
import dev.workspaces.model.Workspace;
import dev.workspaces.model.WorkspaceBundle;
import dev.workspaces.model.WorkspaceDirectoryState;
import dev.workspaces.model.WorkspaceProperties;
import dev.workspaces.model.WorkspaceRequest;
import dev.workspaces.model.WorkspaceState;
import dev.workspaces.model.request.CreateWorkspacesRequest;
import dev.workspaces.model.response.CreateWorkspacesResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * CreateWorkspaces: each item becomes a PENDING WorkSpace (AVAILABLE once its step completes) or
 * a {@code FailedRequests} entry; the call itself succeeds.
 *
 * <p>An item is refused by the rows of {@link CreateWorkspacesRule}, {@link BundleRule#BUNDLE_EXISTS}
 * and {@link WorkspaceRequestRule#PROPERTIES_VALID}, checked in this order: directory unknown or not
 * REGISTERED, bundle unknown, the name rules for {@code [UNDEFINED]} users broken, the user already
 * holding a WorkSpace in the directory, properties refused (the AutoStop timeout a positive multiple
 * of 60), too many tags, the account at its WorkSpace limit. A refused item carries the row's item
 * code ({@code ResourceNotFound.Directory}, {@code ResourceExists.WorkSpace} where the service uses them). Properties left out take the bundle's values; the running mode
 * defaults to AUTO_STOP with a 60-minute timeout; Linux bundles default to the WSP (DCV) protocol
 * (an own bundle's system is that of its current image). The new WorkSpace runs the bundle's
 * current image.
 */
final class CreateWorkspacesHandler implements Handler<CreateWorkspacesRequest> {
  static final String UNDEFINED_USER = "[UNDEFINED]";

  @Override
  public Outcome handle(State state, Scope scope, CreateWorkspacesRequest request) {
    StateEditor editor = new StateEditor(state, scope);
    List<Workspace> pending = new ArrayList<>();
    FailedItems<FailedCreateWorkspaceRequest> failed = new FailedItems<>();
    for (WorkspaceRequest item : request.workspaces()) {
      Optional<RuleRefusal> refusal = refusal(editor, item);
      if (refusal.isPresent()) {
        failed.add(refusal.get(), FailedCreateWorkspaceRequest.builder().workspaceRequest(item)
            .errorCode(refusal.get().errorCode()).errorMessage(refusal.get().message()).build());
      } else {
        pending.add(create(editor, item));
      }
    }
    return failed.outcome(editor.state(),
        CreateWorkspacesResult.builder().failedRequests(failed.entries()).pendingRequests(pending).build());
  }

  /** Returns the refusal of an item, or empty when it can be created. */
  private static Optional<RuleRefusal> refusal(StateEditor editor, WorkspaceRequest item) {
    String directoryId = item.directoryId().orElseThrow();
    String userName = item.userName().orElseThrow();
    String bundleId = item.bundleId().orElseThrow();
    Optional<DirectoryEntry> directory = editor.read(Kinds.DIRECTORIES).find(directoryId);
    boolean undefinedUser = UNDEFINED_USER.equals(userName);
    int limit = editor.config().maxWorkspacesPerScope();
    return RuleRefusal.first(
        () -> RuleRefusal.when(directory.isEmpty(), CreateWorkspacesRule.DIRECTORY_KNOWN, directoryId,
            () -> "The specified directory could not be found in the specified region."),
        () -> RuleRefusal.when(directory.get().state() != WorkspaceDirectoryState.REGISTERED,
            CreateWorkspacesRule.DIRECTORY_REGISTERED, () -> "The directory " + directoryId + " is "
                + directory.get().state() + "; WorkSpaces can be created only in a REGISTERED directory."),
        () -> RuleRefusal.when(Bundles.find(editor, bundleId).isEmpty(), BundleRule.BUNDLE_EXISTS,
            () -> "The bundle " + bundleId + " does not exist."),
        () -> RuleRefusal.when(undefinedUser && item.workspaceName().isEmpty(),
            CreateWorkspacesRule.NAME_FOR_UNDEFINED_USER,
            () -> "WorkspaceName is required when UserName is " + UNDEFINED_USER + "."),
        () -> RuleRefusal.when(!undefinedUser && item.workspaceName().isPresent(),
            CreateWorkspacesRule.NAME_ONLY_FOR_UNDEFINED_USER,
            () -> "WorkspaceName can be given only when UserName is " + UNDEFINED_USER + "."),
        () -> RuleRefusal.when(!undefinedUser
                && editor.read(Kinds.WORKSPACES).byUser().workspaceOf(directoryId, userName).isPresent(),
            CreateWorkspacesRule.ONE_PER_USER, userName, () -> "A WorkSpace already exists for the specified user."),
        () -> item.workspaceProperties().flatMap(WorkspacePropertyRules::refusal),
        () -> TagLists.tagLimit(editor, CreateWorkspacesRule.TAG_LIMIT, "WorkSpace of " + userName, item.tags()),
        () -> RuleRefusal.when(editor.read(Kinds.WORKSPACES).entries().size() >= limit, CreateWorkspacesRule.WORKSPACE_LIMIT,
            () -> "The account has reached its limit of " + limit + " WorkSpaces in this region."));
  }

  private static Workspace create(StateEditor editor, WorkspaceRequest item) {
    String id = editor.newId("ws-", 9, false, taken -> editor.read(Kinds.WORKSPACES).entries().containsKey(taken));
    WorkspaceBundle bundle = Bundles.find(editor, item.bundleId().orElseThrow()).orElseThrow();
    DirectoryEntry directory = editor.read(Kinds.DIRECTORIES).find(item.directoryId().orElseThrow()).orElseThrow();
    // The stored directory's and bundle's own strings, shared by all their WorkSpaces.
    String directoryId = directory.id();
    String bundleId = bundle.bundleId().orElseThrow();
    List<String> subnets = directory.directory().subnetIds();
    long ordinal = editor.read(Kinds.WORKSPACES).entries().size();
    Workspace workspace = Workspace.builder()
        .workspaceId(id)
        .directoryId(directoryId)
        .userName(item.userName())
        .ipAddress(ipAddress(ordinal))
        .state(WorkspaceState.PENDING)
        .bundleId(bundleId)
        .subnetId(subnets.isEmpty() ? Optional.empty() : Optional.of(subnets.get((int) (ordinal % subnets.size()))))
        .volumeEncryptionKey(item.volumeEncryptionKey())
        .userVolumeEncryptionEnabled(item.userVolumeEncryptionEnabled())
        .rootVolumeEncryptionEnabled(item.rootVolumeEncryptionEnabled())
        .workspaceName(item.workspaceName())
        .workspaceProperties(properties(editor, item, bundle))
        .modificationStates(List.of())
        .build();
    WorkspaceEntry entry = ScopeWorkspaces.move(editor, WorkspaceEntry.of(workspace).withImageId(bundle.imageId())
        .withChangeTimes(ChangeTimes.launchedAt(editor.now())), WorkspaceState.PENDING);
    if (!UNDEFINED_USER.equals(item.userName().orElseThrow())) {
      // the stored WorkSpace's own user name, so the index can share it
      String userName = workspace.userName().orElseThrow();
      editor.edit(Kinds.WORKSPACES, workspaces -> workspaces.withUser(directoryId, userName, id));
    }
    if (!item.tags().isEmpty()) {
      ScopeTags.put(editor, id, TagLists.initialTags(item.tags()));
    }
    return entry.workspace();
  }

  /** Returns the private IP address of the WorkSpace created as the {@code ordinal}-th of its scope. */
  static String ipAddress(long ordinal) {
    return "10.0." + (ordinal / 250 % 250) + "." + (ordinal % 250 + 4);
  }

  private static WorkspaceProperties properties(StateEditor editor, WorkspaceRequest item, WorkspaceBundle bundle) {
    WorkspaceProperties given = item.workspaceProperties().orElse(WorkspaceProperties.builder().build());
    WorkspaceProperties.Builder merged = given.toBuilder();
    if (given.runningModeAsString().isEmpty()) {
      merged.runningMode(RunningMode.AUTO_STOP);
    }
    if (given.runningModeAutoStopTimeoutInMinutes().isEmpty()
        && given.runningMode().orElse(RunningMode.AUTO_STOP) == RunningMode.AUTO_STOP) {
      merged.runningModeAutoStopTimeoutInMinutes(60);
    }
    if (given.rootVolumeSizeGib().isEmpty()) {
      bundle.rootStorage().flatMap(s -> s.capacity()).ifPresent(size -> StorageCapacity.gib(size).ifPresent(merged::rootVolumeSizeGib));
    }
    if (given.userVolumeSizeGib().isEmpty()) {
      bundle.userStorage().flatMap(s -> s.capacity()).ifPresent(size -> StorageCapacity.gib(size).ifPresent(merged::userVolumeSizeGib));
    }
    if (given.computeTypeNameAsString().isEmpty()) {
      bundle.computeType().flatMap(c -> c.name()).filter(Compute::isKnown).ifPresent(merged::computeTypeName);
    }
    if (!given.hasProtocols()) {
      merged.protocols(Bundles.operatingSystem(editor, bundle.bundleId().orElseThrow()) == OperatingSystemType.LINUX
          ? Protocol.WSP : Protocol.PCOIP);
    }
    return SharedValues.properties(merged.build());
  }
}
