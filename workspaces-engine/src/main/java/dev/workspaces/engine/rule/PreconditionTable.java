package dev.workspaces.engine.rule;

import java.util.Arrays;
import java.util.List;

/**
 * Every precondition table of the engine, in the order {@code docs/preconditions.md} shows them.
 * Each row of each table is a {@link RefusalRule}; a refusal the engine gives names exactly one.
 */
public enum PreconditionTable {
  WORKSPACE(WorkspaceRule.values(), "Actions on a WorkSpace",
      "In batch calls (Reboot, Rebuild, Start, Stop, Terminate) a refused item is reported in\n"
          + "`FailedRequests` with the row's error code and the call succeeds; other operations refuse the\n"
          + "whole request with that error. The other WorkSpace rows, such as an unknown WorkSpace, follow.\n"),
  WORKSPACE_REQUEST(WorkspaceRequestRule.values(), "Other WorkSpace requests",
      "In batch calls and CreateWorkspaces a row refuses one item; elsewhere the whole request.\n" + Notes.IN_ORDER),
  CREATE_WORKSPACES(CreateWorkspacesRule.values(), "CreateWorkspaces items",
      "Each row refuses one item in `FailedRequests` with its item code; the call itself succeeds. The item\n"
          + "codes that are not exception names are the service's own, as public sources quote them; the other\n"
          + "rows' codes for items are not documented, and the simulator writes the exception name. An item is\n"
          + "checked against DIRECTORY_KNOWN, DIRECTORY_REGISTERED, `BundleRule.BUNDLE_EXISTS`, the name rows,\n"
          + "ONE_PER_USER, `WorkspaceRequestRule.PROPERTIES_VALID`, TAG_LIMIT and WORKSPACE_LIMIT, in this order.\n"),
  MODIFY_PROPERTIES(ModifyPropertiesRule.values(), "ModifyWorkspaceProperties changes",
      "A request is checked against `WorkspaceRequestRule.WORKSPACE_EXISTS`, `MODIFICATION_IN_PROGRESS`,\n"
          + "`WorkspaceRule.MODIFY_PROPERTIES`, `WorkspaceRequestRule.PROPERTIES_VALID` and then these rows, in\n"
          + "table order. A value equal to the current one is no change. A STOPPED WorkSpace stays STOPPED: its\n"
          + "change applies at once, without UPDATING (not documented; our choice).\n"),
  DIRECTORY(DirectoryRule.values(), "Directories", Notes.IN_ORDER),
  TAG(TagRule.values(), "Tags", Notes.IN_ORDER),
  BUNDLE(BundleRule.values(), "Bundles", Notes.IN_ORDER),
  IMAGE(ImageRule.values(), "Images and bundles",
      "An image reports `Updates.UpdateAvailable` = true once " + ImageRule.UPDATE_AVAILABLE_AFTER.toDays()
          + " virtual days have passed since it became\nAVAILABLE; an updated image starts that count again. "
          + "Updatable operating systems: " + RunningModes.joined(ImageRule.UPDATABLE_SYSTEMS) + ".\n"
          + Notes.IN_ORDER),
  IP_GROUP(IpGroupRule.values(), "IP access control groups", Notes.IN_ORDER),
  CONNECTION(ConnectionRule.values(), "User connections (simulation hooks, not API operations)",
      "`Engine.connectUser` and `Engine.disconnectUser` (`WorkspacesFake.connectUser`, `POST /_admin/connect`) check\n"
          + "these rows in order. DescribeWorkspacesConnectionStatus then shows an AVAILABLE WorkSpace CONNECTED or\n"
          + "DISCONNECTED, with LastKnownUserConnectionTimestamp the time of the last connection; a WorkSpace that\n"
          + "leaves AVAILABLE (stopped, rebooted, ...) loses its user. Every other state shows UNKNOWN.\n"),
  CONNECTION_ALIAS(ConnectionAliasRule.values(), "Connection aliases", Notes.IN_ORDER),
  ACCOUNT_LINK(AccountLinkRule.values(), "Account links", Notes.IN_ORDER),
  PAGE_TOKEN(PageTokenRule.values(), "Page tokens", "A listing checks its NextToken after its other rows.\n"),
  ENGINE(EngineRule.values(), "Every request",
      "Schema validation runs before any other row; an operation not simulated has no other row.\n");

  private final List<RefusalRule> rows;
  private final String title;
  private final String note;

  PreconditionTable(RefusalRule[] rows, String title, String note) {
    this.rows = List.of(rows);
    this.title = title;
    this.note = note;
  }

  /** Returns the simple name of the table's enum, for example {@code TagRule}. */
  public String typeName() {
    return ((Enum<?>) rows.get(0)).getDeclaringClass().getSimpleName();
  }

  /** Returns the heading of the table's section in {@code docs/preconditions.md}. */
  public String title() {
    return title;
  }

  /** Returns what {@code docs/preconditions.md} says under the table: how its rows apply. */
  public String note() {
    return note;
  }

  /** Returns the table's rows in declaration order, which is the order the handlers check them in. */
  public List<RefusalRule> rows() {
    return rows;
  }

  /**
   * Returns the table {@code row} belongs to.
   *
   * @throws IllegalArgumentException if {@code row} is of no table listed here
   */
  public static PreconditionTable of(RefusalRule row) {
    return Arrays.stream(values()).filter(table -> table.rows.contains(row)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException(row.getClass() + " is not a listed precondition table"));
  }

  /** Returns every row of every table, table by table. */
  public static List<RefusalRule> allRows() {
    return Arrays.stream(values()).flatMap(table -> table.rows().stream()).toList();
  }

  /** Notes several tables share. */
  private static final class Notes {
    static final String IN_ORDER = "Checks run in table order within an operation; the first failing row answers.\n";
  }
}
