package dev.workspaces.model.validation;

import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Renders raw member values the way the service quotes them in validation messages, each quoted
 * value bounded by {@link Echo}.
 */
final class ValueRendering {
  private ValueRendering() {}

  /** Returns {@code null} for a missing value, otherwise the value in single quotes. */
  static String render(@Nullable Object value) {
    return value == null ? "null" : "'" + Echo.of(plain(value)) + "'";
  }

  private static String plain(Object value) {
    if (value instanceof List<?> list) {
      return list.stream().map(ValueRendering::plain).collect(Collectors.joining(", ", "[", "]"));
    }
    return String.valueOf(value);
  }
}
