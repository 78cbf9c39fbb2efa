package dev.workspaces.model;

import com.google.common.io.BaseEncoding;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * An immutable sequence of bytes, the value of a blob member (on the wire, a base64 string).
 *
 * <h2>Guarantees</h2>
 * Immutable (input and output arrays are copied); equality is by content.
 */
public final class Blob {
  private final byte[] bytes;

  private Blob(byte[] bytes) {
    this.bytes = bytes;
  }

  /** Returns a blob holding a copy of {@code bytes}. */
  public static Blob of(byte[] bytes) {
    return new Blob(bytes.clone());
  }

  /**
   * Returns the blob that {@code base64} encodes.
   *
   * @throws IllegalArgumentException if {@code base64} is not valid base64
   */
  public static Blob fromBase64(String base64) {
    return new Blob(BaseEncoding.base64().decode(base64));
  }

  /** Returns a copy of the bytes. */
  public byte[] toByteArray() {
    return bytes.clone();
  }

  /** Returns the number of bytes. */
  public int size() {
    return bytes.length;
  }

  /** Returns the bytes as standard base64 with padding. */
  public String toBase64() {
    return BaseEncoding.base64().encode(bytes);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Blob that && Arrays.equals(bytes, that.bytes);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(bytes);
  }

  @Override
  public String toString() {
    return "Blob[" + bytes.length + " bytes]";
  }
}
