package dev.workspaces.server.state;

import java.time.Duration;
import java.time.Instant;
import dev.workspaces.server.ClockMode;
import java.util.function.LongSupplier;

/**
 * Maps wall time onto virtual time for {@link ClockMode#WALL}: the virtual time due now is
 * {@code anchor + (wallNow - wallAnchor) * scale}, truncated to milliseconds. Not thread-safe; the
 * {@link StateHolder} that owns it serialises every call.
 */
final class WallClockSync {
  private final LongSupplier wallNanos;
  private final double scale;
  private long wallAnchor;
  private Instant virtualAnchor;

  WallClockSync(LongSupplier wallNanos, double scale, Instant virtualNow) {
    this.wallNanos = wallNanos;
    this.scale = scale;
    rebase(virtualNow);
  }

  /** Pins the mapping so that the current wall time corresponds to {@code virtualNow}. */
  void rebase(Instant virtualNow) {
    this.wallAnchor = wallNanos.getAsLong();
    this.virtualAnchor = virtualNow;
  }

  /** Returns the virtual time due at the current wall time (never before the anchor). */
  Instant due() {
    long elapsedNanos = Math.max(0, wallNanos.getAsLong() - wallAnchor);
    long virtualMillis = (long) Math.floor(elapsedNanos / 1_000_000.0 * scale);
    return virtualAnchor.plus(Duration.ofMillis(virtualMillis));
  }
}
