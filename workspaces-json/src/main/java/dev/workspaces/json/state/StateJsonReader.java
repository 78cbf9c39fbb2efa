package dev.workspaces.json.state;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import dev.workspaces.engine.EngineConfig;
import dev.workspaces.engine.Quota;
import dev.workspaces.engine.Scope;
import dev.workspaces.engine.State;
import dev.workspaces.engine.catalogue.CatalogueDirectory;
import dev.workspaces.engine.catalogue.DirectoryCatalogue;
import dev.workspaces.engine.internal.collect.IdMap;
import dev.workspaces.engine.rule.Transition;
import dev.workspaces.engine.state.AliasEntry;
import dev.workspaces.engine.state.ChangeTimes;
import dev.workspaces.engine.state.CustomImageImport;
import dev.workspaces.engine.state.DirectoryEntry;
import dev.workspaces.engine.state.ImageEntry;
import dev.workspaces.engine.state.ImageOrigin;
import dev.workspaces.engine.state.Kinds;
import dev.workspaces.engine.state.ScheduledStep;
import dev.workspaces.engine.state.ScopeAccountLinks;
import dev.workspaces.engine.state.ScopeClientProperties;
import dev.workspaces.engine.state.ScopeConnectionAliases;
import dev.workspaces.engine.state.ScopeDirectories;
import dev.workspaces.engine.state.ScopeImages;
import dev.workspaces.engine.state.ScopeState;
import dev.workspaces.engine.state.ScopeTags;
import dev.workspaces.engine.state.ScopeValues;
import dev.workspaces.engine.state.ScopeWorkspaces;
import dev.workspaces.engine.state.TimelineKey;
import dev.workspaces.engine.state.WorkspaceEntry;
import dev.workspaces.json.DecodeResult;
import dev.workspaces.json.WorkspacesJson;
import dev.workspaces.model.AccountLink;
import dev.workspaces.model.ClientProperties;
import dev.workspaces.model.ConnectionAlias;
import dev.workspaces.model.CustomWorkspaceImageImportState;
import dev.workspaces.model.ImageSourceIdentifier;
import dev.workspaces.model.OperatingSystemName;
import dev.workspaces.model.Tag;
import dev.workspaces.model.Workspace;
import dev.workspaces.model.WorkspaceBundle;
import dev.workspaces.model.WorkspaceDirectory;
import dev.workspaces.model.WorkspaceDirectoryType;
import dev.workspaces.model.WorkspaceImage;
import dev.workspaces.model.WorkspacesIpGroup;
import dev.workspaces.model.schema.StructureSchema;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pcollections.TreePMap;

/**
 * Reads the document {@link StateJsonWriter} writes, naming the member at fault when it cannot. The
 * members of the kinds added after the format's first documents (connection aliases, account links,
 * a WorkSpace's change times) may be absent, and then hold nothing.
 */
final class StateJsonReader {
  private StateJsonReader() {}

  static State read(String json) {
    JsonTree root = JsonTree.parse(json);
    long format = root.get("Format").integer();
    if (format != StateJson.FORMAT) {
      throw new StateJsonException(root.get("Format").path(), "unknown format " + format + "; this version reads "
          + StateJson.FORMAT);
    }
    TreePMap<TimelineKey, ScheduledStep> timeline = TreePMap.empty();
    for (JsonTree step : root.get("Timeline").elements()) {
      timeline = timeline.plus(new TimelineKey(instant(step.get("Due")), step.get("Sequence").integer()),
          new ScheduledStep(scope(step.get("Scope")), step.get("ResourceId").string(),
              constant(step.get("Transition"), Transition.class)));
    }
    TreePMap<Scope, ScopeState> scopes = TreePMap.empty();
    for (Map.Entry<String, JsonTree> scope : root.get("Scopes").members()) {
      scopes = scopes.plus(scopeNamed(scope.getKey(), scope.getValue()), scopeState(scope.getValue()));
    }
    return new State(instant(root.get("Clock")), root.get("Seed").integer(), root.get("IdCounter").integer(),
        root.get("StepCounter").integer(), config(root.get("Config")), catalogue(root.get("Catalogue")), scopes,
        timeline);
  }

