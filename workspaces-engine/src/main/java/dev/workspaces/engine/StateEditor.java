package dev.workspaces.engine;

import com.google.common.collect.ImmutableList;
import dev.workspaces.engine.catalogue.DirectoryCatalogue;
import dev.workspaces.engine.rule.Transition;
import dev.workspaces.model.Tag;
import dev.workspaces.model.WorkspaceBundle;
import dev.workspaces.model.WorkspaceDirectoryState;
import dev.workspaces.model.WorkspaceState;
import dev.workspaces.model.WorkspacesIpGroup;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * A short-lived editor over one state and one scope, used while deciding a single request: it
 * issues ids, schedules steps and records changes, then hands back the next state.
 *
 * <p>The state it started from is never modified; an editor whose request is refused is simply
 * dropped, so a refused request changes nothing. Not thread-safe (it lives inside one call).
 */
public final class StateEditor {
  /** Every change so far, except that the edited scope may be newer in {@link #edited}. */
  private State state;
  private final Scope scope;
  /**
   * The edited scope once read (null before), with every change: changes build up here and reach
   * {@link #state} once, when it is asked for, instead of copying the state and its map of scopes
   * at every change.
   */
  private @Nullable ScopeState edited;
  /** Whether {@link #edited} has changes that {@link #state} lacks. */
  private boolean editedAhead;

  /** Returns an editor of {@code scope} within {@code start}. */
  public StateEditor(State start, Scope scope) {
    this.state = start;
    this.scope = scope;
  }

  /** Returns the state with every change made so far. */
  public State state() {
    if (editedAhead) {
      state = state.withScope(scope, edited);
      editedAhead = false;
    }
    return state;
  }

  /** Returns the account and region being edited. */
  public Scope scopeId() {
    return scope;
  }

  /** Returns the virtual time now. */
  public Instant now() {
    return state.clock();
  }

  /** Returns the configuration. */
  public EngineConfig config() {
    return state.config();
  }

  /** Returns the directory catalogue. */
  public DirectoryCatalogue catalogue() {
    return state.catalogue();
  }

  /** Returns what the edited scope owns now. */
  public ScopeState scope() {
    if (edited == null) {
      edited = state.scope(scope);
    }
    return edited;
  }

  /** Replaces what the edited scope owns with {@code change} applied to it. */
  public void updateScope(UnaryOperator<ScopeState> change) {
    edited = change.apply(scope());
    editedAhead = true;
  }

  /**
   * Replaces what {@code other} owns with {@code change} applied to it: for the few effects one
   * account's request has on another's scope (sharing an image).
   */
  public void updateScope(Scope other, UnaryOperator<ScopeState> change) {
    if (other.equals(scope)) {
      updateScope(change);
    } else {
      state = state.withScope(other, change.apply(state.scope(other)));
    }
  }

  /**
   * Issues a new id: {@code prefix} and {@code length} characters (hexadecimal when {@code hex}),
   * skipping any id for which {@code taken} holds.
   */
  public String newId(String prefix, int length, boolean hex, Predicate<String> taken) {
    long counter = state.idCounter();
    String id;
    do {
      id = IdGenerator.id(state.seed(), counter++, prefix, length, hex);
    } while (taken.test(id));
    state = state.withCounters(counter, state.stepCounter());
    return id;
  }

  /** Schedules {@code transition} of resource {@code resourceId}; returns its timeline slot. */
  public TimelineKey schedule(String resourceId, Transition transition) {
    TimelineKey key = new TimelineKey(now().plus(config().duration(transition)), state.stepCounter());
    state = state.withCounters(state.idCounter(), state.stepCounter() + 1)
        .withTimeline(state.timeline().plus(key, new ScheduledStep(scope, resourceId, transition)));
    return key;
  }

  /** Removes a scheduled step, if there is one. */
  public void cancel(Optional<TimelineKey> step) {
    step.ifPresent(key -> state = state.withTimeline(state.timeline().minus(key)));
  }

  /** Returns the WorkSpace with {@code id} in the edited scope. */
  public Optional<WorkspaceEntry> workspace(String id) {
    return Optional.ofNullable(scope().workspaces().get(id));
  }

  /** Stores {@code entry}, replacing the WorkSpace with the same id (and indexing a new one). */
  public void putWorkspace(WorkspaceEntry entry) {
    updateScope(s -> {
      IdMap<WorkspaceEntry> next = s.workspaces().plus(entry.id(), entry);
      ScopeState stored = s.withWorkspaces(next);
      return next.size() == s.workspaces().size() ? stored
          : stored.withWorkspaceIndex(s.workspaceIndex().plus(entry));
    });
  }

  /**
   * Moves a WorkSpace to {@code target}: cancels its running step and, when {@code target} is left
   * by a step timed on its own, schedules that step. (A step completed with another, such as the
   * return from SUSPENDED, is the caller's to link: see {@link Transition#completedWith()}.)
   */
  public WorkspaceEntry moveWorkspace(WorkspaceEntry entry, WorkspaceState target) {
    cancel(entry.pendingStep());
    Optional<TimelineKey> step = Transition.leaving(target).filter(Transition::timed)
        .map(t -> schedule(entry.id(), t));
    WorkspaceEntry moved = entry.moved(target, step);
    putWorkspace(moved);
    return moved;
  }

