package dev.workspaces.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The authentication mode's names and the configuration of access keys. */
class AuthenticationTest {
  @Test
  void everyModeIsFoundByItsFlagValueInAnyCase() {
    for (Authentication mode : Authentication.values()) {
      assertEquals(Optional.of(mode), Authentication.fromName(mode.flagValue()));
      assertEquals(Optional.of(mode), Authentication.fromName(mode.name()));
    }
    assertEquals(Optional.empty(), Authentication.fromName("sigv4"));
  }

  @Test
  void theDefaultIsPermissiveAndAKeyWithASecretAlsoMapsItsAccount() {
    ServerConfig config = ServerConfig.defaults().withAccessKey("AKIDALICE", "alice-secret", "111122223333");
    assertEquals(Authentication.PERMISSIVE, config.authentication());
    assertEquals("111122223333", config.accessKeys().get("AKIDALICE"));
    assertEquals("alice-secret", config.secretKeys().get("AKIDALICE"));
    assertThrows(IllegalArgumentException.class,
        () -> ServerConfig.defaults().withAccessKey("AKIDALICE", "alice-secret", "not-an-account"));
    assertThrows(IllegalArgumentException.class,
        () -> ServerConfig.defaults().withAccessKey("AKIDALICE", "", "111122223333"));
  }
}
