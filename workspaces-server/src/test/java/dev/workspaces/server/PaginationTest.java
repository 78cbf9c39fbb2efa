package dev.workspaces.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.services.workspaces.WorkSpacesClient;
import software.amazon.awssdk.services.workspaces.model.DescribeWorkspacesResponse;
import software.amazon.awssdk.services.workspaces.model.Workspace;

/** The SDK's paginator walks the server's DescribeWorkspaces pages and sees every WorkSpace once. */
class PaginationTest {
  private TestServer server;
  private WorkSpacesClient client;
  private final List<String> created = new ArrayList<>();

  @BeforeEach
  void start() {
    server = TestServer.start();
    client = server.client();
    server.registerDirectory(client);
    for (String user : List.of("ann", "ben", "cat", "dan", "eve")) {
      created.add(TestServer.createWorkspace(client, user));
    }
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2})
  void thePaginatorSeesEveryWorkspaceOnce(int limit) {
    List<DescribeWorkspacesResponse> pages = client.describeWorkspacesPaginator(
        r -> r.directoryId(TestServer.DIRECTORY).limit(limit)).stream().toList();
    List<String> seen = pages.stream()
        .flatMap(page -> page.workspaces().stream()).map(Workspace::workspaceId).toList();

    assertEquals(new TreeSet<>(created), new TreeSet<>(seen));
    assertEquals(5, seen.size(), "each WorkSpace once: " + seen);
    assertEquals((5 + limit - 1) / limit, pages.size());
    for (DescribeWorkspacesResponse page : pages.subList(0, pages.size() - 1)) {
      assertNotNull(page.nextToken());
      assertEquals(limit, page.workspaces().size());
    }
    assertEquals(null, pages.get(pages.size() - 1).nextToken());
  }
}
