package dev.workspaces.model.schema;

import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/** A cache of compiled shape patterns, so validation compiles each expression once per JVM. */
final class CompiledPatterns {
  private static final ConcurrentHashMap<String, Pattern> CACHE = new ConcurrentHashMap<>();

  private CompiledPatterns() {}

  static Pattern get(String expression) {
    return CACHE.computeIfAbsent(expression, Pattern::compile);
  }
}
