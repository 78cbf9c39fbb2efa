package dev.workspaces.engine.op;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.workspaces.engine.Outcome;
import dev.workspaces.engine.Scope;
import dev.workspaces.engine.State;
import dev.workspaces.model.WorkspacesRequest;
import org.apiguardian.api.API;

/**
 * Decides one operation: given a state, the caller's scope and a request that already passed
 * schema validation, returns the next state and a response, or a refusal with the state unchanged.
 *
 * @param <R> the operation's request type
 */
@API(status = INTERNAL)
@FunctionalInterface
public interface Handler<R extends WorkspacesRequest> {

  /** Applies {@code request}; must not throw for any valid request value. */
  Outcome handle(State state, Scope scope, R request);
}
