package dev.workspaces.json;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/** Tells whether bytes are all ASCII (below 0x80), and so valid UTF-8 as they stand. */
final class Ascii {
  /** Reads eight bytes at once; the byte order does not matter for the test. */
  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long HIGH_BITS = 0x8080808080808080L;

  private Ascii() {}

  /** Returns whether every byte of {@code bytes} is below 0x80. */
  static boolean isAscii(byte[] bytes) {
    int i = 0;
    long seen = 0;
    for (int end = bytes.length - 7; i < end; i += 8) {
      seen |= (long) LONGS.get(bytes, i);
    }
    for (; i < bytes.length; i++) {
      seen |= bytes[i];
    }
    return (seen & HIGH_BITS) == 0;
  }
}
