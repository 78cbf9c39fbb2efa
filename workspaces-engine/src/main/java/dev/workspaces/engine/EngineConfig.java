package dev.workspaces.engine;

import com.google.common.collect.ImmutableMap;
import dev.workspaces.engine.rule.Transition;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

/**
 * How long each asynchronous step takes in virtual time, and the per-account limits in force.
 *
 * @param durations the duration of every {@link Transition}
 * @param quotas the value of every {@link Quota}
 */
public record EngineConfig(ImmutableMap<Transition, Duration> durations, ImmutableMap<Quota, Integer> quotas) {

  /** The service's default image quota per account and region. */
  public static final int DEFAULT_MAX_IMAGES = Quota.IMAGES_PER_SCOPE.serviceDefault();

  /** The service's default quota of own bundles per account and region. */
  public static final int DEFAULT_MAX_BUNDLES = Quota.BUNDLES_PER_SCOPE.serviceDefault();

  /** Durations close to what the service shows (a new WorkSpace takes 20 minutes). */
  public static EngineConfig realistic() {
    Map<Transition, Duration> durations = new EnumMap<>(Transition.class);
    for (Transition transition : Transition.values()) {
      durations.put(transition, transition.realisticDuration());
    }
    return new EngineConfig(ImmutableMap.copyOf(durations), serviceDefaults());
  }

  /** Every step takes no time: it completes at the next {@code advance}, even by zero. */
  public static EngineConfig instant() {
    Map<Transition, Duration> durations = new EnumMap<>(Transition.class);
    for (Transition transition : Transition.values()) {
      durations.put(transition, Duration.ZERO);
    }
    return new EngineConfig(ImmutableMap.copyOf(durations), serviceDefaults());
  }

  private static ImmutableMap<Quota, Integer> serviceDefaults() {
    Map<Quota, Integer> quotas = new EnumMap<>(Quota.class);
    for (Quota quota : Quota.values()) {
      quotas.put(quota, quota.serviceDefault());
    }
    return ImmutableMap.copyOf(quotas);
  }

  /** Returns the duration of {@code transition}. */
  public Duration duration(Transition transition) {
    return durations.getOrDefault(transition, transition.realisticDuration());
  }

  /** Returns the value of {@code quota} in force. */
  public int quota(Quota quota) {
    return quotas.getOrDefault(quota, quota.serviceDefault());
  }

  /** Returns a copy with one step's duration replaced. */
  public EngineConfig withDuration(Transition transition, Duration duration) {
    Map<Transition, Duration> copy = new EnumMap<>(durations);
    copy.put(transition, duration);
    return new EngineConfig(ImmutableMap.copyOf(copy), quotas);
  }

  /** Returns a copy with {@code quota} set to {@code limit}. */
  public EngineConfig withQuota(Quota quota, int limit) {
    Map<Quota, Integer> copy = new EnumMap<>(Quota.class);
    copy.putAll(quotas);
    copy.put(quota, limit);
    return new EngineConfig(durations, ImmutableMap.copyOf(copy));
  }

  /** Returns the most WorkSpaces one account may hold in one region. */
  public int maxWorkspacesPerScope() {
    return quota(Quota.WORKSPACES_PER_SCOPE);
  }

  /** Returns the most tags one resource may carry. */
  public int maxTagsPerResource() {
    return quota(Quota.TAGS_PER_RESOURCE);
  }

  /** Returns the most images one account may hold in one region. */
  public int maxImagesPerScope() {
    return quota(Quota.IMAGES_PER_SCOPE);
  }

  /** Returns the most own bundles one account may hold in one region. */
  public int maxBundlesPerScope() {
    return quota(Quota.BUNDLES_PER_SCOPE);
  }

  /** Returns a copy with another per-scope WorkSpace limit. */
  public EngineConfig withMaxWorkspacesPerScope(int limit) {
    return withQuota(Quota.WORKSPACES_PER_SCOPE, limit);
  }

  /** Returns a copy with another per-scope image limit. */
  public EngineConfig withMaxImagesPerScope(int limit) {
    return withQuota(Quota.IMAGES_PER_SCOPE, limit);
  }

  /** Returns a copy with another per-scope limit of own bundles. */
  public EngineConfig withMaxBundlesPerScope(int limit) {
    return withQuota(Quota.BUNDLES_PER_SCOPE, limit);
  }
}
