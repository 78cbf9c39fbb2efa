package dev.workspaces.server.admin;

import com.fasterxml.jackson.core.JsonParser;
import dev.workspaces.engine.Scope;
import java.io.IOException;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The body of {@code POST /_admin/connect} and {@code POST /_admin/disconnect}: the WorkSpace a user
 * connects to or disconnects from, and the account and region that own it.
 *
 * <p>Members: {@code WorkspaceId} (required), {@code AccountId} (12 digits; default
 * {@code 123456789012}, the account of unsigned requests), {@code Region} (default: the server's).
 *
 * @param scope the owning account and region
 * @param workspaceId the WorkSpace
 */
record ConnectionTarget(Scope scope, String workspaceId) {
  private static final Pattern ACCOUNT = Pattern.compile("\\d{12}");

  /** Reads the body; {@code defaultRegion} is the region when the body names none. */
  static ConnectionTarget parse(byte[] body, String defaultRegion) throws AdminBodyException {
    @Nullable String[] members = new String[3];
    AdminBodies.readObject(body, (name, json) -> read(members, name, json));
    if (members[0] == null) {
      throw AdminBodyException.validation("WorkspaceId is required, as in {\"WorkspaceId\": \"ws-abcdef123\"}");
    }
    String account = members[1] == null ? Scope.DEFAULT.accountId() : members[1];
    if (!ACCOUNT.matcher(account).matches()) {
      throw AdminBodyException.validation("AccountId must be 12 digits: " + account);
    }
    String region = members[2] == null ? defaultRegion : members[2];
    if (region.isBlank()) {
      throw AdminBodyException.validation("Region must not be blank");
    }
    return new ConnectionTarget(Scope.of(account, region), members[0]);
  }

  private static void read(@Nullable String[] members, String name, JsonParser json)
      throws IOException, AdminBodyException {
    switch (name) {
      case "WorkspaceId" -> members[0] = AdminBodies.string(json, name);
      case "AccountId" -> members[1] = AdminBodies.string(json, name);
      case "Region" -> members[2] = AdminBodies.string(json, name);
      default -> json.skipChildren();
    }
  }
}
