package dev.workspaces.engine.rule;

import java.util.Arrays;
import java.util.List;

/**
 * Every precondition table of the engine, in the order {@code docs/preconditions.md} shows them.
 * Each row of each table is a {@link RefusalRule}; a refusal the engine gives names exactly one.
 */
public enum PreconditionTable {
  WORKSPACE(WorkspaceRule.class, "Actions on a WorkSpace"),
  WORKSPACE_REQUEST(WorkspaceRequestRule.class, "Other WorkSpace requests"),
  CREATE_WORKSPACES(CreateWorkspacesRule.class, "CreateWorkspaces items"),
  DIRECTORY(DirectoryRule.class, "Directories"),
  TAG(TagRule.class, "Tags"),
  BUNDLE(BundleRule.class, "Bundles"),
  IMAGE(ImageRule.class, "Images and bundles"),
  IP_GROUP(IpGroupRule.class, "IP access control groups"),
  PAGE_TOKEN(PageTokenRule.class, "Page tokens"),
  ENGINE(EngineRule.class, "Every request");

  private final Class<? extends RefusalRule> type;
  private final String title;

  PreconditionTable(Class<? extends RefusalRule> type, String title) {
    this.type = type;
    this.title = title;
  }

  /** Returns the simple name of the table's enum, for example {@code TagRule}. */
  public String typeName() {
    return type.getSimpleName();
  }

  /** Returns the heading of the table's section in {@code docs/preconditions.md}. */
  public String title() {
    return title;
  }

  /** Returns the table's rows in declaration order, which is the order the handlers check them in. */
  public List<RefusalRule> rows() {
    return List.of(type.getEnumConstants());
  }

  /**
   * Returns the table {@code row} belongs to.
   *
   * @throws IllegalArgumentException if {@code row} is of no table listed here
   */
  public static PreconditionTable of(RefusalRule row) {
    return Arrays.stream(values()).filter(table -> table.type.isInstance(row)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException(row.getClass() + " is not a listed precondition table"));
  }

  /** Returns every row of every table, table by table. */
  public static List<RefusalRule> allRows() {
    return Arrays.stream(values()).flatMap(table -> table.rows().stream()).toList();
  }
}
