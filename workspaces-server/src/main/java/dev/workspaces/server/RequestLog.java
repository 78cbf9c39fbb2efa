package dev.workspaces.server;

import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;

/**
 * The server's log: one line per request, and one when the server stops.
 *
 * <p>A request line reads {@code request POST / operation=DescribeWorkspaces
 * account=111122223333 status=200 micros=57}: the method and raw path, the operation the
 * {@code X-Amz-Target} names (the target as sent, at most 64 characters and printable ASCII, when
 * it names none; {@code -} when there is none
 * or the request is not {@code POST /}), the account the caller acts for ({@code -} off the API),
 * the HTTP status, and the microseconds the endpoint took, from a read body to a composed reply.
 * A request the transport refused before it reached the endpoint reads {@code request - -
 * operation=- account=- status=400 micros=0}. Thread-safe; lines are never interleaved.
 */
final class RequestLog {
  private static final String TARGET_PREFIX = "WorkspacesService.";
  /** The most characters of an unknown target a line quotes. */
  private static final int MAX_OPERATION = 64;

  private final PrintStream out;
  private final boolean requests;
  private final AtomicLong served = new AtomicLong();

  /**
   * @param out where lines go
   * @param requests whether a line is written per request (the stop line is written either way)
   */
  RequestLog(PrintStream out, boolean requests) {
    this.out = out;
    this.requests = requests;
  }

  /** Returns whether a line is written per request. */
  boolean logsRequests() {
    return requests;
  }

  /** Counts one request and, when request lines are on, writes its line. */
  void request(String method, String path, @Nullable String target, String account, int status, long micros) {
    served.incrementAndGet();
    if (requests) {
      out.println("request " + method + " " + path + " operation=" + operation(method, path, target)
          + " account=" + account + " status=" + status + " micros=" + micros);
    }
  }

  /** Writes the line that says the server at {@code endpoint} stopped, with the requests it served. */
  void stopped(String endpoint) {
    out.println("Stopped " + endpoint + "; requests served: " + served.get());
    out.flush();
  }

  private static String operation(String method, String path, @Nullable String target) {
    if (!method.equals("POST") || !path.equals("/") || target == null || target.isBlank()) {
      return "-";
    }
    String trimmed = target.trim();
    String name = trimmed.startsWith(TARGET_PREFIX) ? trimmed.substring(TARGET_PREFIX.length()) : trimmed;
    String shown = name.length() > MAX_OPERATION ? name.substring(0, MAX_OPERATION) + "..." : name;
    return shown.replaceAll("[^\\x21-\\x7e]", "?");
  }
}
