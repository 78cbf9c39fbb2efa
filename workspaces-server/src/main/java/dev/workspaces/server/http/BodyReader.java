package dev.workspaces.server.http;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Reads a request body as its head frames it, with a size limit: {@code Content-Length} bytes, or
 * a chunked body ({@code Transfer-Encoding: chunked}, which declares no length, so its bytes are
 * counted as they arrive), or nothing when the head declares neither.
 *
 * <p>An oversized body is read on and thrown away, up to {@link #DISCARD_LIMIT} more bytes, so the
 * client has finished sending when the 413 reply arrives; a client still sending after that limit
 * has its connection closed (the 413 reply always closes it).
 */
final class BodyReader {
  /** How many bytes of an oversized body are read and dropped before replying. */
  static final long DISCARD_LIMIT = 64L * 1024 * 1024;
  /** The longest chunk-size line or trailer line accepted. */
  private static final int MAX_LINE = 4096;

  private BodyReader() {}

  /**
   * Returns the length the head declares: {@code Content-Length}, or -1 for a chunked body or none.
   *
   * @throws MalformedRequestException for a length that is not a number, or a transfer coding
   *     other than chunked
   */
  static long declaredLength(RequestHead head) throws MalformedRequestException {
    if (chunked(head)) {
      return -1;
    }
    String length = head.header("Content-Length");
    if (length == null) {
      return -1;
    }
    if (length.isEmpty() || length.length() > 18 || !length.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw new MalformedRequestException("Malformed Content-Length: " + length);
    }
    return Long.parseLong(length);
  }

  /** Returns the body, or empty when it is larger than {@code maxBytes}. */
  static Optional<byte[]> read(InputStream in, RequestHead head, long maxBytes) throws IOException {
    if (chunked(head)) {
      return readChunked(in, maxBytes);
    }
    long length = declaredLength(head);
    if (length <= 0) {
      return Optional.of(new byte[0]);
    }
    if (length > maxBytes) {
      skip(in, Math.min(length, DISCARD_LIMIT));
      return Optional.empty();
    }
    byte[] body = new byte[(int) length];
    for (int read = 0; read < body.length; ) {
      int n = in.read(body, read, body.length - read);
      if (n < 0) {
        throw new EOFException("connection ended inside a request body");
      }
      read += n;
    }
    return Optional.of(body);
  }

  private static boolean chunked(RequestHead head) throws MalformedRequestException {
    String coding = head.header("Transfer-Encoding");
    if (coding == null) {
      return false;
    }
    String[] codings = coding.split(",");
    if (!codings[codings.length - 1].trim().equalsIgnoreCase("chunked")) {
      throw new MalformedRequestException("Unsupported Transfer-Encoding: " + coding);
    }
    return true;
  }

  private static Optional<byte[]> readChunked(InputStream in, long maxBytes) throws IOException {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    long dropped = 0;
    boolean oversized = false;
    for (long size = chunkSize(line(in)); size > 0; size = chunkSize(line(in))) {
      for (long left = size; left > 0; ) {
        int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
        if (n < 0) {
          throw new EOFException("connection ended inside a chunk");
        }
        left -= n;
        if (!oversized && body.size() + n > maxBytes) {
          oversized = true;
          dropped = body.size();
          body = new ByteArrayOutputStream(0);
        }
        if (oversized) {
          dropped += n;
          if (dropped > DISCARD_LIMIT) {
            return Optional.empty();
          }
        } else {
          body.write(buffer, 0, n);
        }
      }
      if (!line(in).isEmpty()) {
        throw new MalformedRequestException("Malformed chunk: data longer than its size");
      }
    }
    while (!line(in).isEmpty()) {
      // trailer fields: read and ignored
    }
    return oversized ? Optional.empty() : Optional.of(body.toByteArray());
  }

  private static long chunkSize(String line) throws MalformedRequestException {
    int end = line.indexOf(';');
    String hex = (end < 0 ? line : line.substring(0, end)).trim();
    if (hex.isEmpty() || hex.length() > 15) {
      throw new MalformedRequestException("Malformed chunk size: " + line);
    }
    try {
      return Long.parseLong(hex, 16);
    } catch (NumberFormatException e) {
      throw new MalformedRequestException("Malformed chunk size: " + line);
    }
  }

  /** Returns one CRLF-ended line of the chunked framing, without its ending. */
  private static String line(InputStream in) throws IOException {
    byte[] line = new byte[MAX_LINE];
    int length = 0;
    for (int b = in.read(); b != '\n'; b = in.read()) {
      if (b < 0) {
        throw new EOFException("connection ended inside a chunked body");
      }
      if (length == MAX_LINE) {
        throw new MalformedRequestException("Chunk line longer than " + MAX_LINE + " bytes");
      }
      line[length++] = (byte) b;
    }
    if (length > 0 && line[length - 1] == '\r') {
      length--;
    }
    return new String(line, 0, length, StandardCharsets.ISO_8859_1);
  }

  private static void skip(InputStream in, long count) throws IOException {
    byte[] buffer = new byte[65_536];
    for (long left = count; left > 0; ) {
      int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
      if (n < 0) {
        return; // the client gave up sending; the 413 reply still goes out if it can
      }
      left -= n;
    }
  }
}
