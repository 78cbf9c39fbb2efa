package dev.workspaces.server.http;

import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Answers what Jetty's parser refuses (a malformed request line or header, a head over the limit,
 * a missing {@code Host}, conflicting framing headers) with the handler's 400, which closes the
 * connection; Jetty's own status and reason become the message.
 */
final class BadMessageHandler implements Request.Handler {
  private final RequestHandler handler;

  BadMessageHandler(RequestHandler handler) {
    this.handler = handler;
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    Object status = request.getAttribute(ErrorHandler.ERROR_STATUS);
    Object message = request.getAttribute(ErrorHandler.ERROR_MESSAGE);
    String reason = message == null ? "status " + status : String.valueOf(message);
    ExchangeHandler.write(request, response, handler.badRequest(reason), callback);
    return true;
  }
}
