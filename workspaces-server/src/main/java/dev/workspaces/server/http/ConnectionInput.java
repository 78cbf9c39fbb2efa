package dev.workspaces.server.http;

import java.io.IOException;
import java.io.InputStream;

/**
 * A buffered view of a connection's input without the locking of
 * {@link java.io.BufferedInputStream}: a request head is read byte by byte, and each of those reads
 * is then a bounds check and an array load. Not thread-safe; one connection thread owns it.
 */
final class ConnectionInput extends InputStream {
  private final InputStream in;
  private final BusyPoll poll;
  private final byte[] buffer;
  private int position;
  private int limit;

  ConnectionInput(InputStream in, int bufferSize, BusyPoll poll) {
    this.in = in;
    this.poll = poll;
    this.buffer = new byte[bufferSize];
  }

  @Override
  public int read() throws IOException {
    if (position == limit && !fill()) {
      return -1;
    }
    return buffer[position++] & 0xFF;
  }

  @Override
  public int read(byte[] target, int offset, int length) throws IOException {
    if (length == 0) {
      return 0;
    }
    if (position == limit) {
      if (length >= buffer.length) {
        return poll.read(in, target, offset, length); // large reads bypass the buffer
      }
      if (!fill()) {
        return -1;
      }
    }
    int n = Math.min(length, limit - position);
    System.arraycopy(buffer, position, target, offset, n);
    position += n;
    return n;
  }

  @Override
  public int available() throws IOException {
    return (limit - position) + in.available();
  }

  @Override
  public void close() throws IOException {
    in.close();
  }

  private boolean fill() throws IOException {
    int n = poll.read(in, buffer, 0, buffer.length);
    if (n <= 0) {
      return false;
    }
    position = 0;
    limit = n;
    return true;
  }
}
