package dev.workspaces.server;

import dev.workspaces.server.http.HttpReply;
import dev.workspaces.server.http.RequestHandler;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** The {@link WorkspacesEndpoint} as the HTTP transport's {@link RequestHandler}. */
final class EndpointRequestHandler implements RequestHandler {
  private final WorkspacesEndpoint endpoint;

  EndpointRequestHandler(WorkspacesEndpoint endpoint) {
    this.endpoint = endpoint;
  }

  @Override
  public HttpReply handle(
      String method, String path, Function<String, @Nullable String> header, byte[] body) {
    return endpoint.handle(method, path, header, body);
  }

  @Override
  public HttpReply tooLarge() {
    return endpoint.tooLarge();
  }

  @Override
  public HttpReply badRequest(String reason) {
    return endpoint.badRequest(reason);
  }
}
