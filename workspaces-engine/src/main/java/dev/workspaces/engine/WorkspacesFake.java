package dev.workspaces.engine;

import dev.workspaces.engine.catalogue.CatalogueDirectory;
import dev.workspaces.model.WorkspaceConnectionStatus;
import dev.workspaces.model.WorkspacesApi;
import dev.workspaces.model.WorkspacesRequest;
import dev.workspaces.model.WorkspacesResponse;
import dev.workspaces.model.error.WorkspacesException;
import dev.workspaces.model.response.DescribeWorkspacesConnectionStatusResult;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.function.UnaryOperator;

/**
 * An in-memory WorkSpaces service for unit tests: every operation of {@link WorkspacesApi} runs
 * against the deterministic {@link Engine}, and refusals are thrown as the typed
 * {@link WorkspacesException} subclasses.
 *
 * <pre>{@code
 * WorkspacesFake workspaces = WorkspacesFake.create();
 * workspaces.registerWorkspaceDirectory(r -> r.directoryId("d-1234567890"));
 * workspaces.advance(Duration.ofMinutes(1));
 * }</pre>
 *
 * <h2>Guarantees</h2>
 * Thread-safe: calls are applied one at a time to one shared state. Views made with
 * {@link #as(Scope)} share that state, so several accounts and regions can talk to one service;
 * so does an endpoint made over it ({@code WorkspacesEndpoint.over(fake)} in workspaces-server).
 */
public final class WorkspacesFake implements WorkspacesApi {
  /** How much virtual time {@link #advanceUntilIdle()} may move at most: 30 days. */
  public static final Duration IDLE_LIMIT = Duration.ofDays(30);

  private final StateCell cell;
  private final Scope scope;

  private WorkspacesFake(StateCell cell, Scope scope) {
    this.cell = cell;
    this.scope = scope;
  }

  /** Returns a fake with seed 0, realistic durations, acting as {@link Scope#DEFAULT}. */
  public static WorkspacesFake create() {
    return create(State.initial(0));
  }

  /** Returns a fake starting from {@code state}, acting as {@link Scope#DEFAULT}. */
  public static WorkspacesFake create(State state) {
    return new WorkspacesFake(new StateCell(state), Scope.DEFAULT);
  }

  /**
   * Returns the cell holding this service's state, shared by every view of it; an endpoint made
   * over this fake runs its requests on the same cell.
   */
  public StateCell cell() {
    return cell;
  }

  /** Returns a view of the same service acting as another account or region. */
  public WorkspacesFake as(Scope other) {
    return new WorkspacesFake(cell, other);
  }

  /** Returns the account and region this view acts as. */
  public Scope scope() {
    return scope;
  }

  @Override
  public WorkspacesResponse call(WorkspacesRequest request) {
    return responseOf(cell.update(state -> Engine.apply(state, scope, request)));
  }

  /** Moves virtual time forward, completing the asynchronous steps that fall due. */
  public void advance(Duration duration) {
    cell.replace(state -> Engine.advance(state, duration));
  }

  /**
   * Moves virtual time forward until no asynchronous step is pending, and returns how far it moved.
   * Gives up after {@link #IDLE_LIMIT} of virtual time.
   *
   * @throws IllegalStateException if steps are still pending after that limit, naming the next one
   */
  public Duration advanceUntilIdle() {
    Duration[] moved = new Duration[1];
    replace(state -> {
      State idle = Engine.advanceUntilIdle(state, IDLE_LIMIT);
      moved[0] = Duration.between(state.clock(), idle.clock());
      return idle;
    });
    return moved[0];
  }

  /**
   * Returns a {@link Clock} that reads this fake's virtual time (UTC): code under test that takes a
   * {@code Clock} sees the time {@link #advance} moves.
   */
  public Clock clock() {
    return new VirtualClock(() -> snapshot().clock(), ZoneOffset.UTC);
  }

  /**
   * Simulates a user connecting to WorkSpace {@code workspaceId} of this view's scope now: see
   * {@link Engine#connectUser}. Returns its connection status afterwards.
   *
   * @throws WorkspacesException the refusal of a {@link dev.workspaces.engine.rule.ConnectionRule} row
   */
  public WorkspaceConnectionStatus connectUser(String workspaceId) {
    return hook(state -> Engine.connectUser(state, scope, workspaceId));
  }

  /**
   * Simulates the connected user of WorkSpace {@code workspaceId} disconnecting: see
   * {@link Engine#disconnectUser}. Returns its connection status afterwards.
   *
   * @throws WorkspacesException the refusal of a {@link dev.workspaces.engine.rule.ConnectionRule} row
   */
  public WorkspaceConnectionStatus disconnectUser(String workspaceId) {
    return hook(state -> Engine.disconnectUser(state, scope, workspaceId));
  }

  private WorkspaceConnectionStatus hook(java.util.function.Function<State, Outcome> step) {
    return ((DescribeWorkspacesConnectionStatusResult) responseOf(cell.update(step)))
        .workspacesConnectionStatus().get(0);
  }

  /** Returns {@code outcome}'s response, or throws its refusal as the error code's exception. */
  private static WorkspacesResponse responseOf(Outcome outcome) {
    if (outcome.error().isPresent()) {
      throw outcome.error().get().toException();
    }
    return outcome.response().orElseThrow();
  }

  /** Adds a directory to the catalogue of directories that can be registered. */
  public void addDirectory(CatalogueDirectory directory) {
    replace(state -> state.withCatalogue(state.catalogue().with(directory)));
  }

  /** Replaces the whole state, for example with {@code State.initial(seed)} to reset. */
  public void replace(UnaryOperator<State> change) {
    cell.replace(change);
  }

  /** Returns the current state, for assertions. */
  public State snapshot() {
    return cell.get();
  }
}
