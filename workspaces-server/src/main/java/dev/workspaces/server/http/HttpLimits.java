package dev.workspaces.server.http;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.time.Duration;
import org.apiguardian.api.API;

/**
 * The bounds an {@link HttpListener} serves within.
 *
 * @param maxHeadBytes the largest request head (request line and header fields); a larger one gets
 *     the handler's 400 and the connection is closed
 * @param maxBodyBytes the largest request body, declared or counted as it arrives; a larger one
 *     gets the handler's 413 and the connection is closed
 * @param idleTimeout how long a connection may wait for its next bytes before it is closed
 * @param concurrentRequests how many requests the handler is given at once; further ones wait
 */
@API(status = INTERNAL)
public record HttpLimits(int maxHeadBytes, long maxBodyBytes, Duration idleTimeout, int concurrentRequests) {
  /** Checks that every bound is positive. */
  public HttpLimits {
    if (maxHeadBytes <= 0 || maxBodyBytes <= 0 || concurrentRequests <= 0
        || idleTimeout.isNegative() || idleTimeout.isZero()) {
      throw new IllegalArgumentException("every HTTP limit must be positive: " + maxHeadBytes + ", "
          + maxBodyBytes + ", " + idleTimeout + ", " + concurrentRequests);
    }
  }
}
