package dev.workspaces.engine;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.function.Supplier;

/** A {@link Clock} that reads the virtual time of a simulated service each time it is asked. */
final class VirtualClock extends Clock {
  private final Supplier<Instant> now;
  private final ZoneId zone;

  VirtualClock(Supplier<Instant> now, ZoneId zone) {
    this.now = now;
    this.zone = zone;
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  @Override
  public Clock withZone(ZoneId other) {
    return new VirtualClock(now, other);
  }

  @Override
  public Instant instant() {
    return now.get();
  }
}
