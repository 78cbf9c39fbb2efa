package dev.workspaces.json;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.workspaces.model.Operation;
import dev.workspaces.model.Structure;
import dev.workspaces.model.WorkspacesRequest;
import dev.workspaces.model.WorkspacesResponse;
import dev.workspaces.model.error.ErrorCode;
import dev.workspaces.model.error.InternalFailure;
import dev.workspaces.model.error.SerializationException;
import dev.workspaces.model.error.ValidationException;
import dev.workspaces.model.error.WorkspacesException;
import dev.workspaces.model.schema.StructureSchema;
import dev.workspaces.model.validation.Validation;
import dev.workspaces.model.validation.ValidationResult;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Encodes and decodes every WorkSpaces shape in the AWS JSON 1.1 wire form, as the real clients
 * send and accept it.
 *
 * <h2>Encoding</h2>
 * Members in model order under their PascalCase wire names; absent members left out (JSON
 * {@code null} is never written); present lists and maps written even when empty; map entries in
 * insertion order; blobs as base64; timestamps as epoch seconds with at most three fractional
 * digits ({@code 1700000000.123}); non-ASCII as raw UTF-8, escaping only what JSON requires.
 * The output depends only on the value, so it is byte-identical in every run. (Map equality
 * ignores order, so two equal values whose maps were filled in different orders are written
 * differently.)
 *
 * <h2>Decoding</h2>
 * Never throws for any input bytes: every problem is a failed {@link DecodeResult}. Bytes that are
 * not JSON of the expected shape give {@code SerializationException} with a message naming the
 * member path ({@code Workspaces.1.WorkspaceProperties.RunningModeAutoStopTimeoutInMinutes}).
 * Unknown members are ignored at any depth, {@code null} members are absent, and enum members keep
 * whatever string came. A zero-length body counts as {@code {}}, since every client accepts it.
 * The exact rules are on {@link JsonReader} and {@link TimestampFormat}.
 *
 * <h2>Thread safety</h2>
 * All methods are static, pure and thread-safe; they share two Jackson {@code JsonFactory}
 * instances and a cache of per-shape plans, and each thread keeps one spare output array (see
 * {@code JsonOutput}), none of which changes any result.
 */
public final class WorkspacesJson {
  private static final byte[] EMPTY_OBJECT = {'{', '}'};

  private WorkspacesJson() {}

  /** Returns {@code value} as a UTF-8 JSON object. */
  public static byte[] encode(Structure value) {
    return JsonWriter.write(checkNotNull(value, "value"));
  }

  /** Returns {@code value} as JSON text; the same text as {@link #encode}, decoded. */
  public static String encodeToString(Structure value) {
    return new String(encode(value), StandardCharsets.UTF_8);
  }

  /**
   * Returns the body of an error reply: {@code {"__type":"<Code>","message":"..."}} followed by the
   * shape's other members (such as {@code ResourceId} or {@code reason}) in model order; an absent
   * {@code message} is left out. The {@code __type} is the short code, never with a namespace or a
   * suffix. The protocol's own errors, such as {@code SerializationException}, go the same way.
   */
  public static byte[] encodeError(WorkspacesException error) {
    return JsonWriter.writeError(checkNotNull(error, "error"));
  }

  /** Returns the value of {@code schema} that {@code json} holds, without validating it. */
  public static <T> DecodeResult<T> decode(StructureSchema<T, ?> schema, byte[] json) {
    checkNotNull(schema, "schema");
    checkNotNull(json, "json");
    return guarded(() -> DecodeResult.success(read(schema, json)));
  }

  /**
   * Returns the input of {@code operation} that {@code body} holds, validated: a value breaking a
   * model constraint gives {@code ValidationException} with {@link ValidationResult#message()}.
   */
  public static DecodeResult<WorkspacesRequest> decodeRequest(Operation operation, byte[] body) {
    checkNotNull(operation, "operation");
    checkNotNull(body, "body");
    return guarded(() -> {
      WorkspacesRequest request = WorkspacesRequest.class.cast(read(operation.inputSchema(), body));
      ValidationResult result = Validation.validate(request);
      return result.isValid()
          ? DecodeResult.success(request)
          : DecodeResult.failure(ValidationException.builder().message(result.message()).build());
    });
  }

  /** Returns the output of {@code operation} that {@code body} holds, without validating it. */
  public static DecodeResult<WorkspacesResponse> decodeResponse(Operation operation, byte[] body) {
    checkNotNull(operation, "operation");
    checkNotNull(body, "body");
    return guarded(() ->
        DecodeResult.success(WorkspacesResponse.class.cast(read(operation.outputSchema(), body))));
  }

  /**
   * Returns the error that an error reply's body holds, as a client reads it: the value of the
   * class its code names, the protocol's own errors (such as {@code ThrottlingException}) included.
   *
   * <p>The type is {@code __type} with any {@code namespace#} prefix and {@code :suffix} removed;
   * the message is {@code message} or {@code Message} (the later one if a body has both). The
   * result is a failure when the body is malformed or names no known error
   * ({@code SerializationException} with the reason).
   */
  public static DecodeResult<WorkspacesException> decodeError(byte[] body) {
    checkNotNull(body, "body");
    return guarded(() -> readError(StrictUtf8.decode(orEmptyObject(body))));
  }

  private static <T> T read(StructureSchema<T, ?> schema, byte[] body) throws MalformedBodyException {
    return JsonReader.read(schema, orEmptyObject(body));
  }

  private static DecodeResult<WorkspacesException> readError(String json) throws MalformedBodyException {
    ErrorEnvelope envelope = ErrorEnvelope.scan(json);
    if (envelope.type().isEmpty()) {
      throw new MalformedBodyException("The error body has no __type, so it names no error");
    }
    String code = ErrorEnvelope.shortName(envelope.type().get());
    Optional<ErrorCode> errorCode = ErrorCode.fromCode(code);
    if (errorCode.isEmpty()) {
      throw new MalformedBodyException("The error body names an unknown error type: " + code);
    }
    return DecodeResult.success(JsonReader.read(errorCode.get().schema(), json, true));
  }

  private static byte[] orEmptyObject(byte[] body) {
    return body.length == 0 ? EMPTY_OBJECT : body;
  }

  /** The work of one decode call, which may refuse the body. */
  private interface Decoding<T> {
    DecodeResult<T> run() throws MalformedBodyException;
  }

  /** Runs {@code decoding}, turning every way it can fail into a failed result. */
  private static <T> DecodeResult<T> guarded(Decoding<T> decoding) {
    try {
      return decoding.run();
    } catch (MalformedBodyException e) {
      return DecodeResult.failure(SerializationException.builder().message(e.getMessage()).build());
    } catch (RuntimeException e) {
      // A defect of this codec, not of the body; reported, never thrown, as the contract promises.
      return DecodeResult.failure(InternalFailure.builder()
          .message("Internal failure while decoding the body: " + e).build());
    }
  }
}
