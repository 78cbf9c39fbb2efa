package dev.workspaces.server;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ServerConfigSecretsTest {
  @Test
  void toStringNamesTheKeysButNeverTheirSecrets() {
    ServerConfig config = ServerConfig.defaults().withAuthentication(Authentication.STRICT)
        .withAccessKey("AKIDALICE", "alice-secret-value", "111122223333");

    String shown = config.toString();

    assertTrue(shown.contains("AKIDALICE"), shown);
    assertTrue(shown.contains("STRICT"), shown);
    assertFalse(shown.contains("alice-secret-value"), shown);
  }
}
