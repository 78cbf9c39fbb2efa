package dev.workspaces.testing;

import dev.workspaces.engine.Scope;
import dev.workspaces.engine.State;
import dev.workspaces.model.RunningMode;
import dev.workspaces.model.WorkspaceState;
import dev.workspaces.testing.WorldPlan.ScopePlan;
import dev.workspaces.testing.WorldPlan.WorkspacePlan;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.Tuple;
import net.jqwik.api.arbitraries.ArbitraryDecorator;

/**
 * Simulated worlds with knobs: accounts and regions with registered directories and WorkSpaces in
 * the states and running modes asked for, built through the engine, so every world keeps the
 * engine's invariants. Each knob returns a new arbitrary; the defaults:
 *
 * <ul>
 *   <li>{@link #scopes}: {@link Scope#DEFAULT}, always present, and {@code 210987654321/eu-west-1},
 *       present in most worlds;
 *   <li>{@link #workspacesPerScope}: 0 to 50, every count as likely;
 *   <li>{@link #directoriesPerScope}: 1 or 2;
 *   <li>{@link #users}: a user of its own for every WorkSpace ({@code user1}, {@code user2}, ...);
 *   <li>{@link #runningModes}: AUTO_STOP, ALWAYS_ON and MANUAL;
 *   <li>{@link #states}: every state a WorkSpace can be in, AVAILABLE and STOPPED most often;
 *   <li>{@link #tagsPerWorkspace}: 0 to 3.
 * </ul>
 *
 * <p>Worlds shrink toward fewer scopes (every scope but the first may go), fewer WorkSpaces, fewer
 * directories and tags, and the first state and running mode listed. A world is a plan of small
 * values that jqwik shrinks, applied to the engine afterwards ({@code WorldPlan}): per scope a
 * count of WorkSpaces and up to 12 kinds of WorkSpace they take in turn, so that a count of 300
 * shrinks in a few halvings. A world of 300 WorkSpaces takes about 15 to 20 ms of CPU to build.
 *
 * <p>States no request leads to (IMPAIRED, UNHEALTHY, ERROR, MAINTENANCE: the service's own events)
 * are set on the stored WorkSpace. A state only a stoppable WorkSpace reaches (STOPPED, STOPPING,
 * STARTING) takes running mode AUTO_STOP where ALWAYS_ON was picked. Each user holds at most one
 * WorkSpace per directory, as the service requires, so a scope holds at most users × directories
 * WorkSpaces; planned ones beyond are left out. More images than the service's quota, for many
 * SUSPENDED WorkSpaces, raise the world's image quota to fit.
 */
public final class WorldArbitrary extends ArbitraryDecorator<State> {
  private static final List<Scope> DEFAULT_SCOPES = List.of(Scope.DEFAULT, Scope.of("210987654321", "eu-west-1"));
  private static final double OTHER_SCOPE_PRESENCE = 0.7;
  /** The most kinds of WorkSpace (state, mode, user, directory, bundle, tags) one scope mixes. */
  private static final int MAX_KINDS = 12;

  private List<Scope> scopes = DEFAULT_SCOPES;
  private int minWorkspaces = 0;
  private int maxWorkspaces = 50;
  private int minDirectories = 1;
  private int maxDirectories = 2;
  private Optional<List<String>> users = Optional.empty();
  private List<RunningMode> runningModes = List.of(RunningMode.AUTO_STOP, RunningMode.ALWAYS_ON, RunningMode.MANUAL);
  private Optional<List<WorkspaceState>> states = Optional.empty();
  private int minTags = 0;
  private int maxTags = 3;

  WorldArbitrary() {}

  /** Returns worlds of these accounts and regions: the first in every world, each other one in most. */
  public WorldArbitrary scopes(Scope first, Scope... others) {
    List<Scope> all = new ArrayList<>();
    all.add(first);
    all.addAll(Arrays.asList(others));
    require(new HashSet<>(all).size() == all.size(), "scopes must be distinct: " + all);
    WorldArbitrary clone = typedClone();
    clone.scopes = List.copyOf(all);
    return clone;
  }

  /** Returns worlds whose scopes each hold {@code min} to {@code max} WorkSpaces, every count as likely. */
  public WorldArbitrary workspacesPerScope(int min, int max) {
    requireRange(min, max, "workspacesPerScope");
    WorldArbitrary clone = typedClone();
    clone.minWorkspaces = min;
    clone.maxWorkspaces = max;
    return clone;
  }

  /** Returns worlds whose scopes each have {@code min} to {@code max} registered directories. */
  public WorldArbitrary directoriesPerScope(int min, int max) {
    requireRange(min, max, "directoriesPerScope");
    WorldArbitrary clone = typedClone();
    clone.minDirectories = min;
    clone.maxDirectories = max;
    return clone;
  }

  /** Returns worlds whose WorkSpaces belong to these users (at most one per user and directory). */
  public WorldArbitrary users(String... names) {
    require(names.length > 0 && new HashSet<>(Arrays.asList(names)).size() == names.length,
        "users must be one or more distinct names: " + Arrays.toString(names));
    WorldArbitrary clone = typedClone();
    clone.users = Optional.of(List.of(names));
    return clone;
  }

  /** Returns worlds whose WorkSpaces run in these modes (shrinking toward the first). */
  public WorldArbitrary runningModes(RunningMode... modes) {
    require(modes.length > 0 && Arrays.stream(modes).allMatch(RunningMode::isKnown),
        "runningModes must be one or more known modes: " + Arrays.toString(modes));
    WorldArbitrary clone = typedClone();
    clone.runningModes = List.of(modes);
    return clone;
  }

