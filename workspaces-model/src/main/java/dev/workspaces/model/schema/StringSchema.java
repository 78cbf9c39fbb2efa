package dev.workspaces.model.schema;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A string shape with optional length bounds (in Unicode code points) and an optional pattern.
 *
 * <p>The pattern follows the service's search semantics: a value satisfies it when the expression
 * is found anywhere in the value, so only patterns written with {@code ^...$} demand a full match.
 * Its {@code $} is the true end of the value, never the place before a final line terminator, and
 * {@code \S} takes no line terminator (as {@code .} takes none).
 *
 * <p>A value type: equal when name, bounds and pattern are. It compiles its pattern on first use
 * and keeps it, so validating a string reads nothing beyond its own schema.
 */
public final class StringSchema implements Schema {
  private final String name;
  private final Bounds length;
  private final Optional<String> pattern;
  /** The compiled pattern once used; a race at worst compiles it twice into equal patterns. */
  private @Nullable Pattern compiled;

  /**
   * @param name the shape name
   * @param length the allowed length in code points
   * @param pattern the regular expression as the service model writes it
   */
  public StringSchema(String name, Bounds length, Optional<String> pattern) {
    this.name = Objects.requireNonNull(name, "name");
    this.length = Objects.requireNonNull(length, "length");
    this.pattern = Objects.requireNonNull(pattern, "pattern");
  }

  /** Returns a string shape; {@code min}, {@code max} and {@code pattern} may be {@code null}. */
  public static StringSchema of(String name, @Nullable Long min, @Nullable Long max, @Nullable String pattern) {
    return new StringSchema(name, Bounds.of(min, max), Optional.ofNullable(pattern));
  }

  @Override
  public String name() {
    return name;
  }

  /** Returns the allowed length in code points. */
  public Bounds length() {
    return length;
  }

  /** Returns the regular expression as the service model writes it, if the shape has one. */
  public Optional<String> pattern() {
    return pattern;
  }

  @Override
  public ShapeType type() {
    return ShapeType.STRING;
  }

  /** Returns whether {@code value} satisfies the pattern (always true without one). */
  public boolean matchesPattern(String value) {
    Pattern expression = compiled();
    return expression == null || expression.matcher(value).find();
  }

  /** Returns the compiled pattern (in Java's syntax, anchored at the true end), if the shape has one. */
  public Optional<Pattern> compiledPattern() {
    return Optional.ofNullable(compiled());
  }

  private @Nullable Pattern compiled() {
    Pattern known = compiled;
    if (known == null && pattern.isPresent()) {
      known = CompiledPatterns.get(pattern.get());
      compiled = known;
    }
    return known;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof StringSchema that && name.equals(that.name) && length.equals(that.length)
        && pattern.equals(that.pattern);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, length, pattern);
  }

  @Override
  public String toString() {
    return "StringSchema[name=" + name + ", length=" + length + ", pattern=" + pattern + "]";
  }
}
