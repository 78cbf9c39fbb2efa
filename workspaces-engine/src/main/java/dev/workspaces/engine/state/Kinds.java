package dev.workspaces.engine.state;

import dev.workspaces.model.WorkspaceBundle;
import dev.workspaces.model.WorkspacesIpGroup;
import java.util.ArrayList;
import java.util.List;

/**
 * The resource kinds of a scope, one registration line each. A new kind adds its own
 * {@link ScopePart} type and one line here; {@link ScopeState}, {@link StateEditor}, the state dump
 * and the invariants then handle it through its part's hooks.
 *
 * <p>The order of the lines is the order of the kinds in {@link #all()}, hence of the sections in
 * the state dump ({@code GET /_admin/state}): moving a line changes the dump.
 */
public final class Kinds {
  private static final List<Kind<?>> REGISTERED = new ArrayList<>();

  /** Registered directories. */
  public static final Kind<ScopeDirectories> DIRECTORIES = register("Directories", ScopeDirectories.EMPTY);
  /** WorkSpaces, with their user index and their index by directory and bundle. */
  public static final Kind<ScopeWorkspaces> WORKSPACES = register("Workspaces", ScopeWorkspaces.EMPTY);
  /** The account's own bundles. */
  public static final Kind<ScopeValues<WorkspaceBundle>> BUNDLES =
      register("Bundles", ScopeValues.empty("Bundles", bundle -> bundle.bundleId().orElseThrow()));
  /** The tags of every resource but the WorkSpaces, whose entries carry theirs. */
  public static final Kind<ScopeTags> TAGS = register("Tags", ScopeTags.EMPTY);
  /** Client settings by resource (directory). */
  public static final Kind<ScopeClientProperties> CLIENT_PROPERTIES =
      register("ClientProperties", ScopeClientProperties.EMPTY);
  /** The account's own images, and the images other accounts share with it. */
  public static final Kind<ScopeImages> IMAGES = register("Images", ScopeImages.EMPTY);
  /** IP access control groups. */
  public static final Kind<ScopeValues<WorkspacesIpGroup>> IP_GROUPS = register("IpGroups",
      ScopeValues.<WorkspacesIpGroup>empty("IpGroups", group -> group.groupId().orElseThrow())
          .checkedBy(IpGroupInvariants::check));
  /** The account's own connection aliases, those other accounts share with it, and its reserved strings. */
  public static final Kind<ScopeConnectionAliases> CONNECTION_ALIASES =
      register("ConnectionAliases", ScopeConnectionAliases.EMPTY);
  /** The account links the account sent in the region, and the index of those sent to it. */
  public static final Kind<ScopeAccountLinks> ACCOUNT_LINKS = register("AccountLinks", ScopeAccountLinks.EMPTY);

  private static final List<Kind<?>> ALL = List.copyOf(REGISTERED);

  private Kinds() {}

  /** Returns every kind, in registration order. */
  public static List<Kind<?>> all() {
    return ALL;
  }

  private static <S extends ScopePart<S>> Kind<S> register(String name, S empty) {
    Kind<S> kind = new Kind<>(name, REGISTERED.size(), empty);
    REGISTERED.add(kind);
    return kind;
  }
}
