package dev.workspaces.json;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Writes JSON tokens as UTF-8 bytes, placing the commas and colons; the caller orders the tokens.
 *
 * <h2>String escaping</h2>
 * Only what JSON requires is escaped: {@code "} and {@code \} with a backslash, and U+0000 to
 * U+001F as {@code \b \t \n \f \r} or <code>&#92;u00XX</code> (upper-case hex, as the Java SDK
 * writes them). Everything else, {@code /}, {@code <}, {@code &} and all non-ASCII included, is
 * written as raw UTF-8; a surrogate pair becomes one four-byte sequence. A lone surrogate cannot
 * be UTF-8, so it is written as a <code>&#92;uXXXX</code> escape, which reads back as the same
 * {@code char}.
 *
 * <p>Why not Jackson's generator: with its default settings it escapes every surrogate pair
 * (emoji come out as <code>&#92;uD83D&#92;uDE00</code>), and its
 * {@code COMBINE_UNICODE_SURROGATES_IN_UTF8} option corrupts a lone high surrogate followed by
 * another character (seen with jackson-core 2.20.1).
 *
 * <h2>Speed</h2>
 * Bytes go into a plain array (no stream, no locking). Member names arrive already quoted and
 * encoded ({@link #name(byte[])}), and a string of printable ASCII is copied char by char with one
 * table lookup each. A thread keeps its largest array of up to {@value #KEPT_CAPACITY} bytes for
 * its next document, so a typical reply is written without regrowing; {@link #toByteArray()}
 * returns an exact-size copy and hands the array back.
 *
 * <p>Not thread-safe; one instance writes one document. Token methods return {@code this}.
 */
@CanIgnoreReturnValue
final class JsonOutput {
  private static final byte[] HEX = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] TRUE = {'t', 'r', 'u', 'e'};
  private static final byte[] FALSE = {'f', 'a', 'l', 's', 'e'};
  /** The escape letter of each ASCII char that needs one, 'u' for a six-byte escape, 0 for none. */
  private static final byte[] ESCAPES = escapes();
  private static final int INITIAL_CAPACITY = 4096;
  /** Arrays larger than this are not kept for the next document. */
  static final int KEPT_CAPACITY = 64 * 1024;
  private static final ThreadLocal<byte[]> SPARE = new ThreadLocal<>();

  private byte[] bytes;
  private int size;
  /** Whether the last token was a complete value, so the next name or element needs a comma. */
  private boolean afterValue;

  JsonOutput() {
    byte[] spare = SPARE.get();
    if (spare != null) {
      SPARE.set(null); // a nested writer on this thread starts its own array
      bytes = spare;
    } else {
      bytes = new byte[INITIAL_CAPACITY];
    }
  }

  /** Returns the quoted, UTF-8 encoded form of a member name with its colon: {@code "Name":}. */
  static byte[] encodedName(String name) {
    JsonOutput out = new JsonOutput();
    out.quoted(name);
    out.ensure(1);
    out.bytes[out.size++] = ':';
    return out.toByteArray();
  }

  JsonOutput beginObject() {
    separate();
    ensure(1);
    bytes[size++] = '{';
    afterValue = false;
    return this;
  }

  JsonOutput endObject() {
    ensure(1);
    bytes[size++] = '}';
    afterValue = true;
    return this;
  }

  JsonOutput beginArray() {
    separate();
    ensure(1);
    bytes[size++] = '[';
    afterValue = false;
    return this;
  }

  JsonOutput endArray() {
    ensure(1);
    bytes[size++] = ']';
    afterValue = true;
    return this;
  }

  /** Writes a member name and its colon; a value must follow. */
  JsonOutput name(String name) {
    separate();
    quoted(name);
    ensure(1);
    bytes[size++] = ':';
    afterValue = false;
    return this;
  }

  /** Writes a member name given as {@link #encodedName} returns it; a value must follow. */
  JsonOutput name(byte[] encoded) {
    separate();
    ensure(encoded.length);
    System.arraycopy(encoded, 0, bytes, size, encoded.length);
    size += encoded.length;
    afterValue = false;
    return this;
  }

  JsonOutput string(String value) {
    separate();
    quoted(value);
    afterValue = true;
    return this;
  }

  /** Writes {@code text}, which must already be a valid JSON number, unquoted. */
  JsonOutput number(String text) {
    separate();
    int length = text.length();
    ensure(length);
    for (int i = 0; i < length; i++) {
      bytes[size++] = (byte) text.charAt(i);
    }
    afterValue = true;
    return this;
  }

  JsonOutput number(int value) {
    separate();
    ensure(11);
    long rest = value;
    if (rest < 0) {
      bytes[size++] = '-';
      rest = -rest;
    }
    int digits = 1;
    for (long limit = 10; limit <= rest; limit *= 10) {
      digits++;
    }
    for (int i = size + digits - 1; i >= size; i--) {
      bytes[i] = (byte) ('0' + rest % 10);
      rest /= 10;
    }
    size += digits;
    afterValue = true;
    return this;
  }

  JsonOutput bool(boolean value) {
    separate();
    byte[] text = value ? TRUE : FALSE;
    ensure(text.length);
    System.arraycopy(text, 0, bytes, size, text.length);
    size += text.length;
    afterValue = true;
    return this;
  }

  /** Returns the document written; this writer is done with. */
  byte[] toByteArray() {
    byte[] result = Arrays.copyOf(bytes, size);
    if (bytes.length <= KEPT_CAPACITY) {
      SPARE.set(bytes);
    }
    bytes = result; // keeps any later (mistaken) use of this writer away from the kept array
    return result;
  }

  private void separate() {
    if (afterValue) {
      ensure(1);
      bytes[size++] = ',';
    }
  }

  private void ensure(int more) {
    if (size + more > bytes.length) {
      bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
    }
  }

  private void quoted(String value) {
    int length = value.length();
    ensure(length + 2);
    bytes[size++] = '"';
    int i = 0;
    // Printable ASCII, the usual case: one byte per char, room already ensured.
    for (; i < length; i++) {
      char c = value.charAt(i);
      if (c >= 0x80 || ESCAPES[c] != 0) {
        break;
      }
      bytes[size++] = (byte) c;
    }
    if (i < length) {
      rest(value, i);
    }
    ensure(1);
    bytes[size++] = '"';
  }

  /** Writes {@code value} from {@code start} on, escaping and encoding as the class describes. */
  private void rest(String value, int start) {
    int length = value.length();
    for (int i = start; i < length; i++) {
      char c = value.charAt(i);
      ensure(6);
      if (c < 0x80) {
        byte escape = ESCAPES[c];
        if (escape == 0) {
          bytes[size++] = (byte) c;
        } else if (escape == 'u') {
          unicodeEscape(c);
        } else {
          bytes[size++] = '\\';
          bytes[size++] = escape;
        }
      } else if (c < 0x800) {
        bytes[size++] = (byte) (0xC0 | (c >> 6));
        bytes[size++] = (byte) (0x80 | (c & 0x3F));
      } else if (Character.isHighSurrogate(c) && i + 1 < length
          && Character.isLowSurrogate(value.charAt(i + 1))) {
        int codePoint = Character.toCodePoint(c, value.charAt(++i));
        bytes[size++] = (byte) (0xF0 | (codePoint >> 18));
        bytes[size++] = (byte) (0x80 | ((codePoint >> 12) & 0x3F));
        bytes[size++] = (byte) (0x80 | ((codePoint >> 6) & 0x3F));
        bytes[size++] = (byte) (0x80 | (codePoint & 0x3F));
      } else if (Character.isSurrogate(c)) {
        unicodeEscape(c);
      } else {
        bytes[size++] = (byte) (0xE0 | (c >> 12));
        bytes[size++] = (byte) (0x80 | ((c >> 6) & 0x3F));
        bytes[size++] = (byte) (0x80 | (c & 0x3F));
      }
    }
  }

  /** Writes the six-byte escape of {@code c}; room must be ensured. */
  private void unicodeEscape(char c) {
    bytes[size++] = '\\';
    bytes[size++] = 'u';
    bytes[size++] = HEX[(c >> 12) & 0xF];
    bytes[size++] = HEX[(c >> 8) & 0xF];
    bytes[size++] = HEX[(c >> 4) & 0xF];
    bytes[size++] = HEX[c & 0xF];
  }

  private static byte[] escapes() {
    byte[] table = new byte[0x80];
    for (int c = 0; c < 0x20; c++) {
      table[c] = 'u';
    }
    table['"'] = '"';
    table['\\'] = '\\';
    table['\b'] = 'b';
    table['\t'] = 't';
    table['\n'] = 'n';
    table['\f'] = 'f';
    table['\r'] = 'r';
    return table;
  }
}
