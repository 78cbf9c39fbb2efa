package dev.workspaces.engine.state;

import dev.workspaces.engine.internal.collect.IdMap;
import dev.workspaces.model.ClientProperties;
import java.util.Optional;

/**
 * One scope's client settings, by the id of the resource (directory) they were set on; a resource
 * without an entry has the defaults. A kind apart from directories because the settings are
 * attached by resource id, as tags are, and go when that resource is removed.
 *
 * @param byResource client properties by resource id, unlisted (only looked up in)
 */
public record ScopeClientProperties(IdMap<ClientProperties> byResource)
    implements ScopePart<ScopeClientProperties> {
  /** A scope in which no client properties were set. */
  public static final ScopeClientProperties EMPTY = new ScopeClientProperties(IdMap.unlisted());

  /** Returns the client properties set on {@code resourceId}, if any. */
  public Optional<ClientProperties> find(String resourceId) {
    return Optional.ofNullable(byResource.get(resourceId));
  }

  /** Returns these settings with {@code properties} set on {@code resourceId}. */
  public ScopeClientProperties plus(String resourceId, ClientProperties properties) {
    IdMap<ClientProperties> next = byResource.plus(resourceId, properties);
    return next == byResource ? this : new ScopeClientProperties(next);
  }

  @Override
  public ScopeClientProperties forget(String resourceId) {
    IdMap<ClientProperties> next = byResource.minus(resourceId);
    return next == byResource ? this : new ScopeClientProperties(next);
  }

  @Override
  public void dump(ScopeState scope, DumpSections out) {
    out.byResource("ClientProperties", byResource);
  }
}
