package dev.workspaces.awssdk;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.workspaces.engine.Scope;
import dev.workspaces.engine.WorkspacesFake;
import dev.workspaces.engine.catalogue.AmazonBundles;
import dev.workspaces.model.WorkspaceRequest;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.workspaces.WorkSpacesClient;
import software.amazon.awssdk.services.workspaces.model.Workspace;

/** A client made over a fake shares the fake's state in both directions. */
class ClientOverFakeTest {
  private static final String DIRECTORY = "d-1234567890";

  @Test
  void whatTheFakeSeedsTheClientSeesAndTheOtherWayRound() {
    WorkspacesFake fake = WorkspacesFake.create();
    WorkSpacesClient client = InProcessWorkspaces.client(fake);
    fake.registerWorkspaceDirectory(r -> r.directoryId(DIRECTORY));
    fake.advance(Duration.ofMinutes(1));
    String id = fake.createWorkspaces(r -> r.addWorkspace(WorkspaceRequest.builder()
            .directoryId(DIRECTORY).userName("alice").bundleId(AmazonBundles.STANDARD_WINDOWS).build()))
        .pendingRequests().get(0).workspaceId().orElseThrow();

    assertEquals(List.of(id), client.describeWorkspaces().workspaces().stream().map(Workspace::workspaceId).toList());

    client.createTags(r -> r.resourceId(id).tags(t -> t.key("team").value("blue")));
    assertEquals("blue", fake.describeTags(r -> r.resourceId(id)).tagList().get(0).value().orElseThrow());
  }

  @Test
  void aClientOfAnotherAccountSeesThatAccountsViewOfTheFake() {
    WorkspacesFake fake = WorkspacesFake.create();
    WorkSpacesClient other = InProcessWorkspaces.client(fake, "210987654321", Region.EU_WEST_1);
    other.registerWorkspaceDirectory(r -> r.directoryId(DIRECTORY));

    WorkspacesFake sameScope = fake.as(new Scope("210987654321", "eu-west-1"));
    assertEquals(1, sameScope.describeWorkspaceDirectories(r -> { }).directories().size());
    assertEquals(0, fake.describeWorkspaceDirectories(r -> { }).directories().size());
  }
}
