package dev.workspaces.benchmarks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The floor of the codec benchmark: what bare jackson-core costs for the same bytes, with no
 * schema, no values and no validation.
 *
 * <p>{@link #scan} reads every token and decodes every string and member name (any decoder has to
 * do at least that). {@link #write} writes a token stream recorded from the same document with
 * Jackson's generator (any encoder has to emit at least those bytes).
 */
public final class JacksonFloor {
  private static final JsonFactory FACTORY = new JsonFactory();

  private final JsonToken[] tokens;
  private final String[] texts;

  private JacksonFloor(JsonToken[] tokens, String[] texts) {
    this.tokens = tokens;
    this.texts = texts;
  }

  /** Returns a writer replaying the tokens of {@code json}. */
  public static JacksonFloor recording(byte[] json) {
    List<JsonToken> tokens = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    try (JsonParser parser = FACTORY.createParser(json)) {
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        tokens.add(token);
        texts.add(token.isScalarValue() || token == JsonToken.FIELD_NAME ? parser.getText() : null);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new JacksonFloor(tokens.toArray(JsonToken[]::new), texts.toArray(String[]::new));
  }

  /** Reads every token of {@code json}; returns a checksum so that nothing is optimised away. */
  public static long scan(byte[] json) {
    long sum = 0;
    try (JsonParser parser = FACTORY.createParser(json)) {
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        sum += token.ordinal();
        if (token == JsonToken.VALUE_STRING || token == JsonToken.FIELD_NAME) {
          sum += parser.getTextLength();
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return sum;
  }

  /** Writes the recorded tokens as UTF-8 JSON. */
  public byte[] write() {
    ByteArrayOutputStream out = new ByteArrayOutputStream(256);
    try (JsonGenerator generator = FACTORY.createGenerator(out)) {
      for (int i = 0; i < tokens.length; i++) {
        switch (tokens[i]) {
          case START_OBJECT -> generator.writeStartObject();
          case END_OBJECT -> generator.writeEndObject();
          case START_ARRAY -> generator.writeStartArray();
          case END_ARRAY -> generator.writeEndArray();
          case FIELD_NAME -> generator.writeFieldName(texts[i]);
          case VALUE_STRING -> generator.writeString(texts[i]);
          case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> generator.writeNumber(texts[i]);
          case VALUE_TRUE -> generator.writeBoolean(true);
          case VALUE_FALSE -> generator.writeBoolean(false);
          case VALUE_NULL -> generator.writeNull();
          default -> throw new IllegalStateException("not in a text document: " + tokens[i]);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
