package dev.workspaces.json;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Optional;

/**
 * Converts timestamps to and from the wire form: epoch seconds as a decimal number.
 *
 * <h2>Rules</h2>
 * <ul>
 *   <li>Written with at most three fractional digits and no trailing zeros: {@code 1700000000.123},
 *       {@code 1700000000.5}, {@code 1700000000}, {@code -1.5}; never in exponent form.
 *   <li>Precision is the millisecond both ways. Finer parts are dropped toward the past (floor, as
 *       {@link Instant#truncatedTo} does), so {@code 1700000000.123456789} reads as
 *       {@code ...20.123Z}, the Java SDK's result. (For negative values the Java SDK truncates
 *       toward zero instead; no real timestamp is both negative and finer than a millisecond.)
 *   <li>Any value inside {@link Instant}'s range is accepted; anything beyond it is refused.
 * </ul>
 */
final class TimestampFormat {
  private static final BigDecimal MIN_SECONDS = BigDecimal.valueOf(Instant.MIN.getEpochSecond());
  private static final BigDecimal END_SECONDS =
      BigDecimal.valueOf(Instant.MAX.getEpochSecond()).add(BigDecimal.ONE);
  private static final BigDecimal ONE_MILLISECOND = new BigDecimal("0.001");

  private TimestampFormat() {}

  /** Returns {@code instant} as epoch seconds, truncated to the millisecond. */
  static String format(Instant instant) {
    BigDecimal seconds = BigDecimal.valueOf(instant.getEpochSecond())
        .add(BigDecimal.valueOf(instant.getNano() / 1_000_000, 3));
    return seconds.stripTrailingZeros().toPlainString();
  }

  /**
   * Returns the instant {@code seconds} after the epoch, truncated to the millisecond, or empty when
   * it lies outside {@link Instant}'s range.
   */
  static Optional<Instant> fromEpochSeconds(BigDecimal seconds) {
    // Range first: the comparisons are cheap even for exponents like 1e999999999, rescaling is not.
    if (seconds.compareTo(MIN_SECONDS) < 0 || seconds.compareTo(END_SECONDS) >= 0) {
      return Optional.empty();
    }
    if (seconds.abs().compareTo(ONE_MILLISECOND) < 0) {
      // Also keeps setScale away from values such as 1e-999999999, whose rescaling would be huge.
      return Optional.of(seconds.signum() < 0 ? Instant.ofEpochMilli(-1) : Instant.EPOCH);
    }
    BigDecimal millis = seconds.setScale(3, RoundingMode.FLOOR);
    BigDecimal whole = millis.setScale(0, RoundingMode.FLOOR);
    int fraction = millis.subtract(whole).movePointRight(3).intValueExact();
    return Optional.of(Instant.ofEpochSecond(whole.longValueExact(), fraction * 1_000_000L));
  }
}
