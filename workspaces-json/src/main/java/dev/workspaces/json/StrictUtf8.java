package dev.workspaces.json;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes a body as strict UTF-8: overlong forms, encoded surrogates, code points above U+10FFFF
 * and cut-off sequences are refused rather than replaced.
 *
 * <p>Why up front: Jackson's byte parser checks UTF-8 only in the strings it decodes, not in the
 * values it skips, so an unknown member could smuggle invalid bytes through.
 */
final class StrictUtf8 {
  private StrictUtf8() {}

  /** Returns the text {@code body} encodes, or throws naming the byte offset of the first fault. */
  static String decode(byte[] body) throws MalformedBodyException {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(body);
    CharBuffer out = CharBuffer.allocate(body.length);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isUnderflow()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      throw new MalformedBodyException("The body is not valid UTF-8: invalid byte sequence at offset "
          + in.position());
    }
    if (result.isOverflow()) {
      throw new AssertionError("UTF-8 never needs more chars than bytes"); // impossible
    }
    return out.flip().toString();
  }
}
