package dev.workspaces.junit;

import dev.workspaces.server.ClockMode;
import dev.workspaces.server.Profile;
import dev.workspaces.server.ServerConfig;
import dev.workspaces.server.WorkspacesEndpoint;
import dev.workspaces.server.WorkspacesServer;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Makes the views that need workspaces-server; loaded only when a test asks for one. */
final class ServerViews {
  private ServerViews() {}

  /** Returns an endpoint over the fake's state, configured on a free loopback port. */
  static WorkspacesEndpoint endpoint(Views views) {
    Settings settings = views.settings();
    return WorkspacesEndpoint.over(views.fake(), ServerConfig.defaults()
        .withPort(0)
        .withSeed(settings.seed())
        .withProfile(profile(settings.profile()))
        .withClockMode(clockMode(settings.clock())));
  }

  /** Returns a server started on the endpoint view, closed with the state. */
  static WorkspacesServer server(Views views) {
    try {
      WorkspacesServer server = WorkspacesServer.start((WorkspacesEndpoint) views.get(View.ENDPOINT));
      views.closeLater(server);
      return server;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start a WorkspacesServer on a loopback port", e);
    }
  }

  private static Profile profile(WorkspacesTest.Profile profile) {
    return switch (profile) {
      case REALISTIC -> Profile.REALISTIC;
      case INSTANT -> Profile.INSTANT;
    };
  }

  private static ClockMode clockMode(WorkspacesTest.Clock clock) {
    return switch (clock) {
      case MANUAL -> ClockMode.MANUAL;
      case WALL -> ClockMode.WALL;
    };
  }
}
