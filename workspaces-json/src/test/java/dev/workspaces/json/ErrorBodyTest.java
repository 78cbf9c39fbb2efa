package dev.workspaces.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.workspaces.model.error.ComputeNotCompatibleException;
import dev.workspaces.model.error.ErrorCode;
import dev.workspaces.model.error.ErrorShape;
import dev.workspaces.model.error.OperationNotSupportedException;
import dev.workspaces.model.error.ResourceNotFoundException;
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
        new String(WorkspacesJson.encodeError(
            CodecError.serialization("Expected a list at 'Workspaces', found an object")), UTF_8));
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
    assertEquals(CodecError.serialization("The error body names an unknown error type: SomethingNewException"),
        decode("{\"__type\":\"SomethingNewException\",\"message\":\"x\"}").error());
    assertEquals(CodecError.serialization("The error body has no __type, so it names no error"),
        decode("{\"code\":\"ResourceNotFoundException\",\"message\":\"x\"}").error());
    assertEquals(CodecError.serialization("The error body has no __type, so it names no error"),
        decode("").error());
    assertEquals(CodecError.serialization("Expected a string at '__type' of the error body"),
        decode("{\"__type\":1}").error());
  }

  @Test
  void protocolErrorWithoutShapeComesBackAsItsCode() {
    assertEquals(new CodecError(ErrorCode.THROTTLING_EXCEPTION, "Rate exceeded"),
        decode("{\"__type\":\"ThrottlingException\",\"message\":\"Rate exceeded\"}").error());
    assertEquals(new CodecError(ErrorCode.SERIALIZATION_EXCEPTION, "bad"),
        decode(new String(WorkspacesJson.encodeError(CodecError.serialization("bad")), UTF_8)).error());
  }

  @Test
  void malformedErrorBodyIsASerializationFailure() {
    assertEquals(ErrorCode.SERIALIZATION_EXCEPTION, decode("<html>400</html>").error().code());
    assertEquals(ErrorCode.SERIALIZATION_EXCEPTION,
        decode("{\"__type\":\"ResourceNotFoundException\",\"ResourceId\":5}").error().code());
    assertEquals(ErrorCode.SERIALIZATION_EXCEPTION,
        decode("{\"__type\":\"ResourceNotFoundException\"} []").error().code());
  }

  private static String encode(ErrorShape error) {
    return new String(WorkspacesJson.encodeError(error), UTF_8);
  }

  private static DecodeResult<ErrorShape> decode(String body) {
    return WorkspacesJson.decodeError(body.getBytes(UTF_8));
  }
}
