package dev.workspaces.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.workspaces.model.error.ComputeNotCompatibleException;
import dev.workspaces.model.error.ErrorCode;
import dev.workspaces.model.error.OperationNotSupportedException;
import dev.workspaces.model.error.ResourceNotFoundException;
import dev.workspaces.model.error.SerializationException;
import dev.workspaces.model.error.ThrottlingException;
import dev.workspaces.model.error.WorkspacesException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Error replies: {@code __type} first, then the message, then the other members; and reading them back. */
class ErrorBodyTest {
  private static final ResourceNotFoundException NOT_FOUND =
      ResourceNotFoundException.builder().message("x").resourceId("ws-abc123def").build();

  @Test
  void errorBodyStartsWithTypeThenMessageThenOtherMembers() {
    assertEquals("{\"__type\":\"ResourceNotFoundException\",\"message\":\"x\",\"ResourceId\":\"ws-abc123def\"}",
        encode(NOT_FOUND));
    assertEquals("{\"__type\":\"OperationNotSupportedException\",\"message\":\"no\",\"reason\":\"why\"}",
        encode(OperationNotSupportedException.builder().reason("why").message("no").build()));
  }

  @Test
  void errorShapeWithoutMembersIsJustItsType() {
    assertEquals("{\"__type\":\"ComputeNotCompatibleException\"}", encode(ComputeNotCompatibleException.builder().build()));
  }

  @Test
  void absentMessageIsLeftOut() {
    assertEquals("{\"__type\":\"ResourceNotFoundException\",\"ResourceId\":\"r\"}",
        encode(ResourceNotFoundException.builder().resourceId("r").build()));
  }

  @Test
  void codecErrorBodyCarriesItsCodeAndMessage() {
    assertEquals("{\"__type\":\"SerializationException\",\"message\":\"Expected a list at 'Workspaces', found an object\"}",
        encode(serialization("Expected a list at 'Workspaces', found an object")));
  }

  @Test
  void protocolErrorWithAnEmptyMessageStillSendsIt() {
    assertEquals("{\"__type\":\"InternalFailure\",\"message\":\"\"}",
        encode(WorkspacesException.of(ErrorCode.INTERNAL_FAILURE, "")));
  }

  @Test
  void everyErrorCodeRoundTripsThroughItsOwnClass() {
    for (ErrorCode code : ErrorCode.values()) {
      WorkspacesException error = WorkspacesException.of(code, "m", Optional.of("ws-abc123def"));
      assertEquals(code.schema().javaType(), decode(encode(error)).value().schema().javaType(), code.code());
      assertEquals(error, decode(encode(error)).value(), code.code());
    }
  }

  @Test
  void everyTypeSpellingTheClientsAcceptNamesTheSameError() {
    for (String type : new String[] {"ResourceNotFoundException", "com.amazonaws.workspaces#ResourceNotFoundException",
        "ResourceNotFoundException:http://internal.amazon.com/coral/com.amazonaws.workspaces/",
        "com.amazonaws.workspaces#ResourceNotFoundException:http://internal.amazon.com/coral/"}) {
      assertEquals(NOT_FOUND, decode("{\"__type\":\"" + type + "\",\"message\":\"x\",\"ResourceId\":\"ws-abc123def\"}").value(),
          type);
    }
  }

  @Test
  void capitalMessageIsReadAsTheMessage() {
    assertEquals(NOT_FOUND, decode("{\"Message\":\"x\",\"ResourceId\":\"ws-abc123def\",\"__type\":\"ResourceNotFoundException\"}").value());
  }

  @Test
  void unknownTypeOrMissingTypeIsASerializationFailure() {
    assertEquals(serialization("The error body names an unknown error type: SomethingNewException"),
        decode("{\"__type\":\"SomethingNewException\",\"message\":\"x\"}").error());
    assertEquals(serialization("The error body has no __type, so it names no error"),
        decode("{\"code\":\"ResourceNotFoundException\",\"message\":\"x\"}").error());
    assertEquals(serialization("The error body has no __type, so it names no error"),
        decode("").error());
    assertEquals(serialization("Expected a string at '__type' of the error body"),
        decode("{\"__type\":1}").error());
    assertEquals(serialization("Expected a string at 'Message' of the error body"),
        decode("{\"__type\":\"ThrottlingException\",\"Message\":1}").error());
  }

  @Test
  void protocolErrorComesBackAsItsOwnClass() {
    assertEquals(ThrottlingException.builder().message("Rate exceeded").build(),
        decode("{\"__type\":\"ThrottlingException\",\"message\":\"Rate exceeded\"}").value());
    assertEquals(serialization("bad"), decode(encode(serialization("bad"))).value());
  }

  @Test
  void malformedErrorBodyIsASerializationFailure() {
    assertEquals(ErrorCode.SERIALIZATION_EXCEPTION, decode("<html>400</html>").error().errorCode());
    assertEquals(ErrorCode.SERIALIZATION_EXCEPTION,
        decode("{\"__type\":\"ResourceNotFoundException\",\"ResourceId\":5}").error().errorCode());
    assertEquals(ErrorCode.SERIALIZATION_EXCEPTION,
        decode("{\"__type\":\"ResourceNotFoundException\"} []").error().errorCode());
  }

  private static WorkspacesException serialization(String message) {
    return SerializationException.builder().message(message).build();
  }

  private static String encode(WorkspacesException error) {
    return new String(WorkspacesJson.encodeError(error), UTF_8);
  }

  private static DecodeResult<WorkspacesException> decode(String body) {
    return WorkspacesJson.decodeError(body.getBytes(UTF_8));
  }
}
