package dev.workspaces.model.schema;

import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * A cache of compiled shape patterns, so validation compiles each expression once per JVM.
 *
 * <p>The model's patterns are ECMAScript expressions, whose {@code $} matches only at the true end
 * of the input. Java's {@code $} also matches before a final line terminator (LF, CR LF, CR,
 * U+0085, U+2028, U+2029), so each {@code $} that
 * is an anchor (not escaped, not inside a character class) is compiled as {@code \z}. Java's
 * {@code \S} takes U+0085, U+2028 and U+2029, which no identifier of the
 * service contains, so {@code \S} is compiled to exclude every line terminator, as {@code .} does.
 */
final class CompiledPatterns {
  private static final ConcurrentHashMap<String, Pattern> CACHE = new ConcurrentHashMap<>();

  private CompiledPatterns() {}

  static Pattern get(String expression) {
    return CACHE.computeIfAbsent(expression, CompiledPatterns::compile);
  }

  /** Compiles a model expression with its end anchors matching only at the true end of the input. */
  static Pattern compile(String expression) {
    return Pattern.compile(javaExpression(expression));
  }

  /** The class {@code \S} compiles to: neither whitespace nor a line terminator. */
  private static final String NOT_SPACE = "[^\\s\\u0085\\u2028\\u2029]";

  /** Returns {@code expression} with every anchor {@code $} written as {@code \z} and {@code \S} as {@link #NOT_SPACE}. */
  static String javaExpression(String expression) {
    StringBuilder java = new StringBuilder(expression.length() + 4);
    int classDepth = 0;
    for (int i = 0; i < expression.length(); i++) {
      char c = expression.charAt(i);
      if (c == '\\' && i + 1 < expression.length()) {
        char escaped = expression.charAt(++i);
        java.append(escaped == 'S' ? NOT_SPACE : "\\" + escaped);
        continue;
      }
      if (c == '[') {
        classDepth++;
      } else if (c == ']' && classDepth > 0) {
        classDepth--;
      } else if (c == '$' && classDepth == 0) {
        java.append("\\z");
        continue;
      }
      java.append(c);
    }
    return java.toString();
  }
}