  private static EngineConfig config(JsonTree config) {
    Map<Transition, Duration> durations = new EnumMap<>(Transition.class);
    for (Map.Entry<String, JsonTree> duration : config.get("Durations").members()) {
      durations.put(constantNamed(duration.getValue(), duration.getKey(), Transition.class),
          duration.getValue().parsed("an ISO-8601 duration such as PT20M", Duration::parse));
    }
    Map<Quota, Integer> quotas = new EnumMap<>(Quota.class);
    for (Map.Entry<String, JsonTree> quota : config.get("Quotas").members()) {
      long limit = quota.getValue().integer();
      if (limit < 0 || limit > Integer.MAX_VALUE) {
        throw new StateJsonException(quota.getValue().path(), "expected a quota from 0 to " + Integer.MAX_VALUE);
      }
      quotas.put(constantNamed(quota.getValue(), quota.getKey(), Quota.class), (int) limit);
    }
    return new EngineConfig(ImmutableMap.copyOf(durations), ImmutableMap.copyOf(quotas));
  }

  private static DirectoryCatalogue catalogue(JsonTree catalogue) {
    ImmutableSortedMap.Builder<String, CatalogueDirectory> directories = ImmutableSortedMap.naturalOrder();
    for (JsonTree directory : catalogue.get("Directories").elements()) {
      ImmutableList.Builder<CatalogueDirectory.Subnet> subnets = ImmutableList.builder();
      for (JsonTree subnet : directory.get("Subnets").elements()) {
        subnets.add(new CatalogueDirectory.Subnet(subnet.get("SubnetId").string(),
            subnet.get("AvailabilityZone").string()));
      }
      ImmutableList.Builder<String> addresses = ImmutableList.builder();
      for (JsonTree address : directory.get("DnsIpAddresses").elements()) {
        addresses.add(address.string());
      }
      String id = directory.get("DirectoryId").string();
      directories.put(id, new CatalogueDirectory(id, directory.get("Name").string(), directory.get("Alias").string(),
          WorkspaceDirectoryType.fromValue(directory.get("Type").string()), subnets.build(), addresses.build(),
          directory.get("Active").bool()));
    }
    return new DirectoryCatalogue(catalogue.get("Permissive").bool(), directories.buildOrThrow());
  }

  private static ScopeState scopeState(JsonTree scope) {
    ScopeDirectories directories = Kinds.DIRECTORIES.empty();
    for (JsonTree entry : scope.get("Directories").elements()) {
      directories = directories.plus(new DirectoryEntry(value(entry.get("Directory"), WorkspaceDirectory.SCHEMA),
          step(entry)));
    }
    ScopeWorkspaces workspaces = Kinds.WORKSPACES.empty();
    for (JsonTree entry : scope.get("Workspaces").elements()) {
      workspaces = workspaces.plus(workspace(entry));
    }
    for (JsonTree user : scope.get("Users").elements()) {
      workspaces = workspaces.withUser(user.get("DirectoryId").string(), user.get("UserName").string(),
          user.get("WorkspaceId").string());
    }
    ScopeValues<WorkspaceBundle> bundles = Kinds.BUNDLES.empty();
    for (JsonTree bundle : scope.get("Bundles").elements()) {
      bundles = bundles.plus(value(bundle, WorkspaceBundle.SCHEMA));
    }
    IdMap<ImmutableList<Tag>> tags = IdMap.unlisted();
    for (Map.Entry<String, JsonTree> resource : scope.get("Tags").members()) {
      tags = tags.plus(resource.getKey(), tags(resource.getValue()));
    }
    ScopeClientProperties properties = Kinds.CLIENT_PROPERTIES.empty();
    for (Map.Entry<String, JsonTree> resource : scope.get("ClientProperties").members()) {
      properties = properties.plus(resource.getKey(), value(resource.getValue(), ClientProperties.SCHEMA));
    }
    ScopeImages images = Kinds.IMAGES.empty();
    for (JsonTree entry : scope.get("Images").elements()) {
      images = images.plus(image(entry));
    }
    for (Map.Entry<String, Scope> shared : scopes(scope.get("SharedWithMe")).entrySet()) {
      images = images.shared(shared.getKey(), shared.getValue());
    }
    ScopeValues<WorkspacesIpGroup> groups = Kinds.IP_GROUPS.empty();
    for (JsonTree group : scope.get("IpGroups").elements()) {
      groups = groups.plus(value(group, WorkspacesIpGroup.SCHEMA));
    }
    return ScopeState.EMPTY.with(Kinds.DIRECTORIES, directories).with(Kinds.WORKSPACES, workspaces)
        .with(Kinds.BUNDLES, bundles).with(Kinds.TAGS, tags.isEmpty() ? Kinds.TAGS.empty() : new ScopeTags(tags))
        .with(Kinds.CLIENT_PROPERTIES, properties).with(Kinds.IMAGES, images).with(Kinds.IP_GROUPS, groups)
        .with(Kinds.CONNECTION_ALIASES, connectionAliases(scope)).with(Kinds.ACCOUNT_LINKS, accountLinks(scope));
  }