  /** Returns worlds whose WorkSpaces are in these states, each as likely (shrinking toward the first). */
  public WorldArbitrary states(WorkspaceState... wanted) {
    require(wanted.length > 0 && Arrays.stream(wanted).allMatch(s -> WorkspaceRoute.to(s).isPresent()),
        "states must be one or more known WorkSpace states: " + Arrays.toString(wanted));
    WorldArbitrary clone = typedClone();
    clone.states = Optional.of(List.of(wanted));
    return clone;
  }

  /** Returns worlds whose WorkSpaces carry {@code min} to {@code max} tags each. */
  public WorldArbitrary tagsPerWorkspace(int min, int max) {
    requireRange(min, max, "tagsPerWorkspace");
    require(max <= 50, "tagsPerWorkspace: a resource carries at most 50 tags, not " + max);
    WorldArbitrary clone = typedClone();
    clone.minTags = min;
    clone.maxTags = max;
    return clone;
  }

  @Override
  protected Arbitrary<State> arbitrary() {
    List<String> names = users.orElseGet(() -> IntStream.rangeClosed(1, Math.max(1, maxWorkspaces))
        .mapToObj(n -> "user" + n).toList());
    Arbitrary<WorkspacePlan> kind = Combinators.combine(stateArbitrary(), Arbitraries.of(runningModes),
            Arbitraries.integers().between(0, names.size() - 1),
            Arbitraries.integers().between(0, Math.max(0, maxDirectories - 1)),
            Arbitraries.integers().between(0, WorldBuilder.BUNDLES.size() - 1),
            Arbitraries.integers().between(minTags, maxTags))
        .as(WorkspacePlan::new)
        .edgeCases(edges -> edges.filter(simplestKind()::equals));
    // jqwik shrinks the parts of a combination in order: first what makes every later try cheaper
    // (the optional scopes, gone in one step), last the seed (a try per bit, each a whole world).
    List<Arbitrary<Optional<ScopePlan>>> scopePlans = new ArrayList<>();
    for (Scope scope : scopes.subList(1, scopes.size())) {
      scopePlans.add(scopePlan(scope, kind).optional(OTHER_SCOPE_PRESENCE));
    }
    scopePlans.add(scopePlan(scopes.get(0), kind).map(Optional::of));
    Arbitrary<List<ScopePlan>> present = Combinators.combine(scopePlans).as(plans -> {
      List<ScopePlan> inOrder = new ArrayList<>();
      plans.get(plans.size() - 1).ifPresent(inOrder::add);
      plans.subList(0, plans.size() - 1).forEach(plan -> plan.ifPresent(inOrder::add));
      return List.copyOf(inOrder);
    });
    return Combinators.combine(present, Arbitraries.longs().between(0, 1_000_000).edgeCases(edges -> edges.includeOnly(0L)))
        .as((plans, seed) -> new WorldPlan(seed, plans))
        .map(plan -> WorldBuilder.build(plan, names));
  }

  /**
   * The plan of one scope. Its only edge cases are the fewest and the most WorkSpaces, all of the
   * simplest kind: jqwik mixes edge cases into a share of the tries that grows with their number,
   * and a world of this many parts would otherwise be an edge case in half the tries (with an empty
   * scope in a third).
   */
  private Arbitrary<ScopePlan> scopePlan(Scope scope, Arbitrary<WorkspacePlan> kind) {
    return Combinators.combine(
            Arbitraries.integers().between(minDirectories, maxDirectories)
                .edgeCases(edges -> edges.includeOnly(minDirectories)),
            Arbitraries.integers().between(minWorkspaces, maxWorkspaces).withDistribution(RandomDistribution.uniform())
                .edgeCases(edges -> edges.includeOnly(minWorkspaces, maxWorkspaces)),
            kind.list().ofMinSize(1).ofMaxSize(MAX_KINDS))
        .as((directories, workspaces, kinds) -> new ScopePlan(scope, directories, workspaces, kinds));
  }

  /** The kind every part of a plan shrinks toward, and the one kind of the edge cases. */
  private WorkspacePlan simplestKind() {
    return new WorkspacePlan(states.map(s -> s.get(0)).orElse(WorkspaceState.AVAILABLE), runningModes.get(0),
        0, 0, 0, minTags);
  }

  private Arbitrary<WorkspaceState> stateArbitrary() {
    if (states.isPresent()) {
      return Arbitraries.of(states.get());
    }
    List<Tuple.Tuple2<Integer, WorkspaceState>> weighted = new ArrayList<>();
    weighted.add(Tuple.of(8, WorkspaceState.AVAILABLE));
    weighted.add(Tuple.of(4, WorkspaceState.STOPPED));
    WorkspaceRoute.ROUTES.keySet().stream()
        .filter(s -> s != WorkspaceState.AVAILABLE && s != WorkspaceState.STOPPED)
        .forEach(s -> weighted.add(Tuple.of(1, s)));
    return Arbitraries.frequency(weighted);
  }

  private static void requireRange(int min, int max, String knob) {
    require(0 <= min && min <= max, knob + ": need 0 <= min <= max, not " + min + ".." + max);
  }

  private static void require(boolean condition, String message) {
    if (!condition) {
      throw new IllegalArgumentException(message);
    }
  }
}
