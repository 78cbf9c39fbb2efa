package dev.workspaces.server.http;

import java.io.IOException;
import java.net.Socket;

/**
 * Serves one client connection on its own thread: reads a request, has the {@link RequestIntake}
 * answer it, writes the reply, and goes on while the connection is kept alive (HTTP/1.1 unless
 * {@code Connection: close}; HTTP/1.0 only with {@code Connection: keep-alive}).
 *
 * <p>Blocking reads on a thread per connection make a request on an open connection a read, a
 * call and a write, with no hand-over between threads; {@link BusyPoll} lets the thread poll
 * briefly before blocking when a core is free, which saves the wake-up on a busy connection. The connection is closed after a reply
 * that closes it (413, 400), when the client closes it, after {@value #IDLE_MILLIS} ms without a
 * request, or when the server stops.
 */
final class HttpConnection implements Runnable {
  /** How long a connection may wait for its next request (the JDK server's default too). */
  static final int IDLE_MILLIS = 30_000;
  private static final int INPUT_BUFFER = 16 * 1024;
  private static final int LINGER_MILLIS = 2_000;
  private static final long LINGER_BYTES = 1024 * 1024;

  private final Socket socket;
  private final RequestIntake intake;
  private final BusyPoll poll;
  private final Runnable onClose;

  HttpConnection(Socket socket, RequestIntake intake, BusyPoll poll, Runnable onClose) {
    this.socket = socket;
    this.intake = intake;
    this.poll = poll;
    this.onClose = onClose;
  }

  @Override
  public void run() {
    poll.started();
    try (Socket open = socket) {
      open.setTcpNoDelay(true);
      open.setSoTimeout(IDLE_MILLIS);
      ConnectionInput in = new ConnectionInput(open.getInputStream(), INPUT_BUFFER, poll);
      ReplyWriter out = new ReplyWriter(open.getOutputStream());
      if (serve(in, out)) {
        linger(open, in);
      }
    } catch (IOException | RuntimeException gone) {
      // a broken, timed-out or closed connection: nothing to answer, nobody to tell
    } finally {
      poll.ended();
      onClose.run();
    }
  }

  /**
   * Serves requests until the connection is to be closed; returns whether that is because a reply
   * said so (rather than the client leaving).
   */
  private boolean serve(ConnectionInput in, ReplyWriter out) throws IOException {
    while (true) {
      RequestHead head;
      HttpReply reply;
      try {
        head = RequestHead.read(in);
        if (head == null) {
          return false;
        }
        reply = intake.reply(head, in, out::sendContinue);
      } catch (MalformedRequestException malformed) {
        out.write(intake.badRequest(malformed.getMessage()), null);
        return true;
      }
      if (!out.write(reply, head)) {
        return true;
      }
    }
  }

  /**
   * Closes gently after a closing reply: stops sending, then reads and drops what the client still
   * sends (up to {@value #LINGER_BYTES} bytes, for at most {@value #LINGER_MILLIS} ms) until it
   * closes too. Closing with unread bytes would reset the connection, and a reset can destroy the
   * reply before the client reads it.
   */
  private static void linger(Socket socket, ConnectionInput in) throws IOException {
    socket.shutdownOutput();
    socket.setSoTimeout(LINGER_MILLIS);
    byte[] sink = new byte[8192];
    for (long dropped = 0; dropped < LINGER_BYTES; ) {
      int n = in.read(sink, 0, sink.length);
      if (n < 0) {
        return;
      }
      dropped += n;
    }
  }
}
