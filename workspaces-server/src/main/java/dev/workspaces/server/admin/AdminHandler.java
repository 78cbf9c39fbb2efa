package dev.workspaces.server.admin;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.workspaces.engine.Engine;
import dev.workspaces.engine.Outcome;
import dev.workspaces.engine.Scope;
import dev.workspaces.engine.State;
import dev.workspaces.json.WorkspacesJson;
import dev.workspaces.json.state.StateDump;
import dev.workspaces.json.state.StateJson;
import dev.workspaces.json.state.StateJsonException;
import dev.workspaces.model.WorkspaceConnectionStatus;
import dev.workspaces.model.response.DescribeWorkspacesConnectionStatusResult;
import dev.workspaces.server.ServerConfig;
import dev.workspaces.server.api.Reply;
import dev.workspaces.server.state.StateHolder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.apiguardian.api.API;

/**
 * Answers the {@code /_admin/} endpoints that tests and scripts use to control the simulated
 * service (documented on {@code WorkspacesServer}). None of them is part of the WorkSpaces API.
 * Thread-safe.
 */
@API(status = INTERNAL)
public final class AdminHandler {
  private final StateHolder state;
  private final String defaultRegion;

  /** Returns a handler acting on {@code state}; {@code config} gives the default region. */
  public AdminHandler(StateHolder state, ServerConfig config) {
    this.state = state;
    this.defaultRegion = config.defaultRegion();
  }

  /** Returns the reply to a request of {@code endpoint} (with its method) carrying {@code body}. */
  public Reply handle(AdminEndpoint endpoint, byte[] body) {
    try {
      return switch (endpoint) {
        case RESET -> Reply.ok(AdminJson.clock(state.reset().clock()));
        case ADVANCE -> advance(AdminBodies.advance(body));
        case DIRECTORIES -> addDirectory(DirectoryAddition.parse(body, defaultRegion));
        case STATE -> Reply.ok(StateDump.of(state.read()));
        case CONNECT -> connection(ConnectionTarget.parse(body, defaultRegion), Engine::connectUser);
        case DISCONNECT -> connection(ConnectionTarget.parse(body, defaultRegion), Engine::disconnectUser);
        case HEALTH -> Reply.ok(AdminJson.health(state.read()));
        case EXPORT -> Reply.ok(StateJson.write(state.read()).getBytes(StandardCharsets.UTF_8));
        case IMPORT -> importState(body);
      };
    } catch (AdminBodyException e) {
      return Reply.of(e.error());
    }
  }

  private Reply advance(Duration duration) {
    State next = state.advance(duration);
    return Reply.ok(AdminJson.clock(next.clock()));
  }

  /** Replaces the state with the one {@code body} holds; a bad document changes nothing. */
  private Reply importState(byte[] body) throws AdminBodyException {
    State imported;
    try {
      imported = StateJson.read(new String(body, StandardCharsets.UTF_8));
    } catch (StateJsonException e) {
      throw AdminBodyException.serialization("The body is not a state as GET /_admin/export writes it: "
          + e.getMessage());
    }
    return Reply.ok(AdminJson.clock(state.replace(current -> imported).clock()));
  }

  /** The hooks on a user connection: {@code Engine.connectUser} and {@code Engine.disconnectUser}. */
  private interface ConnectionHook {
    Outcome apply(State state, Scope scope, String workspaceId);
  }

  /** Answers with the WorkSpace's connection status afterwards, or the refusal. */
  private Reply connection(ConnectionTarget target, ConnectionHook hook) {
    Outcome outcome = state.apply(current -> hook.apply(current, target.scope(), target.workspaceId()));
    if (outcome.error().isPresent()) {
      return Reply.of(outcome.error().get());
    }
    WorkspaceConnectionStatus status = outcome.responseAs(DescribeWorkspacesConnectionStatusResult.class)
        .workspacesConnectionStatus().get(0);
    return Reply.ok(WorkspacesJson.encode(status));
  }

  private Reply addDirectory(DirectoryAddition addition) {
    state.replace(current -> current.withCatalogue(addition.applyTo(current.catalogue())));
    return Reply.ok(new byte[] {'{', '}'});
  }
}
