package dev.workspaces.json.state;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import dev.workspaces.engine.Scope;
import dev.workspaces.engine.State;
import dev.workspaces.engine.state.DumpSections;
import dev.workspaces.engine.state.Kind;
import dev.workspaces.engine.state.Kinds;
import dev.workspaces.engine.state.ScopeState;
import dev.workspaces.json.WorkspacesJson;
import dev.workspaces.model.Structure;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Renders a {@link State} as readable JSON: every scope's resources as the API shows them. The
 * server's {@code GET /_admin/state} answers with {@link #of}; {@link #pretty} is the same document
 * indented, one member or element per line, for reading and for {@link StateAssertions}' diffs.
 * The dump shows resources, not the engine's bookkeeping (pending steps are counted, not listed);
 * the whole state, for export and import, is {@link StateJson}.
 *
 * <pre>{@code
 * {"Clock":1767225600,"Seed":0,"IdCounter":2,"PendingSteps":1,
 *  "Catalogue":{"Strict":false,"Directories":["d-1234567890"]},
 *  "Scopes":{"123456789012/us-east-1":{
 *     "Directories":[<WorkspaceDirectory>...],"Workspaces":[<Workspace>...],
 *     "Bundles":[<WorkspaceBundle>...],"Tags":{"ws-...":[<Tag>...]},
 *     "ClientProperties":{"d-...":<ClientProperties>},"Images":[<WorkspaceImage>...],
 *     "SharedWithMe":{"wsi-...":"owner-account/region"},"IpGroups":[<WorkspacesIpGroup>...]}}}
 * }</pre>
 *
 * <p>A scope's members are the sections its resource kinds write ({@code ScopePart.dump}), kind by
 * kind in the order of {@link Kinds#all()}: a new kind's sections appear without a change here.
 *
 * <h2>Guarantees</h2>
 * Deterministic: scopes sorted by account then region, resources by id, tags in the order the
 * engine keeps them; each resource is written by {@link WorkspacesJson#encode} as the engine stores
 * it (an image without the time-dependent {@code Updates} that DescribeWorkspaceImages adds). Equal states give byte-identical dumps. The clock is epoch seconds with at most
 * three fractional digits.
 */
public final class StateDump {
  private static final JsonFactory FACTORY = new JsonFactory();

  private StateDump() {}

  /** Returns the dump of {@code state}: compact UTF-8 JSON, one line. */
  public static byte[] of(State state) {
    return write(json -> {
      json.writeStartObject();
      json.writeFieldName("Clock");
      writeEpochSeconds(json, state.clock());
      json.writeNumberField("Seed", state.seed());
      json.writeNumberField("IdCounter", state.idCounter());
      json.writeNumberField("PendingSteps", state.timeline().size());
      json.writeObjectFieldStart("Catalogue");
      json.writeBooleanField("Strict", !state.catalogue().permissive());
      json.writeArrayFieldStart("Directories");
      for (String id : state.catalogue().directories().keySet()) {
        json.writeString(id);
      }
      json.writeEndArray();
      json.writeEndObject();
      json.writeObjectFieldStart("Scopes");
      for (Map.Entry<Scope, ScopeState> scope : state.scopes().entrySet()) {
        json.writeFieldName(scope.getKey().toString());
        writeScope(json, scope.getValue());
      }
      json.writeEndObject();
      json.writeEndObject();
    });
  }

  /** Returns the dump of {@code state} indented by two spaces, one member or array element per line. */
  public static String pretty(State state) {
    return indent(of(state));
  }

  /** Returns the JSON document {@code compact} indented by two spaces, numbers and strings kept as written. */
  static String indent(byte[] compact) {
    StringWriter text = new StringWriter();
    DefaultIndenter lines = new DefaultIndenter("  ", "\n");
    try (JsonParser in = FACTORY.createParser(compact); JsonGenerator out = FACTORY.createGenerator(text)) {
      out.setPrettyPrinter(new DefaultPrettyPrinter().withObjectIndenter(lines).withArrayIndenter(lines));
      for (JsonToken token = in.nextToken(); token != null; token = in.nextToken()) {
        if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
          out.writeNumber(in.getText());
        } else {
          out.copyCurrentEvent(in);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("a dump is well-formed JSON in memory", e);
    }
    return text.toString();
  }

  /** Writes {@code time} as a number of epoch seconds with at most three fractional digits. */
  static void writeEpochSeconds(JsonGenerator json, Instant time) throws IOException {
    BigDecimal seconds = BigDecimal.valueOf(time.getEpochSecond())
        .add(BigDecimal.valueOf(time.getNano(), 9))
        .setScale(3, RoundingMode.DOWN)
        .stripTrailingZeros();
    json.writeNumber(seconds.scale() < 0 ? seconds.setScale(0).toPlainString() : seconds.toPlainString());
  }

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

  private static void writeScope(JsonGenerator json, ScopeState scope) throws IOException {
    json.writeStartObject();
    DumpSections sections = new JsonSections(json);
    for (Kind<?> kind : Kinds.all()) {
      scope.get(kind).dump(scope, sections);
    }
    json.writeEndObject();
  }

  private static void writeValue(JsonGenerator json, Structure value) throws IOException {
    json.writeRawValue(WorkspacesJson.encodeToString(value));
  }

  /** Writes each section as a member of the scope's object. */
  private static final class JsonSections implements DumpSections {
    private final JsonGenerator json;

    JsonSections(JsonGenerator json) {
      this.json = json;
    }

    @Override
    public void list(String name, Iterable<? extends Structure> values) {
      write(out -> {
        out.writeArrayFieldStart(name);
        for (Structure value : values) {
          writeValue(out, value);
        }
        out.writeEndArray();
      });
    }

    @Override
    public void byResource(String name, Map<String, ? extends Structure> values) {
      write(out -> {
        out.writeObjectFieldStart(name);
        for (Map.Entry<String, ? extends Structure> value : values.entrySet()) {
          out.writeFieldName(value.getKey());
          writeValue(out, value.getValue());
        }
        out.writeEndObject();
      });
    }

    @Override
    public void listsByResource(String name, Map<String, ? extends List<? extends Structure>> lists) {
      write(out -> {
        out.writeObjectFieldStart(name);
        for (Map.Entry<String, ? extends List<? extends Structure>> list : lists.entrySet()) {
          out.writeArrayFieldStart(list.getKey());
          for (Structure value : list.getValue()) {
            writeValue(out, value);
          }
          out.writeEndArray();
        }
        out.writeEndObject();
      });
    }

    @Override
    public void textByResource(String name, Map<String, String> texts) {
      write(out -> {
        out.writeObjectFieldStart(name);
        for (Map.Entry<String, String> text : texts.entrySet()) {
          out.writeStringField(text.getKey(), text.getValue());
        }
        out.writeEndObject();
      });
    }

    /** Runs {@code body} on the generator; writing to memory throws no IOException in practice. */
    private void write(Body body) {
      try {
        body.write(json);
      } catch (IOException e) {
        throw new UncheckedIOException("writing JSON to memory cannot fail", e);
      }
    }
  }
}