  /** Removes a WorkSpace with its index and user-index entries (its tags go with its entry). */
  public void removeWorkspace(WorkspaceEntry entry) {
    cancel(entry.pendingStep());
    updateScope(s -> {
      IdMap<WorkspaceEntry> next = s.workspaces().minus(entry.id());
      ScopeState removed = next.size() == s.workspaces().size() ? s
          : s.withWorkspaces(next).withWorkspaceIndex(s.workspaceIndex().minus(entry));
      return removed.withWorkspaceByUser(s.workspaceByUser().released(entry));
    });
  }

  /** Returns the directory registration with {@code id} in the edited scope. */
  public Optional<DirectoryEntry> directory(String id) {
    return Optional.ofNullable(scope().directories().get(id));
  }

  /** Stores {@code entry}, replacing the directory with the same id. */
  public void putDirectory(DirectoryEntry entry) {
    updateScope(s -> s.withDirectories(s.directories().plus(entry.id(), entry)));
  }

  /** Moves a directory to {@code target}, scheduling the step that leaves it if there is one. */
  public DirectoryEntry moveDirectory(DirectoryEntry entry, WorkspaceDirectoryState target) {
    cancel(entry.pendingStep());
    Optional<TimelineKey> step = Transition.leaving(target).map(t -> schedule(entry.id(), t));
    DirectoryEntry moved = entry
        .withDirectory(entry.directory().toBuilder().state(target).build())
        .withPendingStep(step);
    putDirectory(moved);
    return moved;
  }

  /** Removes a directory registration and its tags and client properties. */
  public void removeDirectory(DirectoryEntry entry) {
    cancel(entry.pendingStep());
    updateScope(s -> s.withDirectories(s.directories().minus(entry.id()))
        .withResourceTags(s.resourceTags().minus(entry.id()))
        .withClientProperties(s.clientProperties().minus(entry.id())));
  }

  /** Returns the image with {@code id} owned by the edited scope. */
  public Optional<ImageEntry> image(String id) {
    return Optional.ofNullable(scope().images().get(id));
  }

  /** Stores {@code entry}, replacing the image with the same id. */
  public void putImage(ImageEntry entry) {
    updateScope(s -> s.withImages(s.images().plus(entry.id(), entry)));
  }

  /** Stores {@code entry} with {@code step} scheduled as its running step (replacing any other). */
  public ImageEntry scheduleImage(ImageEntry entry, Transition step) {
    cancel(entry.pendingStep());
    ImageEntry scheduled = entry.withPendingStep(Optional.of(schedule(entry.id(), step)));
    putImage(scheduled);
    return scheduled;
  }

  /** Removes an image with its running step and tags. */
  public void removeImage(ImageEntry entry) {
    cancel(entry.pendingStep());
    updateScope(s -> s.withImages(s.images().minus(entry.id())).withResourceTags(s.resourceTags().minus(entry.id())));
  }

  /** Stores {@code bundle} among the edited scope's own bundles. */
  public void putBundle(WorkspaceBundle bundle) {
    String id = bundle.bundleId().orElseThrow();
    updateScope(s -> s.withBundles(s.bundles().plus(id, bundle)));
  }

  /** Removes one of the edited scope's own bundles with its tags. */
  public void removeBundle(String id) {
    updateScope(s -> s.withBundles(s.bundles().minus(id)).withResourceTags(s.resourceTags().minus(id)));
  }

  /** Returns the IP access control group with {@code id} of the edited scope. */
  public Optional<WorkspacesIpGroup> ipGroup(String id) {
    return Optional.ofNullable(scope().ipGroups().get(id));
  }

  /** Stores {@code group}, replacing the IP group with the same id. */
  public void putIpGroup(WorkspacesIpGroup group) {
    String id = group.groupId().orElseThrow();
    updateScope(s -> s.withIpGroups(s.ipGroups().plus(id, group)));
  }

  /** Removes an IP access control group with its tags. */
  public void removeIpGroup(String id) {
    updateScope(s -> s.withIpGroups(s.ipGroups().minus(id)).withResourceTags(s.resourceTags().minus(id)));
  }

  /** Returns the tags of a resource, empty when it has none. */
  public ImmutableList<Tag> tags(String resourceId) {
    return scope().tagsOf(resourceId);
  }

  /**
   * Replaces the tags of a resource: in its entry for a WorkSpace, else in the scope's tag map
   * (removing the resource from it when {@code given} is empty). Equal tags are stored once
   * ({@link SharedValues}).
   */
  public void putTags(String resourceId, ImmutableList<Tag> given) {
    ImmutableList<Tag> tags = SharedValues.tags(given);
    WorkspaceEntry workspace = scope().workspaces().get(resourceId);
    if (workspace != null) {
      putWorkspace(workspace.withTags(tags));
      return;
    }
    updateScope(s -> s.withResourceTags(tags.isEmpty() ? s.resourceTags().minus(resourceId)
        : s.resourceTags().plus(resourceId, tags)));
  }
}
