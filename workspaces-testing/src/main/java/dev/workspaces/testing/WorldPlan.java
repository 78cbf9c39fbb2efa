package dev.workspaces.testing;

import dev.workspaces.engine.Scope;
import dev.workspaces.model.RunningMode;
import dev.workspaces.model.WorkspaceState;
import java.util.List;

/**
 * What a generated world holds, before it is built through the engine ({@link WorldBuilder}): small
 * values that jqwik shrinks part by part (fewer scopes, fewer WorkSpaces, fewer kinds of them,
 * earlier states and modes, smaller picks), each still a plan the builder turns into a valid state.
 *
 * @param seed the seed of {@code State.initial}, from which the engine derives every id
 * @param scopes the accounts and regions, each with its directories and WorkSpaces
 */
record WorldPlan(long seed, List<ScopePlan> scopes) {

  /**
   * One account in one region: {@code workspaces} WorkSpaces, the i-th of kind
   * {@code kinds.get(i % kinds.size())}. A count and a few kinds, rather than one plan per
   * WorkSpace, let jqwik shrink 300 WorkSpaces to the fewest that fail in a few steps (an integer
   * halves; a list loses one element at a time).
   *
   * @param scope the account and region
   * @param directories how many directories are registered
   * @param workspaces how many WorkSpaces are planned
   * @param kinds the kinds of WorkSpace, one or more
   */
  record ScopePlan(Scope scope, int directories, int workspaces, List<WorkspacePlan> kinds) {

    /** Returns the plan of the {@code index}-th WorkSpace. */
    WorkspacePlan workspace(int index) {
      return kinds.get(index % kinds.size());
    }
  }

  /**
   * One kind of WorkSpace.
   *
   * @param state the state it is left in
   * @param runningMode its running mode (a state only a stoppable WorkSpace reaches takes AUTO_STOP
   *     instead of ALWAYS_ON)
   * @param user the user the first WorkSpace of this kind is meant for: an index into the users
   *     (the i-th WorkSpace is meant for the one i further on; the first free user from there on
   *     gets it, as each user holds at most one WorkSpace per directory)
   * @param directory the directory it is meant for: an index into the scope's directories
   * @param bundle the Amazon bundle it is launched from: an index into {@link WorldBuilder#BUNDLES}
   * @param tags how many tags it carries
   */
  record WorkspacePlan(WorkspaceState state, RunningMode runningMode, int user, int directory, int bundle,
      int tags) {}
}
