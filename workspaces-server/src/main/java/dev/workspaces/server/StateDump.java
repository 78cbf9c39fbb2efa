package dev.workspaces.server;

import com.fasterxml.jackson.core.JsonGenerator;
import com.google.common.collect.ImmutableList;
import dev.workspaces.engine.DirectoryEntry;
import dev.workspaces.engine.ImageEntry;
import dev.workspaces.engine.Scope;
import dev.workspaces.engine.ScopeState;
import dev.workspaces.engine.State;
import dev.workspaces.engine.WorkspaceEntry;
import dev.workspaces.json.WorkspacesJson;
import dev.workspaces.model.Structure;
import dev.workspaces.model.Tag;
import java.io.IOException;
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
    json.writeArrayFieldStart("Directories");
    for (DirectoryEntry entry : scope.directories().values()) {
      writeValue(json, entry.directory());
    }
    json.writeEndArray();
    json.writeArrayFieldStart("Workspaces");
    for (WorkspaceEntry entry : scope.workspaces().values()) {
      writeValue(json, entry.workspace());
    }
    json.writeEndArray();
    json.writeArrayFieldStart("Bundles");
    for (Structure bundle : scope.bundles().values()) {
      writeValue(json, bundle);
    }
    json.writeEndArray();
    json.writeObjectFieldStart("Tags");
    for (Map.Entry<String, ImmutableList<Tag>> tags : scope.tags().entrySet()) {
      json.writeArrayFieldStart(tags.getKey());
      for (Tag tag : tags.getValue()) {
        writeValue(json, tag);
      }
      json.writeEndArray();
    }
    json.writeEndObject();
    json.writeObjectFieldStart("ClientProperties");
    for (Map.Entry<String, ? extends Structure> properties : scope.clientProperties().entrySet()) {
      json.writeFieldName(properties.getKey());
      writeValue(json, properties.getValue());
    }
    json.writeEndObject();
    json.writeArrayFieldStart("Images");
    for (ImageEntry entry : scope.images().values()) {
      writeValue(json, entry.image());
    }
    json.writeEndArray();
    json.writeObjectFieldStart("SharedWithMe");
    for (Map.Entry<String, Scope> shared : scope.sharedWithMe().entrySet()) {
      json.writeStringField(shared.getKey(), shared.getValue().toString());
    }
    json.writeEndObject();
    json.writeArrayFieldStart("IpGroups");
    for (Structure group : scope.ipGroups().values()) {
      writeValue(json, group);
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  private static void writeValue(JsonGenerator json, Structure value) throws IOException {
    json.writeRawValue(WorkspacesJson.encodeToString(value));
  }
}
