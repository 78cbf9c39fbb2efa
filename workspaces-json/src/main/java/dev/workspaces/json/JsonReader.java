package dev.workspaces.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import dev.workspaces.model.Blob;
import dev.workspaces.model.schema.ListSchema;
import dev.workspaces.model.schema.MapSchema;
import dev.workspaces.model.schema.Schema;
import dev.workspaces.model.schema.ShapeType;
import dev.workspaces.model.schema.StructureSchema;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads one JSON document into a structure value by walking its schema.
 *
 * <h2>What is accepted</h2>
 * Standard JSON only (no comments, no single quotes, no trailing commas), compact or spaced, with
 * any escapes. Unknown members are skipped with their whole subtree; a member whose value is
 * {@code null} is absent. Timestamps are any JSON number, or a string holding one. Blobs are
 * standard base64, padded or not (as {@code java.util.Base64} and so the Java SDK read it). Enum
 * members keep whatever string came. A member name given twice is refused, so no two readers of
 * the same bytes can disagree about which value counts.
 *
 * <h2>What is refused</h2>
 * Any other JSON type for a member, a number with a fraction or beyond 32 bits for an integer,
 * invalid base64, {@code null} inside a list or as a map value, a top level that is not an object,
 * and anything after it. Every refusal is a {@link MalformedBodyException} naming the member path;
 * no other exception leaves {@link #read}.
 *
 * <p>Limits are Jackson's defaults: nesting depth 1000, numbers of 1000 characters.
 */
final class JsonReader {
  /** The parser factory of text input, which refuses duplicate names itself; thread-safe. */
  private static final JsonFactory FACTORY =
      JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
  /**
   * The parser factory of ASCII byte input. Jackson's duplicate check keeps a hash set per object,
   * a sixth of the decoding time; here the reader checks instead, with one bit per known member,
   * and a refusal is read again from text, so the message is Jackson's all the same.
   */
  private static final JsonFactory BYTES_FACTORY = new JsonFactory();

  /** A numeric string longer than this cannot be a sensible timestamp (the Java SDK allows 20). */
  private static final int MAX_TIMESTAMP_STRING = 64;

  private static final Pattern SOURCE_REFERENCE =
      Pattern.compile("\\[Source: [^;\\]]*; line: (\\d+), column: (\\d+)\\]");

  private final JsonParser parser;
  private final boolean errorBody;
  /** Whether this reader checks for duplicate names, the parser being told not to. */
  private final boolean checksDuplicates;
  /** Where reading is; left at the failing member when an exception unwinds. */
  private final PathStack path = new PathStack();

  private JsonReader(JsonParser parser, boolean errorBody, boolean checksDuplicates) {
    this.parser = parser;
    this.errorBody = errorBody;
    this.checksDuplicates = checksDuplicates;
  }

  /**
   * Returns the value of {@code schema} that {@code json} holds.
   *
   * @param errorBody whether the document is an error body, where {@code Message} stands for
   *     {@code message} as every client accepts
   */
  static <T> T read(StructureSchema<T, ?> schema, String json, boolean errorBody)
      throws MalformedBodyException {
    try (JsonParser parser = FACTORY.createParser(json)) {
      JsonReader reader = new JsonReader(parser, errorBody, false);
      return reader.document(schema);
    } catch (IOException e) {
      throw new MalformedBodyException(jacksonMessage(e, "the top level"));
    }
  }

  /**
   * Returns the value of {@code schema} that the UTF-8 {@code body} holds (not an error body).
   *
   * <p>A body of ASCII bytes only, the usual case, is valid UTF-8 as it stands and is parsed as
   * bytes, Jackson's fastest path; any other body is first decoded by {@link StrictUtf8}, which
   * refuses invalid sequences, and parsed as text. Jackson's two parsers word a few faults
   * differently (a cut-off string, for one), so a refused ASCII body is read again as text and
   * refused with the text parser's words: every message stays the same whichever path ran.
   */
  static <T> T read(StructureSchema<T, ?> schema, byte[] body) throws MalformedBodyException {
    if (!Ascii.isAscii(body)) {
      return read(schema, StrictUtf8.decode(body), false);
    }
    try (JsonParser parser = BYTES_FACTORY.createParser(body)) {
      JsonReader reader = new JsonReader(parser, false, true);
      return reader.document(schema);
    } catch (IOException | MalformedBodyException refused) {
      return read(schema, new String(body, StandardCharsets.ISO_8859_1), false);
    }
  }

  /** Returns a parser over {@code json} from the shared factory. */
  static JsonParser parser(String json) throws IOException {
    return FACTORY.createParser(json);
  }

  private <T> T document(StructureSchema<T, ?> schema) throws MalformedBodyException {
    try {
      JsonToken first = parser.nextToken();
      if (first != JsonToken.START_OBJECT) {
        throw new MalformedBodyException(
            "Expected a JSON object at the top level, found " + describe(first));
      }
      T value = structure(schema);
      JsonToken after = parser.nextToken();
      if (after != null) {
        throw new MalformedBodyException("Unexpected content after the top-level object: found "
            + describe(after) + location());
      }
      return value;
    } catch (IOException e) {
      throw new MalformedBodyException(jacksonMessage(e, path.describe()));
    }
  }

  private <T, B> T structure(StructureSchema<T, B> schema) throws IOException, MalformedBodyException {
    expect(JsonToken.START_OBJECT, "an object");
    StructurePlan<T, B> plan = StructurePlan.of(schema);
    B builder = schema.newBuilder();
    @Nullable SeenNames seen = checksDuplicates ? new SeenNames() : null;
    int expected = 0;
    JsonToken token;
    while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      JsonToken valueToken = parser.nextToken();
      StructurePlan.Member<T, B> member = lookup(plan, name, expected);
      if (member != null) {
        expected = member.index + 1;
      }
      if (seen != null) {
        seen.add(member == null ? -1 : member.index, name);
      }
      if (member == null) {
        skip();
      } else if (valueToken != JsonToken.VALUE_NULL) {
        path.push(member.wireName);
        member.schema.set(builder, value(member.target, member.type));
        path.pop();
      }
    }
    expectClosed(token, JsonToken.END_OBJECT);
    return schema.build(builder);
  }

  private <T, B> StructurePlan.@Nullable Member<T, B> lookup(
      StructurePlan<T, B> plan, String name, int expected) {
    StructurePlan.Member<T, B> member = plan.member(name, expected);
    if (member == null && errorBody && path.isRoot() && name.equals("Message")) {
      return plan.member(JsonWriter.MESSAGE);
    }
    return member;
  }

  private Object value(Schema schema, ShapeType type) throws IOException, MalformedBodyException {
    return switch (type) {
      case STRING, ENUM -> string();
      case INTEGER -> integer();
      case BOOLEAN -> bool();
      case TIMESTAMP -> timestamp();
      case BLOB -> blob();
      case LIST -> list((ListSchema) schema);
      case MAP -> map((MapSchema) schema);
      case STRUCTURE -> structure((StructureSchema<?, ?>) schema);
    };
  }

  private String string() throws IOException, MalformedBodyException {
    expect(JsonToken.VALUE_STRING, "a string");
    return parser.getText();
  }

  private Integer integer() throws IOException, MalformedBodyException {
    expect(JsonToken.VALUE_NUMBER_INT, "an integer");
    if (parser.getNumberType() != JsonParser.NumberType.INT) {
      throw new MalformedBodyException("Expected a 32-bit integer at " + path.describe()
          + ", found " + abbreviate(parser.getText()) + ", which is out of range");
    }
    return parser.getIntValue();
  }

  private Boolean bool() throws IOException, MalformedBodyException {
    JsonToken token = parser.currentToken();
    if (token != JsonToken.VALUE_TRUE && token != JsonToken.VALUE_FALSE) {
      throw mismatch("a boolean", token);
    }
    return token == JsonToken.VALUE_TRUE;
  }

  private Instant timestamp() throws IOException, MalformedBodyException {
    JsonToken token = parser.currentToken();
    BigDecimal seconds;
    if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
      seconds = parser.getDecimalValue();
    } else if (token == JsonToken.VALUE_STRING) {
      seconds = numericString(parser.getText());
    } else {
      throw mismatch("a timestamp (epoch seconds)", token);
    }
    Optional<Instant> instant = TimestampFormat.fromEpochSeconds(seconds);
    if (instant.isEmpty()) {
      throw new MalformedBodyException(
          "Timestamp at " + path.describe() + " is out of range: " + abbreviate(parser.getText()));
    }
    return instant.get();
  }

  private BigDecimal numericString(String text) throws MalformedBodyException {
    if (text.length() <= MAX_TIMESTAMP_STRING) {
      try {
        return new BigDecimal(text);
      } catch (NumberFormatException e) {
        // reported below
      }
    }
    throw new MalformedBodyException("Expected a timestamp (epoch seconds) at " + path.describe()
        + ", found the string \"" + abbreviate(text) + "\", which is not a number");
  }

  private Blob blob() throws IOException, MalformedBodyException {
    expect(JsonToken.VALUE_STRING, "a base64 string");
    try {
      return Blob.fromBase64(parser.getText());
    } catch (IllegalArgumentException e) {
      throw new MalformedBodyException(
          "Expected base64 at " + path.describe() + ", found invalid base64");
    }
  }

  private List<Object> list(ListSchema schema) throws IOException, MalformedBodyException {
    expect(JsonToken.START_ARRAY, "a list");
    Schema elementSchema = schema.member();
    ShapeType elementType = elementSchema.type();
    List<Object> elements = new ArrayList<>();
    JsonToken token;
    while ((token = parser.nextToken()) != JsonToken.END_ARRAY && token != null) {
      path.pushElement(elements.size() + 1);
      elements.add(value(elementSchema, elementType));
      path.pop();
    }
    expectClosed(token, JsonToken.END_ARRAY);
    return elements;
  }

  private Map<String, Object> map(MapSchema schema) throws IOException, MalformedBodyException {
    expect(JsonToken.START_OBJECT, "a map");
    Schema valueSchema = schema.value();
    ShapeType valueType = valueSchema.type();
    Map<String, Object> entries = new LinkedHashMap<>();
    JsonToken token;
    while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
      String key = parser.currentName();
      parser.nextToken();
      path.push(key);
      if (entries.put(key, value(valueSchema, valueType)) != null && checksDuplicates) {
        throw SeenNames.duplicate(key);
      }
      path.pop();
    }
    expectClosed(token, JsonToken.END_OBJECT);
    return entries;
  }

  /** Skips the value at the current token, checking its objects for duplicate names if asked to. */
  private void skip() throws IOException, MalformedBodyException {
    if (checksDuplicates) {
      SeenNames.skip(parser);
    } else {
      parser.skipChildren();
    }
  }

  private void expect(JsonToken expected, String what) throws MalformedBodyException {
    JsonToken token = parser.currentToken();
    if (token != expected) {
      throw mismatch(what, token);
    }
  }

  /** Guards the end of a container; Jackson itself reports a body cut off inside one. */
  private void expectClosed(JsonToken token, JsonToken closing) throws MalformedBodyException {
    if (token != closing) {
      throw new MalformedBodyException(
          "Unexpected " + describe(token) + " at " + path.describe() + location());
    }
  }

  private MalformedBodyException mismatch(String expected, JsonToken found) {
    return new MalformedBodyException(
        "Expected " + expected + " at " + path.describe() + ", found " + describe(found));
  }

  private String location() {
    JsonLocation location = parser.currentTokenLocation();
    return " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
  }

  private static String describe(JsonToken token) {
    if (token == null) {
      return "the end of the body";
    }
    return switch (token) {
      case START_OBJECT -> "an object";
      case START_ARRAY -> "a list";
      case VALUE_STRING -> "a string";
      case VALUE_NUMBER_INT -> "an integer";
      case VALUE_NUMBER_FLOAT -> "a number with a fraction or exponent";
      case VALUE_TRUE, VALUE_FALSE -> "a boolean";
      case VALUE_NULL -> "null";
      case END_OBJECT -> "the end of an object";
      case END_ARRAY -> "the end of a list";
      case FIELD_NAME -> "a member name";
      case VALUE_EMBEDDED_OBJECT, NOT_AVAILABLE -> "no JSON value"; // never produced for text input
    };
  }

  private static String jacksonMessage(IOException e, String where) {
    String detail = e.getMessage();
    String position = "";
    if (e instanceof JsonProcessingException jackson) {
      detail = jackson.getOriginalMessage();
      JsonLocation location = jackson.getLocation();
      if (location != null) {
        position = " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
      }
    }
    // Jackson cites other positions as "[Source: REDACTED (...); line: 1, column: 40]": keep the
    // position only.
    detail = SOURCE_REFERENCE.matcher(String.valueOf(detail)).replaceAll("line $1, column $2");
    return "Malformed JSON at " + where + position + ": " + detail;
  }

  private static String abbreviate(String text) {
    return text.length() <= 40 ? text : text.substring(0, 40) + "...";
  }
}
