package dev.workspaces.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.workspaces.model.Operation;
import dev.workspaces.model.WorkspacesRequest;
import dev.workspaces.model.error.SerializationException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A name given twice in any object is refused with Jackson's message, whether the body is ASCII
 * (read as bytes, duplicates found by the reader) or not (read as text, found by Jackson): known
 * and unknown members, nested structures, map keys, and objects inside skipped members.
 */
class DuplicateNamesTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "{\"ResourceId\":\"ws-abc123def\",\"ResourceId\":\"ws-abc123def\"}"
          + " | Malformed JSON at the top level (line 1, column 42): Duplicate field 'ResourceId'",
      "{\"ResourceId\":\"ws-abc123def\",\"Other\":1,\"Other\":2}"
          + " | Malformed JSON at the top level (line 1, column 47): Duplicate field 'Other'",
      "{\"ResourceId\":\"ws-abc123def\",\"Other\":{\"a\":[{\"b\":1,\"b\":2}]}}"
          + " | Malformed JSON at the top level (line 1, column 54): Duplicate field 'b'",
      "{\"ResourceId\":\"ws-abc123def\",\"Tags\":[{\"Key\":\"a\",\"Key\":\"b\"}]}"
          + " | Malformed JSON at 'Tags.1' (line 1, column 54): Duplicate field 'Key'",
      "{\"ResourceId\":\"ws-abc123def\",\"TagKeys\":null,\"TagKeys\":[\"a\"]}"
          + " | Malformed JSON at the top level (line 1, column 54): Duplicate field 'TagKeys'",
  })
  void isRefusedWithJacksonsMessage(String ascii, String message) {
    assertRefused(ascii, message);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "{\"ResourceId\":\"wsd-12345678\",\"DeviceTypeIos\":{\"LoginMessage\":{\"en_US\":\"a\",\"en_US\":\"b\"}}}",
      "{\"ResourceId\":\"wsd-12345678\",\"DeviceTypeIos\":{\"LoginMessage\":{\"en_US\":\"é\",\"en_US\":\"b\"}}}",
  })
  void aMapKeyGivenTwiceIsRefused(String body) {
    DecodeResult<WorkspacesRequest> result =
        WorkspacesJson.decodeRequest(Operation.IMPORT_CLIENT_BRANDING, body.getBytes(UTF_8));
    assertEquals(SerializationException.builder()
        .message(textPathMessage(Operation.IMPORT_CLIENT_BRANDING, body)).build(), result.error());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "{\"ResourceId\":\"ws-abc123def\",\"Tags\":[{\"Key\":\"é\",\"Key\":\"b\"}]}",
      "{\"ResourceId\":\"ws-abc123déf\",\"ResourceId\":\"x\"}",
  })
  void nonAsciiBodiesAreRefusedTheSameWay(String body) {
    DecodeResult<WorkspacesRequest> result =
        WorkspacesJson.decodeRequest(Operation.CREATE_TAGS, body.getBytes(UTF_8));
    assertEquals(SerializationException.builder()
        .message(textPathMessage(Operation.CREATE_TAGS, body)).build(), result.error());
  }

  private static void assertRefused(String body, String message) {
    DecodeResult<WorkspacesRequest> result =
        WorkspacesJson.decodeRequest(Operation.CREATE_TAGS, body.getBytes(UTF_8));
    assertEquals(DecodeResult.failure(SerializationException.builder().message(message).build()), result, body);
    assertEquals(message, textPathMessage(Operation.CREATE_TAGS, body));
  }

  /** The message of the text path alone, which is Jackson's own duplicate check. */
  private static String textPathMessage(Operation operation, String body) {
    try {
      JsonReader.read(operation.inputSchema(), body, false);
      throw new AssertionError("accepted: " + body);
    } catch (MalformedBodyException e) {
      return e.getMessage();
    }
  }
}
