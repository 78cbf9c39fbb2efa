package dev.workspaces.server.admin;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.workspaces.engine.Scope;
import dev.workspaces.engine.State;
import dev.workspaces.engine.state.DumpSections;
import dev.workspaces.engine.state.Kind;
import dev.workspaces.engine.state.Kinds;
import dev.workspaces.engine.state.ScopeState;
import dev.workspaces.json.WorkspacesJson;
import dev.workspaces.model.Structure;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * Renders a {@link State} as the JSON of {@code GET /_admin/state}.
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
final class StateDump {
  private StateDump() {}

  /** Returns the dump of {@code state}. */
  static byte[] of(State state) {
    return AdminJson.write(json -> {
      json.writeStartObject();
      json.writeFieldName("Clock");
      AdminJson.writeEpochSeconds(json, state.clock());
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
    private void write(AdminJson.Body body) {
      try {
        body.write(json);
      } catch (IOException e) {
        throw new UncheckedIOException("writing JSON to memory cannot fail", e);
      }
    }
  }
}
