package dev.workspaces.server;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Optional;

/**
 * The server's only {@link HttpHandler}: sends {@code POST /} to the {@link ApiHandler} and
 * {@code /_admin/*} to the {@link AdminHandler}, answers everything else with 404 or 405, and
 * writes every reply with the common headers ({@code Content-Type: application/x-amz-json-1.1},
 * {@code x-amzn-RequestId}, and {@code X-Amzn-ErrorType} on errors).
 *
 * <p>An unexpected exception becomes a 500 {@code InternalFailure} reply; a broken connection is
 * closed without a reply.
 */
final class Router implements HttpHandler {
  static final String CONTENT_TYPE = "application/x-amz-json-1.1";

  private final WorkspacesEndpoint endpoint;
  private final long maxBodyBytes;

  Router(WorkspacesEndpoint endpoint, long maxBodyBytes) {
    this.endpoint = endpoint;
    this.maxBodyBytes = maxBodyBytes;
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    EndpointReply reply;
    try {
      Optional<byte[]> body = BodyReader.read(exchange, maxBodyBytes);
      Headers headers = exchange.getRequestHeaders();
      reply = body.isEmpty() ? endpoint.tooLarge() : endpoint.handle(exchange.getRequestMethod(),
          exchange.getRequestURI().getRawPath(), headers::getFirst, body.get());
    } catch (IOException broken) {
      exchange.close();
      return;
    }
    send(exchange, reply);
  }

  /** Returns the 404 reply for a path this server does not serve. */
  static Reply notFound(String path) {
    return Reply.httpError(404, "NotFoundException",
        "No such path: " + path + ". WorkSpaces requests are POST / with X-Amz-Target; admin paths are under "
            + AdminHandler.PREFIX);
  }

  /** Returns the 405 reply for a path served only with {@code allowed}. */
  static Reply methodNotAllowed(String method, String path, String allowed) {
    return Reply.httpError(405, "MethodNotAllowedException",
        method + " is not allowed on " + path + "; use " + allowed).withHeader("Allow", allowed);
  }

  private static void send(HttpExchange exchange, EndpointReply reply) throws IOException {
    Headers headers = exchange.getResponseHeaders();
    reply.headers().forEach(headers::set);
    boolean head = exchange.getRequestMethod().equals("HEAD");
    exchange.sendResponseHeaders(reply.status(), head || reply.body().length == 0 ? -1 : reply.body().length);
    if (!head) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(reply.body());
      }
    }
    exchange.close();
  }
}
