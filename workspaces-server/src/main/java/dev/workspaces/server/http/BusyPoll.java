package dev.workspaces.server.http;

import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Reads for the connection threads of one listener, letting a thread poll its socket a bounded
 * number of times for the next bytes before it blocks, but only on a core nobody else needs.
 *
 * <p>Waking a thread blocked in a read costs tens of microseconds on a small machine, far more
 * than the handler's own work on a request, so a thread that polls while its client prepares the
 * next request answers it sooner. Polling is allowed only while the threads serving requests plus
 * those polling leave one core free (for the clients and everything else); a poller stops as soon
 * as that no longer holds, and then blocks as it would have anyway. Polling counts calls to
 * {@link InputStream#available()} rather than reading a clock.
 */
final class BusyPoll {
  private final AtomicInteger serving = new AtomicInteger();
  private final AtomicInteger polling = new AtomicInteger();
  private final int cores;
  private final int polls;

  /**
   * @param cores the cores of the machine; with one, nothing ever polls
   * @param polls how many times a thread checks for bytes before it blocks
   */
  BusyPoll(int cores, int polls) {
    this.cores = cores;
    this.polls = polls;
  }

  /** Returns the policy for this machine. */
  static BusyPoll forThisMachine() {
    return new BusyPoll(Runtime.getRuntime().availableProcessors(), 512);
  }

  /** Marks the calling connection thread as serving (call once when it starts). */
  void started() {
    serving.incrementAndGet();
  }

  /** Marks the calling connection thread as gone (call once when it ends). */
  void ended() {
    serving.decrementAndGet();
  }

  /**
   * Reads from {@code in} as {@link InputStream#read(byte[], int, int)} does, polling first when a
   * core is free; while it waits, the calling thread does not count as serving.
   */
  int read(InputStream in, byte[] target, int offset, int length) throws IOException {
    serving.decrementAndGet();
    try {
      poll(in);
      return in.read(target, offset, length);
    } finally {
      serving.incrementAndGet();
    }
  }

  private void poll(InputStream in) throws IOException {
    if (serving.get() + polling.incrementAndGet() >= cores) {
      polling.decrementAndGet();
      return;
    }
    try {
      for (int i = 0; i < polls && in.available() == 0 && serving.get() + polling.get() < cores; i++) {
        Thread.onSpinWait();
      }
    } finally {
      polling.decrementAndGet();
    }
  }
}
