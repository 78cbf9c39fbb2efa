package dev.workspaces.server.admin;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import dev.workspaces.engine.Engine;
import dev.workspaces.engine.State;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;

/**
 * The small JSON documents of the admin endpoints, written and read with one shared Jackson
 * {@link JsonFactory} (thread-safe).
 */
final class AdminJson {
  private static final JsonFactory FACTORY = new JsonFactory();

  private AdminJson() {}

  /** Writes one JSON document into a byte array. */
  interface Body {
    void write(JsonGenerator json) throws IOException;
  }

  /** Returns the UTF-8 bytes {@code body} writes. */
  static byte[] write(Body body) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator json = FACTORY.createGenerator(out)) {
      body.write(json);
    } catch (IOException e) {
      throw new UncheckedIOException("writing JSON to memory cannot fail", e);
    }
    return out.toByteArray();
  }

  /** Returns a parser over {@code body}. */
  static JsonParser parser(byte[] body) throws IOException {
    return FACTORY.createParser(body);
  }

  /** Returns {@code {"Clock":<epoch seconds>}}. */
  static byte[] clock(Instant clock) {
    return write(json -> {
      json.writeStartObject();
      json.writeFieldName("Clock");
      writeEpochSeconds(json, clock);
      json.writeEndObject();
    });
  }

  /**
   * Returns the body of {@code GET /_admin/health}:
   * {@code {"Status":"UP","Clock":<epoch seconds>,"PendingSteps":n,"SimulatedOperations":n}}.
   */
  static byte[] health(State state) {
    return write(json -> {
      json.writeStartObject();
      json.writeStringField("Status", "UP");
      json.writeFieldName("Clock");
      writeEpochSeconds(json, state.clock());
      json.writeNumberField("PendingSteps", state.timeline().size());
      json.writeNumberField("SimulatedOperations", Engine.simulatedOperations().size());
      json.writeEndObject();
    });
  }

  /** Writes {@code time} as a number of epoch seconds with at most three fractional digits. */
  static void writeEpochSeconds(JsonGenerator json, Instant time) throws IOException {
    BigDecimal seconds = BigDecimal.valueOf(time.getEpochSecond())
        .add(BigDecimal.valueOf(time.getNano(), 9))
        .setScale(3, RoundingMode.DOWN)
        .stripTrailingZeros();
    json.writeNumber(seconds.scale() < 0 ? seconds.setScale(0).toPlainString() : seconds.toPlainString());
  }
}
