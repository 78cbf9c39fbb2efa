package dev.workspaces.json.state;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.workspaces.engine.Quota;
import dev.workspaces.engine.Scope;
import dev.workspaces.engine.State;
import dev.workspaces.engine.catalogue.CatalogueDirectory;
import dev.workspaces.engine.rule.Transition;
import dev.workspaces.engine.state.AliasEntry;
import dev.workspaces.engine.state.ChangeTimes;
import dev.workspaces.engine.state.CustomImageImport;
import dev.workspaces.engine.state.DirectoryEntry;
import dev.workspaces.engine.state.ImageEntry;
import dev.workspaces.engine.state.Kinds;
import dev.workspaces.engine.state.ScheduledStep;
import dev.workspaces.engine.state.ScopeAccountLinks;
import dev.workspaces.engine.state.ScopeConnectionAliases;
import dev.workspaces.engine.state.ScopeState;
import dev.workspaces.engine.state.TimelineKey;
import dev.workspaces.engine.state.UserIndex;
import dev.workspaces.engine.state.WorkspaceEntry;
import dev.workspaces.json.WorkspacesJson;
import dev.workspaces.model.Structure;
import dev.workspaces.model.Tag;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Writes the document of {@link StateJson}; {@link StateJsonReader} reads it back. */
final class StateJsonWriter {
  private final JsonGenerator json;

  private StateJsonWriter(JsonGenerator json) {
    this.json = json;
  }

  static byte[] write(State state) {
    return StateDump.write(json -> new StateJsonWriter(json).state(state));
  }

