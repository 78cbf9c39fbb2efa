package dev.workspaces.json.state;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A read JSON value with the path it was found at, so that every complaint names its member. Objects
 * are {@link Map}s in document order, arrays {@link List}s, numbers {@link Number} records keeping
 * their text, and strings, booleans as themselves.
 */
final class JsonTree {
  private static final JsonFactory FACTORY = new JsonFactory();

  /** A number as written. */
  record Number(String text) {}

  private final String path;
  private final @Nullable Object value;

  private JsonTree(String path, @Nullable Object value) {
    this.path = path;
    this.value = value;
  }

  /** Parses {@code json}; fails with the parser's complaint when it is not one JSON value. */
  static JsonTree parse(String json) {
    try (JsonParser parser = FACTORY.createParser(json)) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        throw new StateJsonException("", "the document is empty");
      }
      Object value = read(parser);
      if (parser.nextToken() != null) {
        throw new StateJsonException("", "unexpected content after the JSON value");
      }
      return new JsonTree("", value);
    } catch (JsonProcessingException e) {
      throw new StateJsonException("", "not valid JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new UncheckedIOException("reading a string cannot fail", e);
    }
  }

  private static @Nullable Object read(JsonParser parser) throws IOException {
    switch (parser.currentToken()) {
      case START_OBJECT -> {
        Map<String, @Nullable Object> members = new LinkedHashMap<>();
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_OBJECT; token = parser.nextToken()) {
          String name = parser.currentName();
          parser.nextToken();
          members.put(name, read(parser));
        }
        return members;
      }
      case START_ARRAY -> {
        List<@Nullable Object> items = new ArrayList<>();
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
          items.add(read(parser));
        }
        return items;
      }
      case VALUE_STRING -> {
        return parser.getText();
      }
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
        return new Number(parser.getText());
      }
      case VALUE_TRUE -> {
        return Boolean.TRUE;
      }
      case VALUE_FALSE -> {
        return Boolean.FALSE;
      }
      case VALUE_NULL -> {
        return null;
      }
      default -> throw new StateJsonException("", "unexpected token " + parser.currentToken());
    }
  }

  /** Returns the path of this value. */
  String path() {
    return path;
  }

  /** Returns member {@code name}, which must be present and not null. */
  JsonTree get(String name) {
    return optional(name).orElseThrow(() -> new StateJsonException(child(name), "required member missing"));
  }

  /** Returns member {@code name} when present and not null. */
  Optional<JsonTree> optional(String name) {
    Object member = object().get(name);
    return member == null ? Optional.empty() : Optional.of(new JsonTree(child(name), member));
  }

  /** Returns the members in document order. */
  List<Map.Entry<String, JsonTree>> members() {
    List<Map.Entry<String, JsonTree>> members = new ArrayList<>();
    object().forEach((name, member) -> members.add(Map.entry(name, new JsonTree(child(name), member))));
    return members;
  }

  /** Returns the elements in order. */
  List<JsonTree> elements() {
    if (!(value instanceof List<?> items)) {
      throw new StateJsonException(path, "expected a list");
    }
    List<JsonTree> elements = new ArrayList<>(items.size());
    for (int i = 0; i < items.size(); i++) {
      elements.add(new JsonTree(path + "[" + i + "]", items.get(i)));
    }
    return elements;
  }

  String string() {
    if (!(value instanceof String text)) {
      throw new StateJsonException(path, "expected a string");
    }
    return text;
  }

  boolean bool() {
    if (!(value instanceof Boolean flag)) {
      throw new StateJsonException(path, "expected true or false");
    }
    return flag;
  }

  long integer() {
    if (!(value instanceof Number number)) {
      throw new StateJsonException(path, "expected a number");
    }
    try {
      return Long.parseLong(number.text());
    } catch (NumberFormatException e) {
      throw new StateJsonException(path, "expected a whole number: " + number.text());
    }
  }

  /** Returns {@code parse} of the string here, a complaint of it naming this path. */
  <T> T parsed(String what, Function<String, T> parse) {
    String text = string();
    try {
      return parse.apply(text);
    } catch (RuntimeException e) {
      throw new StateJsonException(path, "expected " + what + ": " + text);
    }
  }

  /** Returns this value written back as compact JSON, numbers as they were read. */
  byte[] bytes() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator json = FACTORY.createGenerator(out)) {
      write(json, value);
    } catch (IOException e) {
      throw new UncheckedIOException("writing JSON to memory cannot fail", e);
    }
    return out.toByteArray();
  }

  private static void write(JsonGenerator json, @Nullable Object value) throws IOException {
    if (value instanceof Map<?, ?> members) {
      json.writeStartObject();
      for (Map.Entry<?, ?> member : members.entrySet()) {
        json.writeFieldName((String) member.getKey());
        write(json, member.getValue());
      }
      json.writeEndObject();
    } else if (value instanceof List<?> items) {
      json.writeStartArray();
      for (Object item : items) {
        write(json, item);
      }
      json.writeEndArray();
    } else if (value instanceof Number number) {
      json.writeNumber(number.text());
    } else if (value instanceof String text) {
      json.writeString(text);
    } else if (value instanceof Boolean flag) {
      json.writeBoolean(flag);
    } else {
      json.writeNull();
    }
  }

  @SuppressWarnings("unchecked") // read() makes every object a Map<String, Object>
  private Map<String, @Nullable Object> object() {
    if (!(value instanceof Map<?, ?> members)) {
      throw new StateJsonException(path, "expected an object");
    }
    return (Map<String, @Nullable Object>) members;
  }

  private String child(String name) {
    return path.isEmpty() ? name : path + "." + name;
  }
}
