package dev.workspaces.server;

import dev.workspaces.server.admin.AdminEndpoint;
import dev.workspaces.server.admin.AdminHandler;
import dev.workspaces.server.api.ApiHandler;
import dev.workspaces.server.api.Reply;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Sends a request to the handler its path names: {@code POST /} to the API, the paths of
 * {@link AdminEndpoint} to the admin handler. Any other path gets 404 {@code NotFoundException};
 * a known path with another method gets 405 {@code MethodNotAllowedException} with {@code Allow}.
 */
final class Routes {
  private static final String API_PATH = "/";
  private static final String API_METHOD = "POST";

  private final ApiHandler api;
  private final AdminHandler admin;

  Routes(ApiHandler api, AdminHandler admin) {
    this.api = api;
    this.admin = admin;
  }

  /**
   * Returns the reply to one request.
   *
   * @param header looks a request header up by name, case-insensitively ({@code null} when absent)
   */
  Reply reply(String method, String path, Function<String, @Nullable String> header, byte[] body) {
    if (path.equals(API_PATH)) {
      return method.equals(API_METHOD)
          ? api.handle(header, body)
          : methodNotAllowed(method, path, API_METHOD);
    }
    Optional<AdminEndpoint> endpoint = AdminEndpoint.at(path);
    if (endpoint.isEmpty()) {
      return notFound(path);
    }
    if (!endpoint.get().method().equals(method)) {
      return methodNotAllowed(method, path, endpoint.get().method());
    }
    return admin.handle(endpoint.get(), body);
  }

  /** Returns the 404 reply for a path this server does not serve. */
  private static Reply notFound(String path) {
    return Reply.httpError(404, "NotFoundException",
        "No such path: " + path + ". WorkSpaces requests are POST / with X-Amz-Target; admin paths are under "
            + AdminEndpoint.PREFIX);
  }

  /** Returns the 405 reply for a path served only with {@code allowed}. */
  private static Reply methodNotAllowed(String method, String path, String allowed) {
    return Reply.httpError(405, "MethodNotAllowedException",
        method + " is not allowed on " + path + "; use " + allowed).withHeader("Allow", allowed);
  }
}
