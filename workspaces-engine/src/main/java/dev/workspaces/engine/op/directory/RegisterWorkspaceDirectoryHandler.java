package dev.workspaces.engine.op.directory;

import com.google.common.collect.ImmutableList;
import dev.workspaces.engine.Outcome;
import dev.workspaces.engine.Scope;
import dev.workspaces.engine.State;
import dev.workspaces.engine.catalogue.CatalogueDirectory;
import dev.workspaces.engine.op.Handler;
import dev.workspaces.engine.op.RuleRefusal;
import dev.workspaces.engine.op.tag.TagLists;
import dev.workspaces.engine.rule.DirectoryRule;
import dev.workspaces.engine.state.DirectoryEntry;
import dev.workspaces.engine.state.Kinds;
import dev.workspaces.engine.state.ScopeDirectories;
import dev.workspaces.engine.state.ScopeTags;
import dev.workspaces.engine.state.StateEditor;
import dev.workspaces.model.IDCConfig;
import dev.workspaces.model.Tag;
import dev.workspaces.model.Tenancy;
import dev.workspaces.model.UserIdentityType;
import dev.workspaces.model.WorkspaceDirectory;
import dev.workspaces.model.WorkspaceDirectoryState;
import dev.workspaces.model.WorkspaceType;
import dev.workspaces.model.request.RegisterWorkspaceDirectoryRequest;
import dev.workspaces.model.response.RegisterWorkspaceDirectoryResult;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * RegisterWorkspaceDirectory: registers a Directory Service directory from the state's
 * {@link dev.workspaces.engine.catalogue.DirectoryCatalogue} with WorkSpaces. The directory starts
 * REGISTERING and becomes REGISTERED when its step completes; the response carries the id and
 * the REGISTERING state.
 *
 * <h2>Refusals, in the order they are checked</h2>
 * <ul>
 *   <li>{@link DirectoryRule#DIRECTORY_ID_GIVEN}: the model makes the member optional for
 *       directories WorkSpaces creates itself (Identity Center, Entra ID); this engine registers
 *       only catalogue directories, so it needs the id.
 *   <li>{@link DirectoryRule#CATALOGUE_KNOWN}: the catalogue knows the id.
 *   <li>{@link DirectoryRule#CATALOGUE_ACTIVE}: the catalogue directory is Active.
 *   <li>{@link DirectoryRule#NOT_REGISTERED}: not already registered in this scope (in any state
 *       but DEREGISTERED).
 *   <li>{@link DirectoryRule#SUBNETS_IN_SEPARATE_ZONES}: SubnetIds given (the schema allows at most
 *       two) are the directory's, each in its own availability zone. Our reading of "separate
 *       Availability Zones"; one subnet alone is accepted.
 *   <li>{@link DirectoryRule#TENANCY_NEEDS_BYOL}: no account is modelled as enabled for BYOL.
 *   <li>{@link DirectoryRule#TAG_LIMIT}: no more Tags than a resource may carry.
 * </ul>
 * The per-account registration limit and the {@code workspaces_DefaultRole} check are not modelled.
 *
 * <h2>The registered value</h2>
 * Name, alias, type, DNS servers and (unless given) subnets come from the catalogue. The
 * registration code and security group id are issued from the state's id generator. Settings
 * start at {@link DirectoryDefaults}; EnableSelfService true enables every self-service action.
 * Tenancy is SHARED, WorkspaceType PERSONAL and UserIdentityType AWS_DIRECTORY_SERVICE unless the
 * request says otherwise. A DEREGISTERED leftover with the same id is replaced, its tags and client
 * properties dropped.
 */
final class RegisterWorkspaceDirectoryHandler implements Handler<RegisterWorkspaceDirectoryRequest> {

  @Override
  public Outcome handle(State state, Scope scope, RegisterWorkspaceDirectoryRequest request) {
    if (request.directoryId().isEmpty()) {
      return RuleRefusal.of(DirectoryRule.DIRECTORY_ID_GIVEN, "DirectoryId is required: this engine registers "
          + "only existing Directory Service directories.").outcome(state);
    }
    String id = request.directoryId().get();
    StateEditor editor = new StateEditor(state, scope);
    Optional<CatalogueDirectory> found = editor.catalogue().find(id, scope.region());
    Optional<RuleRefusal> refusal = RuleRefusal.first(
        () -> RuleRefusal.missing(found, DirectoryRule.CATALOGUE_KNOWN, "directory", id),
        () -> refusal(editor, found.get(), request));
    if (refusal.isPresent()) {
      return refusal.get().outcome(state);
    }
    editor.read(Kinds.DIRECTORIES).find(id).ifPresent(entry -> editor.remove(entry.id(), entry.pendingStep()));
    WorkspaceDirectory value = directory(editor, scope, found.get(), request);
    ScopeDirectories.move(editor, new DirectoryEntry(value, Optional.empty()), WorkspaceDirectoryState.REGISTERING);
    if (!request.tags().isEmpty()) {
      ScopeTags.put(editor, id, TagLists.upsert(ImmutableList.of(), request.tags()));
    }
    return Outcome.success(editor.state(), RegisterWorkspaceDirectoryResult.builder()
        .directoryId(id).state(WorkspaceDirectoryState.REGISTERING).build());
  }

  /** Returns the refusal of a request whose directory exists in the catalogue, if any. */
  private static Optional<RuleRefusal> refusal(StateEditor editor, CatalogueDirectory found,
      RegisterWorkspaceDirectoryRequest request) {
    String id = found.directoryId();
    List<Tag> tags = TagLists.upsert(ImmutableList.of(), request.tags());
    int limit = editor.config().maxTagsPerResource();
    return RuleRefusal.first(
        () -> RuleRefusal.when(!found.active(), DirectoryRule.CATALOGUE_ACTIVE, () -> "The directory " + id
            + " is not Active in Directory Service; only active directories can be registered."),
        () -> RuleRefusal.when(editor.read(Kinds.DIRECTORIES).registered(id).isPresent(), DirectoryRule.NOT_REGISTERED,
            () -> "The directory " + id + " is already registered with WorkSpaces in this account and region."),
        () -> subnetRefusal(found, request.subnetIds())
            .map(message -> RuleRefusal.of(DirectoryRule.SUBNETS_IN_SEPARATE_ZONES, message)),
        () -> RuleRefusal.when(request.tenancy().filter(Tenancy.DEDICATED::equals).isPresent(),
            DirectoryRule.TENANCY_NEEDS_BYOL,
            () -> "Tenancy DEDICATED needs an account enabled for BYOL, and this account is not."),
        () -> RuleRefusal.when(tags.size() > limit, DirectoryRule.TAG_LIMIT, () -> "Tags: the directory " + id
            + " would carry " + tags.size() + " tags; at most " + limit + " are allowed."));
  }

  /** Returns why the given subnets cannot be used, or empty when each is the directory's and in its own zone. */
  private static Optional<String> subnetRefusal(CatalogueDirectory directory, List<String> subnetIds) {
    Map<String, String> zones = new TreeMap<>();
    directory.subnets().forEach(subnet -> zones.put(subnet.subnetId(), subnet.availabilityZone()));
    Map<String, String> used = new TreeMap<>();
    for (String subnetId : subnetIds) {
      String zone = zones.get(subnetId);
      if (zone == null) {
        return Optional.of("SubnetIds: the subnet " + subnetId + " is not one of the subnets of directory "
            + directory.directoryId() + " " + zones.keySet() + ".");
      }
      String other = used.put(zone, subnetId);
      if (other != null) {
        return Optional.of("SubnetIds: the subnets " + other + " and " + subnetId
            + " are both in availability zone " + zone + "; each subnet must be in a different zone.");
      }
    }
    return Optional.empty();
  }

  private static WorkspaceDirectory directory(StateEditor editor, Scope scope, CatalogueDirectory found,
      RegisterWorkspaceDirectoryRequest request) {
    List<String> subnets = request.subnetIds().isEmpty()
        ? found.subnets().stream().map(CatalogueDirectory.Subnet::subnetId).toList()
        : request.subnetIds();
    return WorkspaceDirectory.builder()
        .directoryId(found.directoryId())
        .alias(found.alias())
        .directoryName(found.name())
        .registrationCode(registrationCode(editor))
        .subnetIds(subnets)
        .dnsIpAddresses(found.dnsIpAddresses())
        .customerUserName("Administrator")
        .iamRoleId("arn:aws:iam::" + scope.accountId() + ":role/workspaces_DefaultRole")
        .directoryType(found.type())
        .workspaceSecurityGroupId(editor.newId("sg-", 17, true, taken -> false))
        .workspaceCreationProperties(DirectoryDefaults.CREATION_PROPERTIES)
        .workspaceAccessProperties(DirectoryDefaults.ACCESS_PROPERTIES)
        .tenancy(Tenancy.SHARED)
        .selfservicePermissions(request.enableSelfService().orElse(false)
            ? DirectoryDefaults.SELFSERVICE_ENABLED : DirectoryDefaults.SELFSERVICE_PERMISSIONS)
        .microsoftEntraConfig(request.microsoftEntraConfig())
        .workspaceDirectoryName(request.workspaceDirectoryName())
        .workspaceDirectoryDescription(request.workspaceDirectoryDescription())
        .userIdentityType(request.userIdentityTypeAsString().orElse(UserIdentityType.AWS_DIRECTORY_SERVICE.toString()))
        .workspaceType(request.workspaceTypeAsString().orElse(WorkspaceType.PERSONAL.toString()))
        .idcConfig(request.idcInstanceArn().map(arn -> IDCConfig.builder().instanceArn(arn).build()))
        .activeDirectoryConfig(request.activeDirectoryConfig())
        .state(WorkspaceDirectoryState.REGISTERING)
        .build();
  }

  /** Issues a registration code unique within the scope: a region tag, '+', six upper-case characters. */
  private static String registrationCode(StateEditor editor) {
    String region = editor.scopeId().region().replace("-", "");
    String prefix = "WS" + region.substring(0, Math.min(4, region.length())) + "+";
    Set<String> taken = new TreeSet<>();
    editor.read(Kinds.DIRECTORIES).entries().values()
        .forEach(entry -> entry.directory().registrationCode().ifPresent(taken::add));
    return prefix + editor.newId("", 6, false, code -> taken.contains(prefix + code.toUpperCase(Locale.ROOT)))
        .toUpperCase(Locale.ROOT);
  }
}
