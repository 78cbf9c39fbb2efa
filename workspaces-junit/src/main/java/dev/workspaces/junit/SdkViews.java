package dev.workspaces.junit;

import dev.workspaces.awssdk.InProcessWorkspaces;
import dev.workspaces.server.WorkspacesEndpoint;
import software.amazon.awssdk.services.workspaces.WorkSpacesClient;

/** Makes the view that needs workspaces-aws-sdk; loaded only when a test asks for it. */
final class SdkViews {
  private SdkViews() {}

  /** Returns an in-process client of the default account over the endpoint view, closed with the state. */
  static WorkSpacesClient client(Views views) {
    WorkSpacesClient client = InProcessWorkspaces.client((WorkspacesEndpoint) views.get(View.ENDPOINT));
    views.closeLater(client);
    return client;
  }
}
