package dev.workspaces.testing;

import com.github.curiousoddman.rgxgen.RgxGen;
import dev.workspaces.model.schema.Bounds;
import dev.workspaces.model.schema.StringSchema;
import java.util.concurrent.ConcurrentHashMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * Strings valid for a string shape: matching its pattern (generated from the expression) and
 * within its length bounds (in code points).
 */
final class StringArbitraries {
  /** The longest string generated for a shape without an upper bound, to keep values readable. */
  static final int DEFAULT_MAX_LENGTH = 24;
  private static final String PLAIN_CHARS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 -_./:@üé☃\"\\";
  private static final ConcurrentHashMap<String, RgxGen> GENERATORS = new ConcurrentHashMap<>();

  private StringArbitraries() {}

  static Arbitrary<String> valid(StringSchema schema) {
    Bounds length = schema.length();
    int min = (int) length.min().orElse(0);
    if (schema.pattern().isEmpty()) {
      int max = (int) Math.min(length.max().orElse(min + DEFAULT_MAX_LENGTH), min + DEFAULT_MAX_LENGTH);
      return Arbitraries.strings().withChars(PLAIN_CHARS).ofMinLength(min).ofMaxLength(max);
    }
    RgxGen generator = generator(schema.pattern().get());
    return Arbitraries.randomValue(random -> generator.generate(random))
        .filter(value -> length.contains(value.codePointCount(0, value.length())) && schema.matchesPattern(value));
  }

  /** Returns strings that do not match the shape's pattern (the shape must have one). */
  static Arbitrary<String> notMatching(StringSchema schema) {
    RgxGen generator = generator(schema.pattern().orElseThrow());
    return Arbitraries.randomValue(random -> generator.generateNotMatching(random));
  }

  private static RgxGen generator(String pattern) {
    return GENERATORS.computeIfAbsent(pattern, RgxGen::parse);
  }
}
