package dev.workspaces.server.admin;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Reads the request bodies of the admin endpoints. Unknown members and {@code null} values are
 * ignored, and a zero-length body counts as {@code {}}. A body that is not JSON of the
 * expected shape gives SerializationException naming the member; a readable value out of bounds
 * gives ValidationException.
 */
final class AdminBodies {
  /** The longest advance accepted in one call: about 100 years, far below Instant's range. */
  private static final BigDecimal MAX_SECONDS = BigDecimal.valueOf(3_200_000_000L);

  private AdminBodies() {}

  /** Receives each member of an object with the parser on the member's value. */
  interface Members {
    void member(String name, JsonParser json) throws IOException, AdminBodyException;
  }

  /**
   * Returns the duration of {@code {"seconds": N}} (also {@code Seconds}): N a non-negative number,
   * fractions allowed.
   */
  static Duration advance(byte[] body) throws AdminBodyException {
    @Nullable BigDecimal[] seconds = new BigDecimal[1];
    readObject(body, (name, json) -> {
      if (name.equalsIgnoreCase("seconds")) {
        if (!json.currentToken().isNumeric()) {
          throw AdminBodyException.serialization("seconds must be a number");
        }
        seconds[0] = json.getDecimalValue();
      } else {
        json.skipChildren();
      }
    });
    BigDecimal value = seconds[0];
    if (value == null) {
      throw AdminBodyException.validation("seconds is required, as in {\"seconds\": 60}");
    }
    if (value.signum() < 0 || value.compareTo(MAX_SECONDS) > 0) {
      throw AdminBodyException.validation(
          "seconds must be between 0 and " + MAX_SECONDS + " (time cannot go back): " + value);
    }
    return Duration.ofNanos(value.movePointRight(9).longValue());
  }

  /** Reads {@code body} as one JSON object, handing each member to {@code members}. */
  static void readObject(byte[] body, Members members) throws AdminBodyException {
    if (body.length == 0) {
      return;
    }
    try (JsonParser json = AdminJson.parser(body)) {
      if (json.nextToken() != JsonToken.START_OBJECT) {
        throw AdminBodyException.serialization("The body must be a JSON object");
      }
      readMembers(json, members);
      if (json.nextToken() != null) {
        throw AdminBodyException.serialization("Unexpected content after the JSON object");
      }
    } catch (JsonProcessingException e) {
      throw AdminBodyException.serialization("The body is not valid JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw AdminBodyException.serialization("The body could not be read: " + e.getMessage());
    }
  }

  /** Reads the members of the object whose START_OBJECT the parser is on. */
  static void readMembers(JsonParser json, Members members) throws IOException, AdminBodyException {
    for (JsonToken token = json.nextToken(); token != JsonToken.END_OBJECT; token = json.nextToken()) {
      String name = json.currentName();
      JsonToken value = json.nextToken();
      if (value != JsonToken.VALUE_NULL) {
        members.member(name, json);
      }
    }
  }

  /** Returns the string the parser is on, or fails naming {@code member}. */
  static String string(JsonParser json, String member) throws IOException, AdminBodyException {
    if (json.currentToken() != JsonToken.VALUE_STRING) {
      throw AdminBodyException.serialization(member + " must be a string");
    }
    return json.getText();
  }

  /** Returns the boolean the parser is on, or fails naming {@code member}. */
  static boolean bool(JsonParser json, String member) throws IOException, AdminBodyException {
    if (!json.currentToken().isBoolean()) {
      throw AdminBodyException.serialization(member + " must be true or false");
    }
    return json.getBooleanValue();
  }

  /** Reads the array the parser is on, one element at a time. */
  static <T> List<T> array(JsonParser json, String member, Element<T> element)
      throws IOException, AdminBodyException {
    if (json.currentToken() != JsonToken.START_ARRAY) {
      throw AdminBodyException.serialization(member + " must be a list");
    }
    List<T> items = new ArrayList<>();
    for (JsonToken token = json.nextToken(); token != JsonToken.END_ARRAY; token = json.nextToken()) {
      items.add(element.read(json, member + "." + (items.size() + 1)));
    }
    return items;
  }

  /** Reads one array element, with the parser on its first token. */
  interface Element<T> {
    T read(JsonParser json, String path) throws IOException, AdminBodyException;
  }
}
