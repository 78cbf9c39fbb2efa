package dev.workspaces.server;

import dev.workspaces.engine.EngineConfig;
import java.util.Locale;
import java.util.Optional;

/** The step durations the engine runs with: one of the two {@link EngineConfig} presets. */
public enum Profile {
  /** {@link EngineConfig#realistic()}: a new WorkSpace takes 20 virtual minutes. */
  REALISTIC,
  /** {@link EngineConfig#instant()}: every step completes at the next advance, even by zero. */
  INSTANT;

  /** Returns the engine configuration of this profile. */
  public EngineConfig engineConfig() {
    return switch (this) {
      case REALISTIC -> EngineConfig.realistic();
      case INSTANT -> EngineConfig.instant();
    };
  }

  /** Returns the profile named {@code name} ({@code realistic} or {@code instant}, any case). */
  public static Optional<Profile> fromName(String name) {
    for (Profile profile : values()) {
      if (profile.name().equalsIgnoreCase(name)) {
        return Optional.of(profile);
      }
    }
    return Optional.empty();
  }

  /** Returns the lower-case name used on the command line. */
  public String flagValue() {
    return name().toLowerCase(Locale.ROOT);
  }
}
