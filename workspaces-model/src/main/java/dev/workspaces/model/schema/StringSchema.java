package dev.workspaces.model.schema;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A string shape with optional length bounds (in Unicode code points) and an optional pattern.
 *
 * <p>The pattern follows the service's search semantics: a value satisfies it when the expression
 * is found anywhere in the value, so only patterns written with {@code ^...$} demand a full match.
 *
 * @param name the shape name
 * @param length the allowed length in code points
 * @param pattern the regular expression as the service model writes it
 */
public record StringSchema(String name, Bounds length, Optional<String> pattern) implements Schema {

  /** Returns a string shape; {@code min}, {@code max} and {@code pattern} may be {@code null}. */
  public static StringSchema of(String name, Long min, Long max, String pattern) {
    return new StringSchema(name, Bounds.of(min, max), Optional.ofNullable(pattern));
  }

  @Override
  public ShapeType type() {
    return ShapeType.STRING;
  }

  /** Returns whether {@code value} satisfies the pattern (always true without one). */
  public boolean matchesPattern(String value) {
    return pattern.map(p -> CompiledPatterns.get(p).matcher(value).find()).orElse(true);
  }

  /** Returns the compiled pattern, if the shape has one. */
  public Optional<Pattern> compiledPattern() {
    return pattern.map(CompiledPatterns::get);
  }
}
