package dev.workspaces.examples;

import dev.workspaces.engine.State;
import dev.workspaces.engine.WorkspacesFake;
import dev.workspaces.engine.catalogue.AmazonBundles;
import dev.workspaces.model.Workspace;
import dev.workspaces.model.error.WorkspacesException;
import dev.workspaces.model.response.CreateWorkspacesResult;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A runnable tour of the library: registers a directory, creates WorkSpaces, moves virtual time,
 * then reboots, stops, starts, rebuilds and terminates, printing the states it sees at each step.
 */
public final class Tour {
  private static final String DIRECTORY = "d-1234567890";

  private final WorkspacesFake workspaces = WorkspacesFake.create(State.initial(2026));
  private final java.io.PrintStream out;

  Tour(java.io.PrintStream out) {
    this.out = out;
  }

  public static void main(String[] args) {
    new Tour(System.out).run();
  }

  void run() {
    step("register directory " + DIRECTORY, () -> workspaces.registerWorkspaceDirectory(r -> r.directoryId(DIRECTORY)));
    advance(Duration.ofMinutes(1));
    CreateWorkspacesResult created = workspaces.createWorkspaces(r -> r
        .addWorkspace(item("alice"))
        .addWorkspace(item("bob")));
    List<String> ids = created.pendingRequests().stream().map(w -> w.workspaceId().orElseThrow()).toList();
    show("create WorkSpaces for alice and bob");
    advance(Duration.ofMinutes(20));
    String alice = ids.get(0);
    step("reboot " + alice, () -> workspaces.rebootWorkspaces(r -> r.addRebootWorkspaceRequest(
        dev.workspaces.model.RebootRequest.builder().workspaceId(alice).build())));
    advance(Duration.ofMinutes(3));
    step("stop " + alice, () -> workspaces.stopWorkspaces(r -> r.addStopWorkspaceRequest(
        dev.workspaces.model.StopRequest.builder().workspaceId(alice).build())));
    advance(Duration.ofMinutes(2));
    step("start " + alice, () -> workspaces.startWorkspaces(r -> r.addStartWorkspaceRequest(
        dev.workspaces.model.StartRequest.builder().workspaceId(alice).build())));
    advance(Duration.ofMinutes(2));
    step("rebuild " + alice, () -> workspaces.rebuildWorkspaces(r -> r.addRebuildWorkspaceRequest(
        dev.workspaces.model.RebuildRequest.builder().workspaceId(alice).build())));
    advance(Duration.ofMinutes(30));
    try {
      workspaces.restoreWorkspace(r -> r.workspaceId("ws-000000000"));
    } catch (WorkspacesException refused) {
      out.println("restore an unknown WorkSpace -> " + refused.errorCode().code() + ": " + refused.getMessage());
    }
    step("terminate both", () -> workspaces.terminateWorkspaces(r -> ids.forEach(id -> r.addTerminateWorkspaceRequest(
        dev.workspaces.model.TerminateRequest.builder().workspaceId(id).build()))));
    advance(Duration.ofMinutes(5));
    advance(Duration.ofHours(1));
  }

  private static dev.workspaces.model.WorkspaceRequest item(String user) {
    return dev.workspaces.model.WorkspaceRequest.builder().directoryId(DIRECTORY).userName(user)
        .bundleId(AmazonBundles.STANDARD_WINDOWS).build();
  }

  private void step(String what, Runnable call) {
    call.run();
    show(what);
  }

  private void advance(Duration duration) {
    workspaces.advance(duration);
    show("advance " + duration.toString().substring(2).toLowerCase());
  }

  private void show(String what) {
    String directories = workspaces.describeWorkspaceDirectories(r -> {}).directories().stream()
        .map(d -> d.directoryId().orElseThrow() + "=" + d.stateAsString().orElse("?"))
        .collect(Collectors.joining(", "));
    List<Workspace> all = workspaces.describeWorkspaces(r -> {}).workspaces();
    String states = all.isEmpty() ? "(no WorkSpaces)" : all.stream()
        .map(w -> w.userName().orElse("?") + ":" + w.workspaceId().orElseThrow() + "=" + w.stateAsString().orElse("?"))
        .collect(Collectors.joining(", "));
    out.printf("%-32s | clock %s | directories [%s] | %s%n", what,
        workspaces.snapshot().clock(), directories, states);
  }
}
