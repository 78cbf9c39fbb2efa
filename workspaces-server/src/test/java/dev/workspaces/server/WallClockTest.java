package dev.workspaces.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.workspaces.WorkSpacesClient;
import software.amazon.awssdk.services.workspaces.model.WorkspaceState;

/** In wall mode virtual time follows an injected wall clock, scaled; nothing here sleeps. */
class WallClockTest {
  private static final long SECOND = 1_000_000_000L;

  private final AtomicLong wall = new AtomicLong(42 * SECOND);

  private TestServer start() {
    return TestServer.start(ServerConfig.defaults().withPort(0).withWallNanos(wall::get));
  }

  @Test
  void aNewWorkspaceIsAvailableAfterThreeSecondsAtTheDefaultScale() {
    try (TestServer server = start()) {
      WorkSpacesClient client = server.client();
      client.registerWorkspaceDirectory(r -> r.directoryId(TestServer.DIRECTORY));
      wall.addAndGet(SECOND); // 400 virtual seconds: the directory is REGISTERED
      String id = TestServer.createWorkspace(client, "alice");

      wall.addAndGet(2_900_000_000L);
      assertEquals(WorkspaceState.PENDING, state(client, id));
      wall.addAndGet(100_000_000L);
      assertEquals(WorkspaceState.AVAILABLE, state(client, id));
    }
  }

  @Test
  void virtualTimeIsTheScaledWallTimeAndAdvanceAddsToIt() {
    try (TestServer server = start()) {
      Instant start = server.server.snapshot().clock();
      wall.addAndGet(SECOND / 2);
      assertEquals(start.plusSeconds(200), server.server.snapshot().clock());
      server.advance(1000);
      wall.addAndGet(SECOND / 4);
      assertEquals(start.plusSeconds(200 + 1000 + 100), server.server.snapshot().clock());
    }
  }

  @Test
  void resetRestartsTheMappingFromTheInitialClock() {
    try (TestServer server = start()) {
      Instant start = server.server.snapshot().clock();
      wall.addAndGet(10 * SECOND);
      assertEquals(200, server.post("/_admin/reset", "").status());
      assertEquals(start, server.server.snapshot().clock());
      wall.addAndGet(SECOND);
      assertEquals(start.plus(Duration.ofSeconds(400)), server.server.snapshot().clock());
    }
  }

  @Test
  void manualModeIgnoresTheWallClock() {
    try (TestServer server = TestServer.start(ServerConfig.defaults().withPort(0)
        .withClockMode(ClockMode.MANUAL).withWallNanos(wall::get))) {
      Instant start = server.server.snapshot().clock();
      wall.addAndGet(100 * SECOND);
      assertEquals(start, server.server.snapshot().clock());
      server.advance(30);
      assertEquals(start.plusSeconds(30), server.server.snapshot().clock());
    }
  }

  private static WorkspaceState state(WorkSpacesClient client, String id) {
    return client.describeWorkspaces(r -> r.workspaceIds(id)).workspaces().get(0).state();
  }
}
