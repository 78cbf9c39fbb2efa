package dev.workspaces.server.http;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.concurrent.Semaphore;

/**
 * Takes one request in off a connection: reads its body within the size limit (answering
 * {@code Expect: 100-continue} first), then hands method, path, headers and body to the
 * {@link RequestHandler} once one of its turns is free.
 *
 * <p>At most {@code concurrentRequests} requests are handled at once; further ones wait for a
 * turn (their bodies already read). Thread-safe.
 */
final class RequestIntake {
  /** Sends {@code 100 Continue} on the request's connection. */
  interface Continuation {
    void send() throws IOException;
  }

  private final RequestHandler handler;
  private final long maxBodyBytes;
  private final Semaphore turns;

  RequestIntake(RequestHandler handler, long maxBodyBytes, int concurrentRequests) {
    this.handler = handler;
    this.maxBodyBytes = maxBodyBytes;
    this.turns = new Semaphore(concurrentRequests);
  }

  /**
   * Returns the reply to the request {@code head} introduces, reading its body from {@code in}.
   *
   * @throws MalformedRequestException if the body's framing is malformed
   * @throws IOException if the connection fails
   */
  HttpReply reply(RequestHead head, InputStream in, Continuation continuation) throws IOException {
    if (head.expectsContinue()) {
      if (BodyReader.declaredLength(head) > maxBodyBytes) {
        return handler.tooLarge(); // the client sends nothing more; the reply closes the connection
      }
      continuation.send();
    }
    Optional<byte[]> body = BodyReader.read(in, head, maxBodyBytes);
    if (body.isEmpty()) {
      return handler.tooLarge();
    }
    turns.acquireUninterruptibly();
    try {
      return handler.handle(head.method(), head.path(), head::header, body.get());
    } finally {
      turns.release();
    }
  }

  /** Returns the 400 reply for bytes that are not a readable HTTP request. */
  HttpReply badRequest(String reason) {
    return handler.badRequest(reason);
  }
}
