package dev.workspaces.json;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

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
 * <p>Not thread-safe; one instance writes one document. Token methods return {@code this}.
 */
@CanIgnoreReturnValue
final class JsonOutput {
  private static final byte[] HEX = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);

  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
  /** Whether the last token was a complete value, so the next name or element needs a comma. */
  private boolean afterValue;

  JsonOutput beginObject() {
    separate();
    bytes.write('{');
    afterValue = false;
    return this;
  }

  JsonOutput endObject() {
    bytes.write('}');
    afterValue = true;
    return this;
  }

  JsonOutput beginArray() {
    separate();
    bytes.write('[');
    afterValue = false;
    return this;
  }

  JsonOutput endArray() {
    bytes.write(']');
    afterValue = true;
    return this;
  }

  /** Writes a member name and its colon; a value must follow. */
  JsonOutput name(String name) {
    separate();
    quoted(name);
    bytes.write(':');
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
    ascii(text);
    afterValue = true;
    return this;
  }

  JsonOutput bool(boolean value) {
    separate();
    ascii(value ? "true" : "false");
    afterValue = true;
    return this;
  }

  byte[] toByteArray() {
    return bytes.toByteArray();
  }

  private void separate() {
    if (afterValue) {
      bytes.write(',');
    }
  }

  private void ascii(String text) {
    for (int i = 0; i < text.length(); i++) {
      bytes.write(text.charAt(i));
    }
  }

  private void quoted(String value) {
    bytes.write('"');
    int length = value.length();
    for (int i = 0; i < length; i++) {
      char c = value.charAt(i);
      if (c < 0x80) {
        asciiChar(c);
      } else if (c < 0x800) {
        bytes.write(0xC0 | (c >> 6));
        bytes.write(0x80 | (c & 0x3F));
      } else if (Character.isHighSurrogate(c)
          && i + 1 < length
          && Character.isLowSurrogate(value.charAt(i + 1))) {
        fourBytes(Character.toCodePoint(c, value.charAt(++i)));
      } else if (Character.isSurrogate(c)) {
        unicodeEscape(c);
      } else {
        bytes.write(0xE0 | (c >> 12));
        bytes.write(0x80 | ((c >> 6) & 0x3F));
        bytes.write(0x80 | (c & 0x3F));
      }
    }
    bytes.write('"');
  }

  private void asciiChar(char c) {
    switch (c) {
      case '"' -> escape('"');
      case '\\' -> escape('\\');
      case '\b' -> escape('b');
      case '\t' -> escape('t');
      case '\n' -> escape('n');
      case '\f' -> escape('f');
      case '\r' -> escape('r');
      default -> {
        if (c < 0x20) {
          unicodeEscape(c);
        } else {
          bytes.write(c);
        }
      }
    }
  }

  private void escape(char letter) {
    bytes.write('\\');
    bytes.write(letter);
  }

  private void unicodeEscape(char c) {
    bytes.write('\\');
    bytes.write('u');
    bytes.write(HEX[(c >> 12) & 0xF]);
    bytes.write(HEX[(c >> 8) & 0xF]);
    bytes.write(HEX[(c >> 4) & 0xF]);
    bytes.write(HEX[c & 0xF]);
  }

  private void fourBytes(int codePoint) {
    bytes.write(0xF0 | (codePoint >> 18));
    bytes.write(0x80 | ((codePoint >> 12) & 0x3F));
    bytes.write(0x80 | ((codePoint >> 6) & 0x3F));
    bytes.write(0x80 | (codePoint & 0x3F));
  }
}
