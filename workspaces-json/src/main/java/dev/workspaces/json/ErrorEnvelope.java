package dev.workspaces.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.Optional;

/**
 * The error type of an error body, read before its shape is known.
 *
 * @param type the {@code __type} as sent, if present
 */
record ErrorEnvelope(Optional<String> type) {

  /**
   * Returns the short error name inside {@code type}: everything up to a {@code #} (a namespace)
   * and from a {@code :} on (a URL the protocol may append) is dropped, as botocore 1.43 and the JS
   * SDK do with a body's {@code __type} (the Java SDK drops only the namespace there, and the suffix
   * only from the {@code x-amzn-ErrorType} header). So
   * {@code com.amazonaws.workspaces#ResourceNotFoundException:http://...} gives
   * {@code ResourceNotFoundException}.
   */
  static String shortName(String type) {
    String name = type.substring(type.indexOf('#') + 1);
    int colon = name.indexOf(':');
    return colon < 0 ? name : name.substring(0, colon);
  }

  /**
   * Reads the top level of {@code json}, checking that {@code __type}, {@code message} and
   * {@code Message} are strings, skipping every other member, and checking that nothing follows.
   */
  static ErrorEnvelope scan(String json) throws MalformedBodyException {
    try (JsonParser parser = JsonReader.parser(json)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        throw new MalformedBodyException("Expected a JSON object at the top level of the error body");
      }
      Optional<String> type = Optional.empty();
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String name = parser.currentName();
        if (parser.nextToken() == JsonToken.VALUE_NULL) {
          continue; // null means absent, as for any member
        }
        switch (name) {
          case "__type" -> type = Optional.of(text(parser, name));
          case "message", "Message" -> text(parser, name);
          default -> parser.skipChildren();
        }
      }
      if (parser.nextToken() != null) {
        throw new MalformedBodyException(
            "Unexpected content after the top-level object of the error body");
      }
      return new ErrorEnvelope(type);
    } catch (JsonProcessingException e) {
      throw new MalformedBodyException("Malformed JSON in the error body: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new MalformedBodyException("Malformed JSON in the error body: " + e.getMessage());
    }
  }

  private static String text(JsonParser parser, String name) throws IOException, MalformedBodyException {
    if (parser.currentToken() != JsonToken.VALUE_STRING) {
      throw new MalformedBodyException("Expected a string at '" + name + "' of the error body");
    }
    return parser.getText();
  }
}
