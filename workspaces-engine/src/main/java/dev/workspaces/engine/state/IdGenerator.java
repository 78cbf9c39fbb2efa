package dev.workspaces.engine.state;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;

/**
 * Derives resource ids from a seed and a counter held in the state: a pure function, so the same
 * seed and the same actions always give the same ids.
 *
 * <p>Ids have the real shapes: a prefix and lower-case base-36 characters ({@code ws-} plus 9
 * characters), or hexadecimal for directory ids ({@code d-} plus 10 digits).
 */
@API(status = INTERNAL)
public final class IdGenerator {
  private static final String BASE36 = "0123456789abcdefghijklmnopqrstuvwxyz";
  private static final String HEX = "0123456789abcdef";

  private IdGenerator() {}

  /** Returns the id numbered {@code counter} for {@code seed}: {@code prefix} then {@code length} characters. */
  public static String id(long seed, long counter, String prefix, int length, boolean hex) {
    String alphabet = hex ? HEX : BASE36;
    StringBuilder id = new StringBuilder(prefix);
    long bits = mix(seed ^ mix(counter + 0x632BE59BD9B4E019L));
    for (int i = 0; i < length; i++) {
      if (i % 10 == 9) {
        bits = mix(bits + i);
      }
      id.append(alphabet.charAt((int) Long.remainderUnsigned(bits, alphabet.length())));
      bits = Long.divideUnsigned(bits, alphabet.length());
    }
    return id.toString();
  }

  /** The SplitMix64 finaliser: spreads every input bit over the whole output. */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
