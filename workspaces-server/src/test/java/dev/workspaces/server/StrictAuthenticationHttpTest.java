package dev.workspaces.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.workspaces.WorkSpacesClient;
import software.amazon.awssdk.services.workspaces.model.WorkSpacesException;

/**
 * Strict authentication over a socket: the SDK's signatures (both HTTP clients) pass the endpoint's
 * check, with the Host header and port as sent; anything else gets the service's errors.
 */
class StrictAuthenticationHttpTest {
  /** The secret {@link TestServer}'s SDK clients sign with. */
  private static final String SECRET = "not-checked-secret";

  private static TestServer strictServer() {
    return TestServer.start(ServerConfig.defaults().withPort(0).withClockMode(ClockMode.MANUAL)
        .withAuthentication(Authentication.STRICT)
        .withAccessKey(TestServer.ACCOUNT_A, SECRET, TestServer.ACCOUNT_B));
  }

  @Test
  void bothSdkHttpClientsAreAcceptedAndActForTheKeysAccount() {
    try (TestServer server = strictServer()) {
      server.registerDirectory(server.client());
      assertEquals(TestServer.DIRECTORY,
          server.apacheClient().describeWorkspaceDirectories(r -> {}).directories().get(0).directoryId());
      assertTrue(server.stateDump().contains(TestServer.ACCOUNT_B), "the configured account, not the key's digits");
    }
  }

  @Test
  void anUnknownKeyAndAnUnsignedHeaderAreRefused() {
    try (TestServer server = strictServer()) {
      WorkSpacesClient stranger = server.client(TestServer.ACCOUNT_B, "us-east-1");
      WorkSpacesException unknown = assertThrows(WorkSpacesException.class, () -> stranger.describeWorkspaces(r -> {}));
      assertEquals("UnrecognizedClientException", unknown.awsErrorDetails().errorCode());

      TestServer.Raw forged = server.api("WorkspacesService.DescribeWorkspaces", "{}");
      assertEquals(400, forged.status());
      assertEquals("IncompleteSignatureException", forged.header("X-Amzn-ErrorType"), forged::body);
    }
  }

  @Test
  void thePermissiveDefaultTakesAnyHeaderAsBefore() {
    try (TestServer server = TestServer.start()) {
      assertEquals(200, server.api("WorkspacesService.DescribeWorkspaces", "{}").status());
    }
  }
}
