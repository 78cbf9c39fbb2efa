package dev.workspaces.server.http;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.function.Function;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * What the transport hands each request to, and asks for the two replies it makes on its own.
 *
 * <p>The replies for a body over the limit and for bytes that are not HTTP close the connection,
 * so they must carry {@code Connection: close}. Implementations are called from many connection
 * threads at once, at most as many at a time as {@link HttpListener} was started with.
 */
@API(status = INTERNAL)
public interface RequestHandler {
  /**
   * Returns the reply to one request whose body has been read in full.
   *
   * @param method the method, as sent ({@code POST})
   * @param path the raw path of the request target ({@code /} or {@code /_admin/state})
   * @param header looks a request header up by name, case-insensitively ({@code null} when absent)
   * @param body the body; zero bytes when the request has none
   */
  HttpReply handle(String method, String path, Function<String, @Nullable String> header, byte[] body);

  /** Returns the reply for a body over the limit, with {@code Connection: close}. */
  HttpReply tooLarge();

  /** Returns the reply for bytes that are not a readable HTTP request, with {@code Connection: close}. */
  HttpReply badRequest(String reason);
}
