package dev.workspaces.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.List;
import org.junit.jupiter.api.Test;

/** BusyPoll polls only on a free core, stops when bytes arrive, and gives up after its polls. */
class BusyPollTest {
  /** A stream that answers available() from a script (then 0) and counts the calls. */
  private static final class ScriptedStream extends InputStream {
    private final ArrayDeque<Integer> availability;
    int availableCalls;

    ScriptedStream(List<Integer> availability) {
      this.availability = new ArrayDeque<>(availability);
    }

    @Override
    public int available() {
      availableCalls++;
      return availability.isEmpty() ? 0 : availability.poll();
    }

    @Override
    public int read() {
      return 7;
    }

    @Override
    public int read(byte[] target, int offset, int length) {
      target[offset] = 7;
      return 1;
    }
  }

  /** Returns {@code poll} with the calling thread counted as a connection thread, as HttpConnection does. */
  private static BusyPoll serving(BusyPoll poll) {
    poll.started();
    return poll;
  }

  @Test
  void aLoneConnectionPollsUntilBytesArrive() throws Exception {
    ScriptedStream in = new ScriptedStream(List.of(0, 0, 3));
    assertEquals(1, serving(new BusyPoll(2, 100)).read(in, new byte[4], 0, 4));
    assertEquals(3, in.availableCalls);
  }

  @Test
  void pollingGivesUpAfterItsPolls() throws Exception {
    ScriptedStream in = new ScriptedStream(List.of());
    serving(new BusyPoll(2, 50)).read(in, new byte[4], 0, 4);
    assertEquals(50, in.availableCalls);
  }

  @Test
  void nothingPollsOnOneCore() throws Exception {
    ScriptedStream in = new ScriptedStream(List.of());
    serving(new BusyPoll(1, 50)).read(in, new byte[4], 0, 4);
    assertEquals(0, in.availableCalls);
  }

  @Test
  void nothingPollsWhileAnotherConnectionUsesTheOtherCore() throws Exception {
    BusyPoll poll = new BusyPoll(2, 50);
    poll.started(); // another connection thread, serving a request
    ScriptedStream in = new ScriptedStream(List.of());
    poll.started();
    poll.read(in, new byte[4], 0, 4);
    assertEquals(0, in.availableCalls);
    poll.ended(); // the other connection goes away: now a core is free again
    poll.read(in, new byte[4], 0, 4);
    assertEquals(50, in.availableCalls);
  }
}
