package dev.workspaces.engine.state;

import java.time.Instant;
import java.util.Comparator;

/**
 * When a scheduled step is due, with a sequence number that orders steps due at the same instant
 * by the order they were scheduled.
 *
 * @param due the virtual time the step completes at
 * @param sequence the scheduling order, unique within a state
 */
public record TimelineKey(Instant due, long sequence) implements Comparable<TimelineKey> {
  private static final Comparator<TimelineKey> ORDER =
      Comparator.comparing(TimelineKey::due).thenComparingLong(TimelineKey::sequence);

  @Override
  public int compareTo(TimelineKey other) {
    return ORDER.compare(this, other);
  }
}