  private void state(State state) throws IOException {
    json.writeStartObject();
    json.writeNumberField("Format", StateJson.FORMAT);
    instant("Clock", state.clock());
    json.writeNumberField("Seed", state.seed());
    json.writeNumberField("IdCounter", state.idCounter());
    json.writeNumberField("StepCounter", state.stepCounter());
    json.writeObjectFieldStart("Config");
    json.writeObjectFieldStart("Durations");
    for (Transition transition : Transition.values()) {
      Duration duration = state.config().durations().get(transition);
      if (duration != null) {
        json.writeStringField(transition.name(), duration.toString());
      }
    }
    json.writeEndObject();
    json.writeObjectFieldStart("Quotas");
    for (Quota quota : Quota.values()) {
      Integer limit = state.config().quotas().get(quota);
      if (limit != null) {
        json.writeNumberField(quota.name(), limit);
      }
    }
    json.writeEndObject();
    json.writeEndObject();
    json.writeObjectFieldStart("Catalogue");
    json.writeBooleanField("Permissive", state.catalogue().permissive());
    json.writeArrayFieldStart("Directories");
    for (CatalogueDirectory directory : state.catalogue().directories().values()) {
      catalogueDirectory(directory);
    }
    json.writeEndArray();
    json.writeEndObject();
    json.writeArrayFieldStart("Timeline");
    for (Map.Entry<TimelineKey, ScheduledStep> step : state.timeline().entrySet()) {
      json.writeStartObject();
      instant("Due", step.getKey().due());
      json.writeNumberField("Sequence", step.getKey().sequence());
      json.writeStringField("Scope", step.getValue().scope().toString());
      json.writeStringField("ResourceId", step.getValue().resourceId());
      json.writeStringField("Transition", step.getValue().transition().name());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeObjectFieldStart("Scopes");
    for (Map.Entry<Scope, ScopeState> scope : state.scopes().entrySet()) {
      json.writeFieldName(scope.getKey().toString());
      scope(scope.getValue());
    }
    json.writeEndObject();
    json.writeEndObject();
  }

  private void catalogueDirectory(CatalogueDirectory directory) throws IOException {
    json.writeStartObject();
    json.writeStringField("DirectoryId", directory.directoryId());
    json.writeStringField("Name", directory.name());
    json.writeStringField("Alias", directory.alias());
    json.writeStringField("Type", directory.type().toString());
    json.writeArrayFieldStart("Subnets");
    for (CatalogueDirectory.Subnet subnet : directory.subnets()) {
      json.writeStartObject();
      json.writeStringField("SubnetId", subnet.subnetId());
      json.writeStringField("AvailabilityZone", subnet.availabilityZone());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeArrayFieldStart("DnsIpAddresses");
    for (String address : directory.dnsIpAddresses()) {
      json.writeString(address);
    }
    json.writeEndArray();
    json.writeBooleanField("Active", directory.active());
    json.writeEndObject();
  }

  private void scope(ScopeState scope) throws IOException {
    json.writeStartObject();
    json.writeArrayFieldStart("Directories");
    for (DirectoryEntry entry : scope.get(Kinds.DIRECTORIES).entries().sorted().values()) {
      json.writeStartObject();
      value("Directory", entry.directory());
      step(entry.pendingStep());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeArrayFieldStart("Workspaces");
    for (WorkspaceEntry entry : scope.get(Kinds.WORKSPACES).entries().sorted().values()) {
      workspace(entry);
    }
    json.writeEndArray();
    json.writeArrayFieldStart("Users");
    List<UserIndex.Holding> holdings = new java.util.ArrayList<>(scope.get(Kinds.WORKSPACES).byUser().holdings());
    holdings.sort(java.util.Comparator.comparing(UserIndex.Holding::directoryId)
        .thenComparing(UserIndex.Holding::userName));
    for (UserIndex.Holding holding : holdings) {
      json.writeStartObject();
      json.writeStringField("DirectoryId", holding.directoryId());
      json.writeStringField("UserName", holding.userName());
      json.writeStringField("WorkspaceId", holding.workspaceId());
      json.writeEndObject();
    }
    json.writeEndArray();
    values("Bundles", scope.get(Kinds.BUNDLES).entries().sorted().values());
    json.writeObjectFieldStart("Tags");
    for (Map.Entry<String, ? extends List<Tag>> tags : scope.get(Kinds.TAGS).byResource().sorted().entrySet()) {
      values(tags.getKey(), tags.getValue());
    }
    json.writeEndObject();
    json.writeObjectFieldStart("ClientProperties");
    for (var properties : scope.get(Kinds.CLIENT_PROPERTIES).byResource().sorted().entrySet()) {
      value(properties.getKey(), properties.getValue());
    }
    json.writeEndObject();
    json.writeArrayFieldStart("Images");
    for (ImageEntry entry : scope.get(Kinds.IMAGES).entries().sorted().values()) {
      image(entry);
    }
    json.writeEndArray();
    scopes("SharedWithMe", scope.get(Kinds.IMAGES).sharedWithMe().sorted());
    values("IpGroups", scope.get(Kinds.IP_GROUPS).entries().sorted().values());
    connectionAliases(scope.get(Kinds.CONNECTION_ALIASES));
    accountLinks(scope.get(Kinds.ACCOUNT_LINKS));
    json.writeEndObject();
  }

  private void connectionAliases(ScopeConnectionAliases aliases) throws IOException {
    json.writeArrayFieldStart("ConnectionAliases");
    for (AliasEntry entry : aliases.entries().sorted().values()) {
      json.writeStartObject();
      value("Alias", entry.alias());
      step(entry.pendingStep());
      strings("SharedWith", entry.sharedWith());
      json.writeEndObject();
    }
    json.writeEndArray();
    scopes("ConnectionAliasesSharedWithMe", aliases.sharedWithMe().sorted());
    strings("ReservedConnectionStrings", aliases.reserved());
  }

  private void accountLinks(ScopeAccountLinks links) throws IOException {
    values("AccountLinks", links.entries().sorted().values());
    scopes("AccountLinksToMe", links.toMe().sorted());
  }

  private void workspace(WorkspaceEntry entry) throws IOException {
    json.writeStartObject();
    value("Workspace", entry.workspace());
    step(entry.pendingStep());
    json.writeArrayFieldStart("Snapshots");
    for (Instant snapshot : entry.snapshots()) {
      json.writeString(snapshot.toString());
    }
    json.writeEndArray();
    if (entry.lastUserConnection().isPresent()) {
      instant("LastUserConnection", entry.lastUserConnection().get());
    }
    json.writeBooleanField("UserConnected", entry.userConnected());
    if (entry.imageId().isPresent()) {
      json.writeStringField("ImageId", entry.imageId().get());
    }
    values("Tags", entry.tags());
    if (!entry.changeTimes().equals(ChangeTimes.NONE)) {
      changeTimes(entry.changeTimes());
    }
    json.writeEndObject();
  }

  private void changeTimes(ChangeTimes times) throws IOException {
    json.writeObjectFieldStart("ChangeTimes");
    optionalInstant("Launched", times.launched());
    optionalInstant("VolumesResized", times.volumesResized());
    optionalInstant("ComputeChanged", times.computeChanged());
    json.writeEndObject();
  }

  private void image(ImageEntry entry) throws IOException {
    json.writeStartObject();
    value("Image", entry.image());
    step(entry.pendingStep());
    json.writeStringField("OperatingSystem", entry.operatingSystem().toString());
    json.writeObjectFieldStart("Origin");
    json.writeStringField("Kind", entry.origin().kind().name());
    json.writeStringField("SourceId", entry.origin().sourceId());
    if (entry.origin().sourceScope().isPresent()) {
      json.writeStringField("SourceScope", entry.origin().sourceScope().get().toString());
    }
    json.writeEndObject();
    strings("SharedWith", entry.sharedWith());
    optionalInstant("AvailableSince", entry.availableSince());
    if (entry.customImport().isPresent()) {
      CustomImageImport progress = entry.customImport().get();
      json.writeObjectFieldStart("CustomImport");
      json.writeStringField("State", progress.state().toString());
      json.writeStringField("InfrastructureConfigurationArn", progress.infrastructureConfigurationArn());
      value("Source", progress.source());
      instant("Created", progress.created());
      instant("LastUpdated", progress.lastUpdated());
      json.writeEndObject();
    }
    json.writeEndObject();
  }

  private void step(Optional<TimelineKey> step) throws IOException {
    if (step.isPresent()) {
      json.writeObjectFieldStart("PendingStep");
      instant("Due", step.get().due());
      json.writeNumberField("Sequence", step.get().sequence());
      json.writeEndObject();
    }
  }

  private void values(String name, Iterable<? extends Structure> values) throws IOException {
    json.writeArrayFieldStart(name);
    for (Structure value : values) {
      json.writeRawValue(WorkspacesJson.encodeToString(value));
    }
    json.writeEndArray();
  }

  private void value(String name, Structure value) throws IOException {
    json.writeFieldName(name);
    json.writeRawValue(WorkspacesJson.encodeToString(value));
  }

  private void strings(String name, Iterable<String> strings) throws IOException {
    json.writeArrayFieldStart(name);
    for (String string : strings) {
      json.writeString(string);
    }
    json.writeEndArray();
  }

  private void scopes(String name, Map<String, Scope> byId) throws IOException {
    json.writeObjectFieldStart(name);
    for (Map.Entry<String, Scope> entry : byId.entrySet()) {
      json.writeStringField(entry.getKey(), entry.getValue().toString());
    }
    json.writeEndObject();
  }

  private void instant(String name, Instant time) throws IOException {
    json.writeStringField(name, time.toString());
  }

  private void optionalInstant(String name, Optional<Instant> time) throws IOException {
    if (time.isPresent()) {
      instant(name, time.get());
    }
  }
}
