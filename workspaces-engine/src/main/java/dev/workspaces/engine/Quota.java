package dev.workspaces.engine;

/**
 * The per-account limits the engine enforces, each with the service's default quota. A request
 * that would go past one is refused with ResourceLimitExceededException; {@link EngineConfig}
 * carries the values in force.
 */
public enum Quota {
  /** WorkSpaces one account may hold in one region (high by default, so tests rarely meet it). */
  WORKSPACES_PER_SCOPE(1_000_000),
  /** Tags one resource may carry. */
  TAGS_PER_RESOURCE(50),
  /** Images one account may hold in one region. */
  IMAGES_PER_SCOPE(40),
  /** Own bundles one account may hold in one region. */
  BUNDLES_PER_SCOPE(50),
  /** IP access control groups one account may hold in one region. */
  IP_GROUPS_PER_SCOPE(100),
  /** IP access control groups one directory may be associated with. */
  IP_GROUPS_PER_DIRECTORY(25),
  /** Rules one IP access control group may hold. */
  RULES_PER_IP_GROUP(10),
  /** Connection aliases one account may hold in one region. */
  CONNECTION_ALIASES_PER_SCOPE(20);

  private final int serviceDefault;

  Quota(int serviceDefault) {
    this.serviceDefault = serviceDefault;
  }

  /** Returns the default the service applies to a new account. */
  public int serviceDefault() {
    return serviceDefault;
  }
}
