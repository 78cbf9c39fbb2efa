package dev.workspaces.engine;

import com.google.common.collect.ImmutableMap;
import dev.workspaces.engine.rule.Transition;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

/**
 * How long each asynchronous step takes in virtual time, and per-account limits.
 *
 * @param durations the duration of every {@link Transition}
 * @param maxWorkspacesPerScope the most WorkSpaces one account may hold in one region
 * @param maxTagsPerResource the most tags one resource may carry
 * @param maxImagesPerScope the most images one account may hold in one region
 * @param maxBundlesPerScope the most own bundles one account may hold in one region
 */
public record EngineConfig(
    ImmutableMap<Transition, Duration> durations,
    int maxWorkspacesPerScope,
    int maxTagsPerResource,
    int maxImagesPerScope,
    int maxBundlesPerScope) {

  /** The service's default image quota per account and region. */
  public static final int DEFAULT_MAX_IMAGES = 40;

  /** The service's default quota of own bundles per account and region. */
  public static final int DEFAULT_MAX_BUNDLES = 50;

  /** Durations close to what the service shows (a new WorkSpace takes 20 minutes). */
  public static EngineConfig realistic() {
    Map<Transition, Duration> durations = new EnumMap<>(Transition.class);
    for (Transition transition : Transition.values()) {
      durations.put(transition, transition.realisticDuration());
    }
    return new EngineConfig(ImmutableMap.copyOf(durations), 1_000_000, 50, DEFAULT_MAX_IMAGES, DEFAULT_MAX_BUNDLES);
  }

  /** Every step takes no time: it completes at the next {@code advance}, even by zero. */
  public static EngineConfig instant() {
    Map<Transition, Duration> durations = new EnumMap<>(Transition.class);
    for (Transition transition : Transition.values()) {
      durations.put(transition, Duration.ZERO);
    }
    return new EngineConfig(ImmutableMap.copyOf(durations), 1_000_000, 50, DEFAULT_MAX_IMAGES, DEFAULT_MAX_BUNDLES);
  }

  /** Returns the duration of {@code transition}. */
  public Duration duration(Transition transition) {
    return durations.getOrDefault(transition, transition.realisticDuration());
  }

  /** Returns a copy with one step's duration replaced. */
  public EngineConfig withDuration(Transition transition, Duration duration) {
    Map<Transition, Duration> copy = new EnumMap<>(durations);
    copy.put(transition, duration);
    return new EngineConfig(ImmutableMap.copyOf(copy), maxWorkspacesPerScope, maxTagsPerResource,
        maxImagesPerScope, maxBundlesPerScope);
  }

  /** Returns a copy with another per-scope WorkSpace limit. */
  public EngineConfig withMaxWorkspacesPerScope(int limit) {
    return new EngineConfig(durations, limit, maxTagsPerResource, maxImagesPerScope, maxBundlesPerScope);
  }

  /** Returns a copy with another per-scope image limit. */
  public EngineConfig withMaxImagesPerScope(int limit) {
    return new EngineConfig(durations, maxWorkspacesPerScope, maxTagsPerResource, limit, maxBundlesPerScope);
  }

  /** Returns a copy with another per-scope limit of own bundles. */
  public EngineConfig withMaxBundlesPerScope(int limit) {
    return new EngineConfig(durations, maxWorkspacesPerScope, maxTagsPerResource, maxImagesPerScope, limit);
  }
}
