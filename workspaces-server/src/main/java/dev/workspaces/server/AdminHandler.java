package dev.workspaces.server;

import dev.workspaces.engine.State;
import java.time.Duration;

/**
 * Answers the {@code /_admin/} endpoints that tests and scripts use to control the simulated
 * service (documented on {@link WorkspacesServer}). None of them is part of the WorkSpaces API.
 */
final class AdminHandler {
  static final String PREFIX = "/_admin/";

  private final StateHolder state;
  private final String defaultRegion;

  AdminHandler(StateHolder state, ServerConfig config) {
    this.state = state;
    this.defaultRegion = config.defaultRegion();
  }

  /** Returns the reply to {@code method path} with {@code body}. */
  Reply handle(String method, String path, byte[] body) {
    String expected = switch (path) {
      case PREFIX + "reset", PREFIX + "advance", PREFIX + "directories" -> "POST";
      case PREFIX + "state" -> "GET";
      default -> "";
    };
    if (expected.isEmpty()) {
      return Router.notFound(path);
    }
    if (!expected.equals(method)) {
      return Router.methodNotAllowed(method, path, expected);
    }
    try {
      return switch (path) {
        case PREFIX + "reset" -> Reply.ok(AdminJson.clock(state.reset().clock()));
        case PREFIX + "advance" -> advance(AdminBodies.advance(body));
        case PREFIX + "directories" -> addDirectory(DirectoryAddition.parse(body, defaultRegion));
        default -> Reply.ok(StateDump.of(state.read()));
      };
    } catch (AdminBodyException e) {
      return Reply.of(e.error());
    }
  }

  private Reply advance(Duration duration) {
    State next = state.advance(duration);
    return Reply.ok(AdminJson.clock(next.clock()));
  }

  private Reply addDirectory(DirectoryAddition addition) {
    state.replace(current -> current.withCatalogue(addition.applyTo(current.catalogue())));
    return Reply.ok(new byte[] {'{', '}'});
  }
}
