package dev.workspaces.server;

import java.util.Locale;
import java.util.Optional;

/** How the engine's virtual clock moves while the server runs. */
public enum ClockMode {
  /**
   * Before every request and every admin read, virtual time is brought to
   * {@code anchor + (wallNow - wallAnchor) * timeScale}; {@code POST /_admin/advance} still works
   * and moves the anchor forward.
   */
  WALL,
  /** Virtual time moves only through {@code POST /_admin/advance} (or the Java API). */
  MANUAL;

  /** Returns the mode named {@code name} ({@code wall} or {@code manual}, any case). */
  public static Optional<ClockMode> fromName(String name) {
    for (ClockMode mode : values()) {
      if (mode.name().equalsIgnoreCase(name)) {
        return Optional.of(mode);
      }
    }
    return Optional.empty();
  }

  /** Returns the lower-case name used on the command line. */
  public String flagValue() {
    return name().toLowerCase(Locale.ROOT);
  }
}
