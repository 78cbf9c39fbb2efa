package dev.workspaces.model.schema;

import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;

/**
 * Inclusive lower and upper limits of a length, size or numeric value; either side may be open.
 *
 * @param min the smallest allowed value, or empty when unbounded below
 * @param max the largest allowed value, or empty when unbounded above
 */
public record Bounds(OptionalLong min, OptionalLong max) {

  /** Bounds with no limit on either side. */
  public static final Bounds NONE = new Bounds(OptionalLong.empty(), OptionalLong.empty());

  /** Returns bounds from nullable limits ({@code null} means open). */
  public static Bounds of(@Nullable Long min, @Nullable Long max) {
    return new Bounds(
        min == null ? OptionalLong.empty() : OptionalLong.of(min),
        max == null ? OptionalLong.empty() : OptionalLong.of(max));
  }

  /** Returns whether {@code value} lies inside both limits. */
  public boolean contains(long value) {
    return (min.isEmpty() || value >= min.getAsLong()) && (max.isEmpty() || value <= max.getAsLong());
  }
}
