package dev.workspaces.engine.op;

import dev.workspaces.engine.DirectoryEntry;
import dev.workspaces.engine.Kinds;
import dev.workspaces.engine.Outcome;
import dev.workspaces.engine.Scope;
import dev.workspaces.engine.ScopeTags;
import dev.workspaces.engine.ScopeWorkspaces;
import dev.workspaces.engine.SharedValues;
import dev.workspaces.engine.State;
import dev.workspaces.engine.StateEditor;
import dev.workspaces.engine.WorkspaceEntry;
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
 * <p>An item is refused when its directory is not registered (ResourceNotFoundException) or not yet
 * REGISTERED (InvalidResourceStateException), its bundle is unknown (ResourceNotFoundException),
 * the user already has a WorkSpace in the directory (ResourceAlreadyExistsException), the name rules
 * for {@code [UNDEFINED]} users or the AutoStop timeout (a positive multiple of 60) are broken
 * (InvalidParameterValuesException), or the account is at its WorkSpace limit
 * (ResourceLimitExceededException). Properties left out take the bundle's values; the running mode
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
    List<FailedCreateWorkspaceRequest> failed = new ArrayList<>();
    for (WorkspaceRequest item : request.workspaces()) {
      Optional<String> refusal = refusal(editor, item);
      if (refusal.isPresent()) {
        String[] codeAndMessage = refusal.get().split(": ", 2);
        failed.add(FailedCreateWorkspaceRequest.builder().workspaceRequest(item)
            .errorCode(codeAndMessage[0]).errorMessage(codeAndMessage[1]).build());
      } else {
        pending.add(create(editor, item));
      }
    }
    return Outcome.success(editor.state(),
        CreateWorkspacesResult.builder().failedRequests(failed).pendingRequests(pending).build());
  }

  /** Returns "Code: message" for a refused item, or empty when it can be created. */
  private static Optional<String> refusal(StateEditor editor, WorkspaceRequest item) {
    String directoryId = item.directoryId().orElseThrow();
    String userName = item.userName().orElseThrow();
    Optional<DirectoryEntry> directory = editor.read(Kinds.DIRECTORIES).find(directoryId);
    if (directory.isEmpty()) {
      return Optional.of("ResourceNotFoundException: The directory " + directoryId
          + " is not registered with WorkSpaces in this account and region.");
    }
    if (directory.get().state() != WorkspaceDirectoryState.REGISTERED) {
      return Optional.of("InvalidResourceStateException: The directory " + directoryId + " is "
          + directory.get().state() + "; WorkSpaces can be created only in a REGISTERED directory.");
    }
    String bundleId = item.bundleId().orElseThrow();
    if (Bundles.find(editor, bundleId).isEmpty()) {
      return Optional.of("ResourceNotFoundException: The bundle " + bundleId + " does not exist.");
    }
    boolean undefinedUser = UNDEFINED_USER.equals(userName);
    if (undefinedUser && item.workspaceName().isEmpty()) {
      return Optional.of("InvalidParameterValuesException: WorkspaceName is required when UserName is "
          + UNDEFINED_USER + ".");
    }
    if (!undefinedUser && item.workspaceName().isPresent()) {
      return Optional.of("InvalidParameterValuesException: WorkspaceName can be given only when "
          + "UserName is " + UNDEFINED_USER + ".");
    }
    if (!undefinedUser && editor.read(Kinds.WORKSPACES).byUser().workspaceOf(directoryId, userName).isPresent()) {
      return Optional.of("ResourceAlreadyExistsException: The user " + userName
          + " already has a WorkSpace in directory " + directoryId + ".");
    }
    Optional<String> properties = item.workspaceProperties().flatMap(WorkspacePropertyRules::refusal);
    if (properties.isPresent()) {
      return Optional.of("InvalidParameterValuesException: " + properties.get());
    }
    if (editor.read(Kinds.WORKSPACES).entries().size() >= editor.config().maxWorkspacesPerScope()) {
      return Optional.of("ResourceLimitExceededException: The account has reached its limit of "
          + editor.config().maxWorkspacesPerScope() + " WorkSpaces in this region.");
    }
    return Optional.empty();
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
        .ipAddress("10.0." + (ordinal / 250 % 250) + "." + (ordinal % 250 + 4))
        .state(WorkspaceState.PENDING)
        .bundleId(bundleId)
        .subnetId(subnets.isEmpty() ? Optional.empty() : Optional.of(subnets.get((int) (ordinal % subnets.size()))))
        .volumeEncryptionKey(item.volumeEncryptionKey())
        .userVolumeEncryptionEnabled(item.userVolumeEncryptionEnabled())
        .rootVolumeEncryptionEnabled(item.rootVolumeEncryptionEnabled())
        .workspaceName(item.workspaceName())
        .workspaceProperties(properties(editor, item, bundle))
        .build();
    WorkspaceEntry entry = ScopeWorkspaces.move(editor,
        WorkspaceEntry.of(workspace).withImageId(bundle.imageId()), WorkspaceState.PENDING);
    if (!UNDEFINED_USER.equals(item.userName().orElseThrow())) {
      // the stored WorkSpace's own user name, so the index can share it
      String userName = workspace.userName().orElseThrow();
      editor.edit(Kinds.WORKSPACES, workspaces -> workspaces.withUser(directoryId, userName, id));
    }
    if (!item.tags().isEmpty()) {
      ScopeTags.put(editor, id, TagHandlers.upsert(com.google.common.collect.ImmutableList.of(), item.tags()));
    }
    return entry.workspace();
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
      bundle.rootStorage().flatMap(s -> s.capacity()).map(Integer::valueOf).ifPresent(merged::rootVolumeSizeGib);
    }
    if (given.userVolumeSizeGib().isEmpty()) {
      bundle.userStorage().flatMap(s -> s.capacity()).map(Integer::valueOf).ifPresent(merged::userVolumeSizeGib);
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
