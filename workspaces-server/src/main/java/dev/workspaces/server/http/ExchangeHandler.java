package dev.workspaces.server.http;

import java.nio.ByteBuffer;
import java.util.Map;
import java.util.concurrent.Semaphore;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpVersion;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Takes one request in from Jetty: reads the body with {@link BodyReader} (Jetty answers
 * {@code Expect: 100-continue} when the read starts; a body declared over the limit behind
 * {@code Expect}, or over {@link BodyReader#DISCARD_LIMIT}, is refused unread), hands method, raw
 * path, headers and body to the {@link RequestHandler} once one of its turns is free, and writes
 * the reply.
 *
 * <p>It never blocks on the network, so Jetty runs it on the selector thread that read the request,
 * with no hand-over between threads.
 */
final class ExchangeHandler extends Handler.Abstract.NonBlocking {
  private final RequestHandler handler;
  private final long maxBodyBytes;
  private final Semaphore turns;

  ExchangeHandler(RequestHandler handler, HttpLimits limits) {
    this.handler = handler;
    this.maxBodyBytes = limits.maxBodyBytes();
    this.turns = new Semaphore(limits.concurrentRequests());
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    long declared = request.getLength();
    boolean waitsForContinue = request.getHeaders().contains(HttpHeader.EXPECT, "100-continue");
    if (declared > maxBodyBytes && (waitsForContinue || declared > BodyReader.DISCARD_LIMIT)) {
      write(request, response, handler.tooLarge(), callback); // nothing more is read; the reply closes
      return true;
    }
    BodyReader.read(request, maxBodyBytes, new BodyReader.Outcome() {
      @Override
      public void body(byte[] body) {
        write(request, response, answer(request, body), callback);
      }

      @Override
      public void tooLarge() {
        write(request, response, handler.tooLarge(), callback);
      }

      @Override
      public void malformed(String reason) {
        write(request, response, handler.badRequest(reason), callback);
      }
    });
    return true;
  }

  private HttpReply answer(Request request, byte[] body) {
    HttpFields headers = request.getHeaders();
    turns.acquireUninterruptibly();
    try {
      return handler.handle(request.getMethod(), request.getHttpURI().getPath(), headers::get, body);
    } finally {
      turns.release();
    }
  }

  /**
   * Writes {@code reply} as it is; an HTTP/1.0 request that did not ask to keep its connection is
   * told {@code Connection: close}.
   */
  static void write(Request request, Response response, HttpReply reply, Callback callback) {
    response.setStatus(reply.status());
    HttpFields.Mutable fields = response.getHeaders();
    for (Map.Entry<String, String> header : reply.headers().entrySet()) {
      if (!header.getKey().equalsIgnoreCase("Content-Length")) {
        fields.put(header.getKey(), header.getValue());
      }
    }
    if (request.getConnectionMetaData().getHttpVersion() == HttpVersion.HTTP_1_0
        && !request.getHeaders().contains(HttpHeader.CONNECTION, "keep-alive")
        && !fields.contains(HttpHeader.CONNECTION)) {
      fields.put(HttpHeader.CONNECTION, "close");
    }
    response.write(true, ByteBuffer.wrap(reply.body()), callback);
  }
}
