package dev.workspaces.server;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Issues the {@code x-amzn-RequestId} of every reply: UUID-shaped strings counting up from 1 per
 * server ({@code 00000000-0000-4000-8000-000000000001}), so a run is reproducible and no random
 * source is used.
 */
final class RequestIds {
  private final AtomicLong counter = new AtomicLong();

  /** Returns the next request id. */
  String next() {
    return String.format("00000000-0000-4000-8000-%012x", counter.incrementAndGet());
  }
}
