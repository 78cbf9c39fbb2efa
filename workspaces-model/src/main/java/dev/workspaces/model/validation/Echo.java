package dev.workspaces.model.validation;

/**
 * Bounds the caller's values that error messages quote: a value of at most {@link #MAX_CODE_POINTS}
 * code points is quoted whole; a longer one is quoted as its first {@code MAX_CODE_POINTS} code points,
 * then {@code ...}, then how long it was, so a message says that it shortened the value.
 *
 * <p>The service documents no such bound; we keep messages (and the {@code ResourceId} of an error)
 * short whatever the request carried, for example a 1 MB tag ResourceId.
 */
public final class Echo {
  /** The most code points of a value a message quotes. */
  public static final int MAX_CODE_POINTS = 256;

  private Echo() {}

  /** Returns {@code value} itself when short enough, else its bounded prefix with the marker. */
  public static String of(String value) {
    if (value.length() <= MAX_CODE_POINTS || value.codePointCount(0, value.length()) <= MAX_CODE_POINTS) {
      return value;
    }
    int end = value.offsetByCodePoints(0, MAX_CODE_POINTS);
    return value.substring(0, end) + "...(" + value.codePointCount(0, value.length()) + " characters, first "
        + MAX_CODE_POINTS + " shown)";
  }
}
