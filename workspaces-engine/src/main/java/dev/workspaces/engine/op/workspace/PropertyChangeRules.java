package dev.workspaces.engine.op.workspace;

import dev.workspaces.engine.op.RuleRefusal;
import dev.workspaces.engine.rule.ModifyPropertiesRule;
import dev.workspaces.engine.state.ChangeTimes;
import dev.workspaces.model.Compute;
import dev.workspaces.model.Protocol;
import dev.workspaces.model.WorkspaceProperties;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The checks of {@link ModifyPropertiesRule} on one ModifyWorkspaceProperties request: the change
 * from {@code current} to {@code merged} properties of a WorkSpace with change times {@code times},
 * at virtual time {@code now}.
 */
record PropertyChangeRules(WorkspaceProperties current, WorkspaceProperties merged, ChangeTimes times, Instant now) {

  /** Returns the first refusal, in table order, or empty when the change is allowed. */
  Optional<RuleRefusal> refusal() {
    return RuleRefusal.first(
        () -> when(volumesChange() && computeChanges(), ModifyPropertiesRule.COMPUTE_OR_VOLUMES,
            "The volume sizes and the compute type cannot be changed in one request."),
        () -> when(rootChanges() && userChanges(), ModifyPropertiesRule.ONE_VOLUME,
            "The root and user volumes cannot be increased at the same time; increase one, then the other."),
        () -> when(shrinks(current.rootVolumeSizeGib(), merged.rootVolumeSizeGib())
                || shrinks(current.userVolumeSizeGib(), merged.userVolumeSizeGib()), ModifyPropertiesRule.NO_SHRINK,
            "Volume sizes cannot be decreased: root " + current.rootVolumeSizeGib().orElse(0) + " GiB, user "
                + current.userVolumeSizeGib().orElse(0) + " GiB."),
        () -> when(volumesChange() && !allowedVolumes(), ModifyPropertiesRule.VOLUME_GROUPS,
            "The volume sizes [root " + merged.rootVolumeSizeGib().orElse(0) + ", user "
                + merged.userVolumeSizeGib().orElse(0) + "] GiB are not one of the allowed groups."),
        () -> when(computeChanges() && !(switchable(current) && switchable(merged)), ModifyPropertiesRule.GPU_COMPUTE,
            "The compute type cannot be changed from " + computeName(current) + " to " + computeName(merged)
                + "; migrate the WorkSpace to a bundle of that type instead."),
        () -> when(protocolChanges() && merged.protocols().contains(Protocol.WSP)
                && compute(merged).filter(ModifyPropertiesRule.PCOIP_ONLY_COMPUTE::contains).isPresent(),
            ModifyPropertiesRule.GPU_PROTOCOL, "A WorkSpace of compute type " + computeName(merged)
                + " does not support the WSP protocol."),
        () -> when((volumesChange() || computeGrows()) && within(times.launched(), ModifyPropertiesRule.SHORT_COOLDOWN),
            ModifyPropertiesRule.LAUNCH_COOLDOWN, "The WorkSpace was launched less than 6 hours ago; its volumes and "
                + "compute type can be increased 6 hours after launch."),
        () -> when(volumesChange() && within(times.volumesResized(), ModifyPropertiesRule.SHORT_COOLDOWN),
            ModifyPropertiesRule.VOLUME_COOLDOWN, "The volumes were resized less than 6 hours ago."),
        () -> when(computeGrows() && within(times.computeChanged(), ModifyPropertiesRule.SHORT_COOLDOWN)
                || computeShrinks() && within(times.computeChanged(), ModifyPropertiesRule.SMALLER_COMPUTE_COOLDOWN),
            ModifyPropertiesRule.COMPUTE_COOLDOWN, "The compute type changed at "
                + times.computeChanged().map(Instant::toString).orElse("") + "; a larger type is allowed once in "
                + "6 hours, a smaller one once in 30 days."));
  }

  /** Returns the change times after this change is applied at {@code now}. */
  ChangeTimes after() {
    ChangeTimes next = volumesChange() ? times.withVolumesResized(now) : times;
    return computeChanges() ? next.withComputeChanged(now) : next;
  }

  boolean volumesChange() {
    return rootChanges() || userChanges();
  }

  private boolean rootChanges() {
    return !Objects.equals(current.rootVolumeSizeGib(), merged.rootVolumeSizeGib());
  }

  private boolean userChanges() {
    return !Objects.equals(current.userVolumeSizeGib(), merged.userVolumeSizeGib());
  }

  boolean computeChanges() {
    return !Objects.equals(current.computeTypeNameAsString(), merged.computeTypeNameAsString());
  }

  private boolean protocolChanges() {
    return !Objects.equals(current.protocolsAsStrings(), merged.protocolsAsStrings());
  }

  private boolean computeGrows() {
    return computeChanges() && rank(merged) > rank(current);
  }

  private boolean computeShrinks() {
    return computeChanges() && rank(merged) < rank(current);
  }

  private static boolean shrinks(Optional<Integer> before, Optional<Integer> after) {
    return before.isPresent() && after.isPresent() && after.get() < before.get();
  }

  /** Whether the merged sizes form one of the documented groups; unknown sizes are not checked. */
  private boolean allowedVolumes() {
    if (merged.rootVolumeSizeGib().isEmpty() || merged.userVolumeSizeGib().isEmpty()) {
      return true;
    }
    int root = merged.rootVolumeSizeGib().get();
    int user = merged.userVolumeSizeGib().get();
    int max = ModifyPropertiesRule.MAX_VOLUME_GIB;
    if (compute(merged).filter(PropertyChangeRules::gpu).isPresent() && root >= 100 && user >= 100
        && root <= max && user <= max) {
      return true;
    }
    return root == 80 && (user == 10 || user == 50 || user == 100)
        || root >= 175 && root <= max && user >= 100 && user <= max;
  }

  private boolean within(Optional<Instant> since, Duration cooldown) {
    return since.filter(time -> now.isBefore(time.plus(cooldown))).isPresent();
  }

  private static Optional<Compute> compute(WorkspaceProperties properties) {
    return properties.computeTypeName().filter(Compute::isKnown);
  }

  private static String computeName(WorkspaceProperties properties) {
    return properties.computeTypeNameAsString().orElse("(none)");
  }

  private static boolean gpu(Compute compute) {
    return compute.toString().startsWith("GRAPHICS");
  }

  /** A WorkSpace without a known compute type is not held to the switching rule. */
  private static boolean switchable(WorkspaceProperties properties) {
    return compute(properties).map(ModifyPropertiesRule.SWITCHABLE_COMPUTE::contains).orElse(true);
  }

  private static int rank(WorkspaceProperties properties) {
    return compute(properties).map(ModifyPropertiesRule.SWITCHABLE_COMPUTE::indexOf).orElse(-1);
  }

  private static Optional<RuleRefusal> when(boolean refused, ModifyPropertiesRule row, String message) {
    return RuleRefusal.when(refused, row, () -> message);
  }
}
