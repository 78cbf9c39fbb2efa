package dev.workspaces.engine.op;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.workspaces.engine.Outcome;
import dev.workspaces.engine.Scope;
import dev.workspaces.engine.State;
import dev.workspaces.model.WorkspacesRequest;
import org.apiguardian.api.API;

/**
 * What the engine hands to {@link SimulatedOperations} along with a request: the state the request
 * applies to and the caller's scope.
 *
 * @param state the state before the request
 * @param scope the caller's account and region
 */
@API(status = INTERNAL)
public record Call(State state, Scope scope) {

  /** Returns what {@code handler} decides for {@code request} in this call's state and scope. */
  public <R extends WorkspacesRequest> Outcome run(Handler<R> handler, R request) {
    return handler.handle(state, scope, request);
  }
}