  private static ScopeConnectionAliases connectionAliases(JsonTree scope) {
    IdMap<AliasEntry> entries = Kinds.CONNECTION_ALIASES.empty().entries();
    for (JsonTree entry : optionalElements(scope, "ConnectionAliases")) {
      AliasEntry alias = new AliasEntry(value(entry.get("Alias"), ConnectionAlias.SCHEMA),
          strings(entry.get("SharedWith")), step(entry));
      entries = entries.plus(required(alias.alias().aliasId(), entry.get("Alias"), "AliasId"), alias);
    }
    return new ScopeConnectionAliases(entries,
        scope.optional("ConnectionAliasesSharedWithMe").map(StateJsonReader::scopes).orElse(IdMap.unlisted()),
        scope.optional("ReservedConnectionStrings").map(StateJsonReader::strings).orElse(ImmutableSortedSet.of()));
  }

  private static ScopeAccountLinks accountLinks(JsonTree scope) {
    IdMap<AccountLink> entries = Kinds.ACCOUNT_LINKS.empty().entries();
    for (JsonTree link : optionalElements(scope, "AccountLinks")) {
      AccountLink value = value(link, AccountLink.SCHEMA);
      entries = entries.plus(required(value.accountLinkId(), link, "AccountLinkId"), value);
    }
    return new ScopeAccountLinks(entries,
        scope.optional("AccountLinksToMe").map(StateJsonReader::scopes).orElse(IdMap.unlisted()));
  }

  private static List<JsonTree> optionalElements(JsonTree object, String name) {
    return object.optional(name).map(JsonTree::elements).orElse(List.of());
  }

  private static String required(Optional<String> id, JsonTree at, String member) {
    return id.orElseThrow(() -> new StateJsonException(at.path(), "needs its " + member + " member"));
  }

  private static IdMap<Scope> scopes(JsonTree object) {
    IdMap<Scope> scopes = IdMap.unlisted();
    for (Map.Entry<String, JsonTree> member : object.members()) {
      scopes = scopes.plus(member.getKey(), scope(member.getValue()));
    }
    return scopes;
  }

  private static ImmutableSortedSet<String> strings(JsonTree list) {
    ImmutableSortedSet.Builder<String> strings = ImmutableSortedSet.naturalOrder();
    for (JsonTree string : list.elements()) {
      strings.add(string.string());
    }
    return strings.build();
  }

  private static ChangeTimes changeTimes(JsonTree times) {
    times.members(); // an object, or a complaint naming this path
    return new ChangeTimes(times.optional("Launched").map(StateJsonReader::instant),
        times.optional("VolumesResized").map(StateJsonReader::instant),
        times.optional("ComputeChanged").map(StateJsonReader::instant));
  }

