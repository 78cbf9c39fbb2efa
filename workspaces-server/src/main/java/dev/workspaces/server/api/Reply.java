package dev.workspaces.server.api;

import static org.apiguardian.api.API.Status.INTERNAL;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.google.common.collect.ImmutableSortedMap;
import dev.workspaces.engine.ServiceError;
import dev.workspaces.json.WorkspacesJson;
import dev.workspaces.model.error.ErrorCode;
import dev.workspaces.model.error.WorkspacesException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * One HTTP reply before it is sent: status, JSON body, and the error type for
 * {@code X-Amzn-ErrorType} when it is an error.
 *
 * <h2>Status rules</h2>
 * 200 for success; 400 for every refusal of the request, modeled or not; 500 only for
 * {@code InternalFailure}, which means a fault of ours (clients retry it). The other statuses
 * (400 for unreadable HTTP, 404, 405, 413) are the endpoint's {@link #httpError}s.
 *
 * @param status the HTTP status
 * @param errorType the short error name, present exactly for error replies
 * @param body the UTF-8 JSON body
 * @param headers further headers, such as {@code Allow} on a 405
 */
@API(status = INTERNAL)
public record Reply(int status, Optional<String> errorType, byte[] body, ImmutableSortedMap<String, String> headers) {
  private static final JsonFactory JSON = new JsonFactory();

  /** Returns a 200 reply with {@code body}. */
  public static Reply ok(byte[] body) {
    return new Reply(200, Optional.empty(), body, ImmutableSortedMap.of());
  }

  /** Returns the reply for an engine refusal, with the modeled members (such as ResourceId). */
  public static Reply of(ServiceError error) {
    return of(error.toException());
  }

  /** Returns the reply for an error of the engine, the codec or the server, with all its members. */
  public static Reply of(WorkspacesException error) {
    ErrorCode code = error.errorCode();
    return new Reply(statusOf(code), Optional.of(code.code()), WorkspacesJson.encodeError(error),
        ImmutableSortedMap.of());
  }

  /** Returns the reply for a protocol error (400, or 500 for {@code InternalFailure}). */
  public static Reply of(ErrorCode code, String message) {
    return of(WorkspacesException.of(code, message));
  }

  /** Returns an error reply with a status and a type that {@link ErrorCode} does not list. */
  public static Reply httpError(int status, String type, String message) {
    return new Reply(status, Optional.of(type), errorBody(type, message), ImmutableSortedMap.of());
  }

  /** Returns a copy with one more header. */
  public Reply withHeader(String name, String value) {
    return new Reply(status, errorType, body,
        ImmutableSortedMap.<String, String>naturalOrder().putAll(headers).put(name, value).buildOrThrow());
  }

  private static int statusOf(ErrorCode code) {
    return code == ErrorCode.INTERNAL_FAILURE ? 500 : 400;
  }

  /** Returns {@code {"__type":type,"message":message}}. */
  private static byte[] errorBody(String type, String message) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator json = JSON.createGenerator(out)) {
      json.writeStartObject();
      json.writeStringField("__type", type);
      json.writeStringField("message", message);
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException("writing JSON to memory cannot fail", e);
    }
    return out.toByteArray();
  }
}
