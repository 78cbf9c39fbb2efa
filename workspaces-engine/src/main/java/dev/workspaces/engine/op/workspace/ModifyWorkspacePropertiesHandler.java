package dev.workspaces.engine.op.workspace;

import dev.workspaces.engine.Outcome;
import dev.workspaces.engine.Scope;
import dev.workspaces.engine.State;
import dev.workspaces.engine.op.Handler;
import dev.workspaces.engine.op.RuleRefusal;
import dev.workspaces.engine.rule.WorkspaceRequestRule;
import dev.workspaces.engine.rule.WorkspaceRule;
import dev.workspaces.engine.state.ChangeTimes;
import dev.workspaces.engine.state.Kinds;
import dev.workspaces.engine.state.ScopeWorkspaces;
import dev.workspaces.engine.state.SharedValues;
import dev.workspaces.engine.state.StateEditor;
import dev.workspaces.engine.state.WorkspaceEntry;
import dev.workspaces.model.ModificationResourceEnum;
import dev.workspaces.model.ModificationState;
import dev.workspaces.model.ModificationStateEnum;
import dev.workspaces.model.Workspace;
import dev.workspaces.model.WorkspaceProperties;
import dev.workspaces.model.WorkspaceState;
import dev.workspaces.model.request.ModifyWorkspacePropertiesRequest;
import dev.workspaces.model.response.ModifyWorkspacePropertiesResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * ModifyWorkspaceProperties, row {@link WorkspaceRule#MODIFY_PROPERTIES}: a partial update (members
 * left out keep their value). Running-mode changes apply at once; compute type, volume size and
 * protocol changes put an AVAILABLE WorkSpace in UPDATING with one {@code ModificationStates} entry
 * each until the step completes, and apply to a STOPPED one at once, leaving it STOPPED. A second
 * modification while one is in progress is refused by row
 * {@link WorkspaceRequestRule#MODIFICATION_IN_PROGRESS} (before the state row, as the service answers
 * OperationInProgressException), invalid properties by {@link WorkspaceRequestRule#PROPERTIES_VALID},
 * and the volume, compute and protocol changes the service does not allow by the rows of
 * {@link dev.workspaces.engine.rule.ModifyPropertiesRule}.
 */
final class ModifyWorkspacePropertiesHandler implements Handler<ModifyWorkspacePropertiesRequest> {
  /** The properties whose change takes time, each with the resource it reports. */
  private static final List<Slow> SLOW = List.of(
      new Slow(ModificationResourceEnum.COMPUTE_TYPE, WorkspaceProperties::computeTypeNameAsString),
      new Slow(ModificationResourceEnum.ROOT_VOLUME, WorkspaceProperties::rootVolumeSizeGib),
      new Slow(ModificationResourceEnum.USER_VOLUME, WorkspaceProperties::userVolumeSizeGib),
      new Slow(ModificationResourceEnum.PROTOCOL, WorkspaceProperties::protocolsAsStrings));

  private record Slow(ModificationResourceEnum resource, Function<WorkspaceProperties, Object> value) {}

  @Override
  public Outcome handle(State state, Scope scope, ModifyWorkspacePropertiesRequest request) {
    StateEditor editor = new StateEditor(state, scope);
    String id = request.workspaceId().orElseThrow();
    Optional<WorkspaceEntry> found = editor.read(Kinds.WORKSPACES).find(id);
    WorkspaceProperties change = request.workspaceProperties().orElse(WorkspaceProperties.builder().build());
    WorkspaceProperties current = found.flatMap(entry -> entry.details().workspaceProperties())
        .orElse(WorkspaceProperties.builder().build());
    WorkspaceProperties merged = SharedValues.properties(merge(current, change));
    PropertyChangeRules changes = new PropertyChangeRules(current, merged,
        found.map(WorkspaceEntry::changeTimes).orElse(ChangeTimes.NONE), editor.now());
    Optional<RuleRefusal> refusal = RuleRefusal.first(
        () -> RuleRefusal.missing(found, WorkspaceRequestRule.WORKSPACE_EXISTS, "WorkSpace", id),
        () -> RuleRefusal.when(!found.get().details().modificationStates().isEmpty(),
            WorkspaceRequestRule.MODIFICATION_IN_PROGRESS, id, () -> "The WorkSpace " + id + " is already being modified."),
        () -> SingleWorkspace.refusal(found, id, WorkspaceRule.MODIFY_PROPERTIES),
        () -> WorkspacePropertyRules.refusal(change),
        changes::refusal);
    if (refusal.isPresent()) {
      return refusal.get().outcome(state);
    }
    WorkspaceEntry entry = found.get();
    // A STOPPED WorkSpace stays STOPPED: its change applies at once (our choice; see ModifyPropertiesRule).
    List<ModificationState> slow = entry.state() == WorkspaceState.STOPPED ? List.of() : slowChanges(current, merged);
    Workspace updated = entry.details().toBuilder().workspaceProperties(merged).modificationStates(slow).build();
    WorkspaceEntry next = entry.withWorkspace(updated).withChangeTimes(changes.after());
    if (slow.isEmpty()) {
      editor.edit(Kinds.WORKSPACES, workspaces -> workspaces.plus(next));
    } else {
      ScopeWorkspaces.move(editor, next, WorkspaceRule.MODIFY_PROPERTIES.resultState());
    }
    return Outcome.success(editor.state(), ModifyWorkspacePropertiesResult.builder().build());
  }

  /** Overlays every member present in {@code change} onto {@code current}, through the schema. */
  static WorkspaceProperties merge(WorkspaceProperties current, WorkspaceProperties change) {
    var schema = WorkspaceProperties.SCHEMA;
    WorkspaceProperties.Builder builder = current.toBuilder();
    for (var member : schema.members()) {
      Object value = member.get(change);
      if (value != null) {
        member.set(builder, value);
      }
    }
    return builder.build();
  }

  private static List<ModificationState> slowChanges(WorkspaceProperties before, WorkspaceProperties after) {
    List<ModificationState> states = new ArrayList<>();
    for (Slow slow : SLOW) {
      if (!Objects.equals(slow.value().apply(before), slow.value().apply(after))) {
        states.add(ModificationState.builder().resource(slow.resource())
            .state(ModificationStateEnum.UPDATE_IN_PROGRESS).build());
      }
    }
    return states;
  }
}
