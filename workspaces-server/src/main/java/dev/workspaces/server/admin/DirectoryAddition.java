package dev.workspaces.server.admin;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.google.common.collect.ImmutableList;
import dev.workspaces.engine.catalogue.CatalogueDirectory;
import dev.workspaces.engine.catalogue.CatalogueDirectory.Subnet;
import dev.workspaces.engine.catalogue.DirectoryCatalogue;
import dev.workspaces.model.WorkspaceDirectoryType;
import dev.workspaces.model.shapes.Strings;
import java.io.IOException;
import org.jspecify.annotations.Nullable;

/**
 * The body of {@code POST /_admin/directories}: a directory to add to the catalogue, and whether
 * the catalogue becomes strict (knows only the directories added to it).
 *
 * <p>Members: {@code DirectoryId} (required, {@code d-} and 8 or more hex digits, or {@code wsd-}
 * ids), {@code Name}, {@code Alias}, {@code Type} (a {@code WorkspaceDirectoryType} value),
 * {@code Subnets} ({@code [{"SubnetId":..,"AvailabilityZone":..}]}), {@code DnsIpAddresses},
 * {@code Active}, {@code Strict}. Every member but the id defaults to the permissive catalogue's
 * directory for that id in the default region: an active SIMPLE_AD directory with two subnets.
 *
 * @param directory the directory to add (replacing one with the same id)
 * @param strict whether the catalogue is switched to strict; {@code false} leaves it as it is
 */
record DirectoryAddition(CatalogueDirectory directory, boolean strict) {
  /** Returns {@code catalogue} with this addition applied. */
  DirectoryCatalogue applyTo(DirectoryCatalogue catalogue) {
    DirectoryCatalogue base = strict && catalogue.permissive()
        ? new DirectoryCatalogue(false, catalogue.directories())
        : catalogue;
    return base.with(directory);
  }

  /** Reads the body; {@code defaultRegion} fills the default subnets' zones. */
  static DirectoryAddition parse(byte[] body, String defaultRegion) throws AdminBodyException {
    Fields fields = new Fields();
    AdminBodies.readObject(body, fields::read);
    if (fields.directoryId == null) {
      throw AdminBodyException.validation("DirectoryId is required");
    }
    if (!Strings.DIRECTORY_ID.matchesPattern(fields.directoryId)) {
      throw AdminBodyException.validation("DirectoryId must match " + Strings.DIRECTORY_ID.pattern().orElseThrow()
          + ": " + fields.directoryId);
    }
    if (fields.type == WorkspaceDirectoryType.UNKNOWN_TO_SDK_VERSION) {
      throw AdminBodyException.validation("Type must be one of SIMPLE_AD, AD_CONNECTOR, CUSTOMER_MANAGED, AWS_IAM_IDENTITY_CENTER");
    }
    CatalogueDirectory defaults = CatalogueDirectory.simpleAd(fields.directoryId, defaultRegion);
    CatalogueDirectory directory = new CatalogueDirectory(
        fields.directoryId,
        fields.name == null ? defaults.name() : fields.name,
        fields.alias == null ? defaults.alias() : fields.alias,
        fields.type == null ? defaults.type() : fields.type,
        fields.subnets == null ? defaults.subnets() : fields.subnets,
        fields.dnsIpAddresses == null ? defaults.dnsIpAddresses() : fields.dnsIpAddresses,
        fields.active);
    return new DirectoryAddition(directory, fields.strict);
  }

  /** The members read so far; {@code null} means absent. */
  private static final class Fields {
    @Nullable String directoryId;
    @Nullable String name;
    @Nullable String alias;
    @Nullable WorkspaceDirectoryType type;
    @Nullable ImmutableList<Subnet> subnets;
    @Nullable ImmutableList<String> dnsIpAddresses;
    boolean active = true;
    boolean strict;

    void read(String member, JsonParser json) throws IOException, AdminBodyException {
      switch (member) {
        case "DirectoryId" -> directoryId = AdminBodies.string(json, member);
        case "Name" -> name = AdminBodies.string(json, member);
        case "Alias" -> alias = AdminBodies.string(json, member);
        case "Type" -> type = WorkspaceDirectoryType.fromValue(AdminBodies.string(json, member));
        case "Subnets" -> subnets = ImmutableList.copyOf(AdminBodies.array(json, member, Fields::subnet));
        case "DnsIpAddresses" -> dnsIpAddresses = ImmutableList.copyOf(
            AdminBodies.array(json, member, AdminBodies::string));
        case "Active" -> active = AdminBodies.bool(json, member);
        case "Strict" -> strict = AdminBodies.bool(json, member);
        default -> json.skipChildren();
      }
    }

    private static Subnet subnet(JsonParser json, String path) throws IOException, AdminBodyException {
      if (json.currentToken() != JsonToken.START_OBJECT) {
        throw AdminBodyException.serialization(path + " must be an object");
      }
      @Nullable String[] subnet = new String[2];
      AdminBodies.readMembers(json, (name, value) -> {
        switch (name) {
          case "SubnetId" -> subnet[0] = AdminBodies.string(value, path + ".SubnetId");
          case "AvailabilityZone" -> subnet[1] = AdminBodies.string(value, path + ".AvailabilityZone");
          default -> value.skipChildren();
        }
      });
      if (subnet[0] == null || subnet[1] == null) {
        throw AdminBodyException.validation(path + " needs SubnetId and AvailabilityZone");
      }
      return new Subnet(subnet[0], subnet[1]);
    }
  }
}
