package dev.workspaces.server;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.concurrent.Semaphore;

/**
 * Turns one HTTP request read off a connection into the endpoint's reply: reads the body within
 * the size limit (answering {@code Expect: 100-continue} first), and hands method, path, headers
 * and body to the {@link WorkspacesEndpoint}, which sends {@code POST /} to the API and
 * {@code /_admin/*} to the admin handler and answers everything else with 404 or 405.
 *
 * <p>At most {@link ServerConfig#threads()} requests are handled at once; further ones wait for
 * a turn (their bodies already read). Thread-safe.
 */
final class Router {
  static final String CONTENT_TYPE = "application/x-amz-json-1.1";

  /** Sends {@code 100 Continue} on the request's connection. */
  interface Continuation {
    void send() throws IOException;
  }

  private final WorkspacesEndpoint endpoint;
  private final long maxBodyBytes;
  private final Semaphore turns;

  Router(WorkspacesEndpoint endpoint, long maxBodyBytes, int threads) {
    this.endpoint = endpoint;
    this.maxBodyBytes = maxBodyBytes;
    this.turns = new Semaphore(threads);
  }

  /**
   * Returns the reply to the request {@code head} introduces, reading its body from {@code in}.
   *
   * @throws MalformedRequestException if the body's framing is malformed
   * @throws IOException if the connection fails
   */
  EndpointReply reply(RequestHead head, InputStream in, Continuation continuation) throws IOException {
    if (head.expectsContinue()) {
      if (BodyReader.declaredLength(head) > maxBodyBytes) {
        return endpoint.tooLarge(); // the client sends nothing more; the reply closes the connection
      }
      continuation.send();
    }
    Optional<byte[]> body = BodyReader.read(in, head, maxBodyBytes);
    if (body.isEmpty()) {
      return endpoint.tooLarge();
    }
    turns.acquireUninterruptibly();
    try {
      return endpoint.handle(head.method(), head.path(), head::header, body.get());
    } finally {
      turns.release();
    }
  }

  /** Returns the 400 reply for bytes that are not a readable HTTP request. */
  EndpointReply badRequest(String reason) {
    return endpoint.badRequest(reason);
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
}
