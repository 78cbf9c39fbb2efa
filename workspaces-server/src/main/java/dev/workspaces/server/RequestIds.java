package dev.workspaces.server;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Issues the {@code x-amzn-RequestId} of every reply: UUID-shaped strings counting up from 1 per
 * server ({@code 00000000-0000-4000-8000-000000000001}), so a run is reproducible and no random
 * source is used.
 */
final class RequestIds {
  private static final String PREFIX = "00000000-0000-4000-8000-";
  private static final int DIGITS = 12;
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private final AtomicLong counter = new AtomicLong();

  /** Returns the next request id: the counter in (at least) 12 lower-case hex digits. */
  String next() {
    long value = counter.incrementAndGet();
    if (value >>> (4 * DIGITS) != 0) {
      return PREFIX + Long.toHexString(value); // past 16^12 requests: more digits, as %012x gives
    }
    char[] id = new char[PREFIX.length() + DIGITS];
    PREFIX.getChars(0, PREFIX.length(), id, 0);
    for (int i = id.length - 1; i >= PREFIX.length(); i--) {
      id[i] = HEX[(int) (value & 0xF)];
      value >>>= 4;
    }
    return new String(id);
  }
}
