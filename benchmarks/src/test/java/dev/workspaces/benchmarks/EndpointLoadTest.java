package dev.workspaces.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The load client completes a bounded run against a real server with every reply a 200. */
class EndpointLoadTest {
  @Test
  void aBoundedRunAnswersEveryRequest() throws Exception {
    try (EndpointLoad load = EndpointLoad.start()) {
      EndpointLoad.EndpointResult result = load.run(2, Duration.ZERO, Duration.ofMinutes(1), 200);
      assertEquals(200, result.requests());
      assertEquals(0, result.errors());
    }
  }
}
