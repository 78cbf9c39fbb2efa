package dev.workspaces.engine.state;

import dev.workspaces.engine.internal.collect.IdMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One scope's WorkSpaces by user: in each directory, each user that holds a WorkSpace, with its id.
 * User names compare case-insensitively, so they are kept lower-cased ({@link Locale#ROOT}).
 *
 * <p>The inner keys are the user names themselves: lower-casing a name that is already lower case
 * returns the same string, so the index usually shares the WorkSpace's stored name instead of
 * building a key string per WorkSpace, and a lookup with that name matches by identity.
 *
 * @param byDirectory for each directory id, WorkSpace ids by lower-case user name
 */
public record UserIndex(IdMap<IdMap<String>> byDirectory) {
  /** The index of a scope without WorkSpaces. */
  public static final UserIndex EMPTY = new UserIndex(IdMap.unlisted());

  /** A user that holds a WorkSpace: its directory, its lower-case name and the WorkSpace's id. */
  public record Holding(String directoryId, String userName, String workspaceId) {}

  /** Returns the id of the WorkSpace that {@code userName} holds in {@code directoryId}, if any. */
  public Optional<String> workspaceOf(String directoryId, String userName) {
    IdMap<String> users = byDirectory.get(directoryId);
    return users == null ? Optional.empty() : Optional.ofNullable(users.get(normal(userName)));
  }

  /** Returns the index in which {@code userName} holds {@code workspaceId} in {@code directoryId}. */
  public UserIndex plus(String directoryId, String userName, String workspaceId) {
    IdMap<String> users = byDirectory.getOrDefault(directoryId, IdMap.unlisted());
    return new UserIndex(byDirectory.plus(directoryId, users.plus(normal(userName), workspaceId)));
  }

  /**
   * Returns the index without the user's holding when it is {@code workspaceId} (this index when
   * the user holds another WorkSpace, or none).
   */
  public UserIndex minusIfHeldBy(String directoryId, String userName, String workspaceId) {
    IdMap<String> users = byDirectory.get(directoryId);
    String key = normal(userName);
    if (users == null || !workspaceId.equals(users.get(key))) {
      return this;
    }
    IdMap<String> rest = users.minus(key);
    return new UserIndex(rest.isEmpty() ? byDirectory.minus(directoryId) : byDirectory.plus(directoryId, rest));
  }

  /** Returns the index without {@code workspace}'s user when the user holds {@code workspace}. */
  public UserIndex released(WorkspaceEntry workspace) {
    return minusIfHeldBy(directoryOf(workspace), userOf(workspace), workspace.id());
  }

  /**
   * Returns the index in which the user holds {@code to} instead of {@code from} (this index when
   * the user does not hold {@code from}): a migration hands the user over to the new WorkSpace.
   */
  public UserIndex handedOver(String directoryId, String userName, String from, String to) {
    return workspaceOf(directoryId, userName).filter(from::equals).isPresent()
        ? plus(directoryId, userName, to) : this;
  }

  /** Returns the index in which {@code from}'s user holds {@code to} if it held {@code from}. */
  public UserIndex handedOver(WorkspaceEntry from, String to) {
    return handedOver(directoryOf(from), userOf(from), from.id(), to);
  }

  /** Returns how many users hold a WorkSpace (O(directories)). */
  public int size() {
    return byDirectory.values().stream().mapToInt(IdMap::size).sum();
  }

  /** Returns every holding, by directory and then user name: a copy made on each call (O(n log n)). */
  public List<Holding> holdings() {
    List<Holding> holdings = new ArrayList<>();
    byDirectory.forEach((directoryId, users) ->
        users.forEach((userName, workspaceId) -> holdings.add(new Holding(directoryId, userName, workspaceId))));
    return holdings;
  }

  private static String directoryOf(WorkspaceEntry workspace) {
    return workspace.details().directoryId().orElse("");
  }

  private static String userOf(WorkspaceEntry workspace) {
    return workspace.details().userName().orElse("");
  }

  private static String normal(String userName) {
    return userName.toLowerCase(Locale.ROOT);
  }
}
