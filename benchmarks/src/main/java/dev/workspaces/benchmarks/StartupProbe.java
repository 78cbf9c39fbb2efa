package dev.workspaces.benchmarks;

import dev.workspaces.engine.WorkspacesFake;
import dev.workspaces.engine.catalogue.AmazonBundles;
import dev.workspaces.model.WorkspaceRequest;
import java.lang.management.ManagementFactory;
import java.time.Duration;

/**
 * What a test JVM does first with the fake, run as its own process by {@link StartupTimes}: make a
 * fake, register a directory, create a WorkSpace. Prints one line, {@code ready <jvm-ms> <calls-ms>}:
 * the JVM's uptime when {@code main} began, and how long the calls took after that.
 */
public final class StartupProbe {
  private StartupProbe() {}

  public static void main(String[] args) {
    long uptimeAtMain = ManagementFactory.getRuntimeMXBean().getUptime();
    long start = System.nanoTime();
    WorkspacesFake workspaces = WorkspacesFake.create();
    workspaces.registerWorkspaceDirectory(r -> r.directoryId("d-1234567890"));
    workspaces.advance(Duration.ofMinutes(1));
    int created = workspaces.createWorkspaces(r -> r.addWorkspace(WorkspaceRequest.builder()
        .directoryId("d-1234567890").userName("alice").bundleId(AmazonBundles.STANDARD_WINDOWS).build()))
        .pendingRequests().size();
    if (created != 1) {
      throw new IllegalStateException("the fake created " + created + " WorkSpaces, expected 1");
    }
    System.out.println("ready " + uptimeAtMain + " " + (System.nanoTime() - start) / 1_000_000);
  }
}
