package dev.workspaces.engine.op.bundle;

import java.util.OptionalInt;

/**
 * Reads a bundle's {@code RootStorage.Capacity} or {@code UserStorage.Capacity}, which the model
 * types as a free string: a volume size in GiB, written as decimal digits, at least 1 and small
 * enough for a WorkSpace's {@code RootVolumeSizeGib} (an int).
 */
public final class StorageCapacity {
  /** The most digits a capacity may have; nine digits always fit an int. */
  private static final int MAX_DIGITS = 9;

  private StorageCapacity() {}

  /** Returns the size in GiB that {@code capacity} gives, or empty when it is not a valid size. */
  public static OptionalInt gib(String capacity) {
    if (capacity.isEmpty() || capacity.length() > MAX_DIGITS
        || !capacity.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return OptionalInt.empty();
    }
    int size = Integer.parseInt(capacity);
    return size >= 1 ? OptionalInt.of(size) : OptionalInt.empty();
  }
}
