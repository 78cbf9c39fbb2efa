package dev.workspaces.model;

import com.google.common.collect.ImmutableMap;

/** Helpers shared by the generated enums and builders for moving between constants and wire strings. */
public final class WireValues {
  private WireValues() {}

  /** Returns the constants that have a wire value, keyed by it. */
  public static <E extends Enum<E> & WorkspacesEnum> ImmutableMap<String, E> index(E[] constants) {
    ImmutableMap.Builder<String, E> byWireValue = ImmutableMap.builder();
    for (E constant : constants) {
      constant.wireValue().ifPresent(wire -> byWireValue.put(wire, constant));
    }
    return byWireValue.buildOrThrow();
  }

  /**
   * Returns the wire string of {@code constant}.
   *
   * @throws IllegalArgumentException for {@code UNKNOWN_TO_SDK_VERSION}, which has no wire string
   *     (set the raw string through the member's {@code String} setter instead)
   */
  public static String wireValueOrThrow(WorkspacesEnum constant) {
    return constant
        .wireValue()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    constant + " has no wire value; set the member from its wire string instead"));
  }
}
