package dev.workspaces.server;

import dev.workspaces.server.http.HttpReply;
import dev.workspaces.server.http.RequestHandler;
import java.util.function.Function;
import java.util.function.LongSupplier;
import org.jspecify.annotations.Nullable;

/**
 * The {@link WorkspacesEndpoint} as the HTTP transport's {@link RequestHandler}, telling the
 * {@link RequestLog} (when there is one) of every request.
 */
final class EndpointRequestHandler implements RequestHandler {
  private static final String NONE = "-";

  private final WorkspacesEndpoint endpoint;
  private final @Nullable RequestLog log;
  private final LongSupplier nanos;

  /**
   * @param log the log told of every request, or {@code null} for none
   * @param nanos the clock that times requests for the log
   */
  EndpointRequestHandler(WorkspacesEndpoint endpoint, @Nullable RequestLog log, LongSupplier nanos) {
    this.endpoint = endpoint;
    this.log = log;
    this.nanos = nanos;
  }

  @Override
  public HttpReply handle(
      String method, String path, Function<String, @Nullable String> header, byte[] body) {
    if (log == null) {
      return endpoint.handle(method, path, header, body);
    }
    if (!log.logsRequests()) {
      EndpointReply reply = endpoint.handle(method, path, header, body);
      log.request(method, path, null, NONE, reply.status(), 0); // counted for the stop line
      return reply;
    }
    long start = nanos.getAsLong();
    EndpointReply reply = endpoint.handle(method, path, header, body);
    long micros = (nanos.getAsLong() - start) / 1000;
    String account = method.equals("POST") && path.equals("/")
        ? endpoint.accountOf(header.apply("Authorization")) : NONE;
    log.request(method, path, header.apply("X-Amz-Target"), account, reply.status(), micros);
    return reply;
  }

  @Override
  public HttpReply tooLarge() {
    return refused(endpoint.tooLarge());
  }

  @Override
  public HttpReply badRequest(String reason) {
    return refused(endpoint.badRequest(reason));
  }

  private EndpointReply refused(EndpointReply reply) {
    if (log != null) {
      log.request(NONE, NONE, null, NONE, reply.status(), 0);
    }
    return reply;
  }
}