  private static WorkspaceEntry workspace(JsonTree entry) {
    JsonTree value = entry.get("Workspace");
    WorkspaceEntry workspace;
    try {
      workspace = WorkspaceEntry.of(value(value, Workspace.SCHEMA));
    } catch (IllegalArgumentException e) {
      throw new StateJsonException(value.path(), e.getMessage());
    }
    workspace = workspace.withPendingStep(step(entry));
    for (JsonTree snapshot : entry.get("Snapshots").elements()) {
      workspace = workspace.withSnapshot(instant(snapshot));
    }
    Optional<JsonTree> connection = entry.optional("LastUserConnection");
    if (connection.isPresent()) {
      workspace = workspace.withUserConnected(instant(connection.get()));
      if (!entry.get("UserConnected").bool()) {
        workspace = workspace.withUserDisconnected();
      }
    } else if (entry.get("UserConnected").bool()) {
      throw new StateJsonException(entry.get("UserConnected").path(), "a connected user needs LastUserConnection");
    }
    return workspace.withImageId(entry.optional("ImageId").map(JsonTree::string))
        .withTags(tags(entry.get("Tags")))
        .withChangeTimes(entry.optional("ChangeTimes").map(StateJsonReader::changeTimes).orElse(ChangeTimes.NONE));
  }

  private static ImageEntry image(JsonTree entry) {
    JsonTree origin = entry.get("Origin");
    Optional<CustomImageImport> progress = entry.optional("CustomImport").map(custom -> new CustomImageImport(
        CustomWorkspaceImageImportState.fromValue(custom.get("State").string()),
        custom.get("InfrastructureConfigurationArn").string(),
        value(custom.get("Source"), ImageSourceIdentifier.SCHEMA),
        instant(custom.get("Created")), instant(custom.get("LastUpdated"))));
    return new ImageEntry(value(entry.get("Image"), WorkspaceImage.SCHEMA), step(entry),
        OperatingSystemName.fromValue(entry.get("OperatingSystem").string()),
        new ImageOrigin(constant(origin.get("Kind"), ImageOrigin.Kind.class), origin.get("SourceId").string(),
            origin.optional("SourceScope").map(StateJsonReader::scope)),
        strings(entry.get("SharedWith")), entry.optional("AvailableSince").map(StateJsonReader::instant), progress);
  }

  private static ImmutableList<Tag> tags(JsonTree list) {
    ImmutableList.Builder<Tag> tags = ImmutableList.builder();
    for (JsonTree tag : list.elements()) {
      tags.add(value(tag, Tag.SCHEMA));
    }
    return tags.build();
  }

  private static Optional<TimelineKey> step(JsonTree entry) {
    return entry.optional("PendingStep")
        .map(step -> new TimelineKey(instant(step.get("Due")), step.get("Sequence").integer()));
  }

  private static <T> T value(JsonTree tree, StructureSchema<T, ?> schema) {
    tree.members(); // an object, or a complaint naming this path
    DecodeResult<T> decoded = WorkspacesJson.decode(schema, tree.bytes());
    if (!decoded.isSuccess()) {
      throw new StateJsonException(tree.path(), "not a value of its shape: " + decoded.error().getMessage());
    }
    return decoded.value();
  }

  private static Instant instant(JsonTree tree) {
    return tree.parsed("an ISO-8601 instant such as 2026-01-01T00:00:00Z", Instant::parse);
  }

  private static Scope scope(JsonTree tree) {
    return scopeNamed(tree.string(), tree);
  }

  private static Scope scopeNamed(String name, JsonTree at) {
    int slash = name.indexOf('/');
    try {
      return Scope.of(name.substring(0, Math.max(0, slash)), name.substring(slash + 1));
    } catch (IllegalArgumentException e) {
      throw new StateJsonException(at.path(), "expected a scope such as 123456789012/us-east-1: " + name);
    }
  }

  private static <E extends Enum<E>> E constant(JsonTree tree, Class<E> type) {
    return constantNamed(tree, tree.string(), type);
  }

  private static <E extends Enum<E>> E constantNamed(JsonTree at, String name, Class<E> type) {
    try {
      return Enum.valueOf(type, name);
    } catch (IllegalArgumentException e) {
      throw new StateJsonException(at.path(), "not a " + type.getSimpleName() + ": " + name);
    }
  }
}
