package dev.workspaces.server.http;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.util.thread.Invocable;

/**
 * Reads one request body off Jetty without blocking, counting its bytes against the limit as they
 * arrive (a chunked body declares no length), and tells its {@link Outcome} once: the body, that
 * it is too large, or that its framing is malformed (a bad chunk size, say, or the connection
 * ending inside it).
 *
 * <p>An oversized body is read on and thrown away, up to {@link #DISCARD_LIMIT} bytes in all, so
 * the client has finished sending when the 413 arrives: closing a connection with unread bytes
 * resets it, and a reset can destroy the reply before the client reads it.
 */
final class BodyReader implements Invocable.Task {
  /** How many bytes of an oversized body are read and dropped before replying. */
  static final long DISCARD_LIMIT = 64L * 1024 * 1024;

  /** Where the body, or the reason there is none, goes. */
  interface Outcome {
    void body(byte[] body);

    void tooLarge();

    void malformed(String reason);
  }

  private final Content.Source source;
  private final long maxBytes;
  private final Outcome outcome;
  private final ByteArrayOutputStream body = new ByteArrayOutputStream();
  /** Bytes dropped so far, or -1 while the body is within the limit. */
  private long dropped = -1;

  private BodyReader(Content.Source source, long maxBytes, Outcome outcome) {
    this.source = source;
    this.maxBytes = maxBytes;
    this.outcome = outcome;
  }

  /** Reads the body of {@code source}, at most {@code maxBytes} of it, and tells {@code outcome}. */
  static void read(Content.Source source, long maxBytes, Outcome outcome) {
    new BodyReader(source, maxBytes, outcome).run();
  }

  @Override
  public void run() {
    while (true) {
      Content.Chunk chunk = source.read();
      if (chunk == null) {
        source.demand(this);
        return;
      }
      if (Content.Chunk.isFailure(chunk)) {
        Throwable failure = chunk.getFailure();
        outcome.malformed(failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage());
        return;
      }
      boolean last = chunk.isLast();
      take(chunk.getByteBuffer());
      chunk.release();
      if (dropped > DISCARD_LIMIT) {
        outcome.tooLarge();
        return;
      }
      if (last) {
        if (dropped >= 0) {
          outcome.tooLarge();
        } else {
          outcome.body(body.toByteArray());
        }
        return;
      }
    }
  }

  private void take(ByteBuffer bytes) {
    int n = bytes.remaining();
    if (dropped < 0 && body.size() + (long) n > maxBytes) {
      dropped = body.size();
      body.reset();
    }
    if (dropped >= 0) {
      dropped += n;
    } else if (bytes.hasArray()) {
      body.write(bytes.array(), bytes.arrayOffset() + bytes.position(), n);
    } else {
      byte[] copy = new byte[n];
      bytes.get(copy);
      body.write(copy, 0, n);
    }
  }

  @Override
  public InvocationType getInvocationType() {
    return InvocationType.NON_BLOCKING;
  }
}
