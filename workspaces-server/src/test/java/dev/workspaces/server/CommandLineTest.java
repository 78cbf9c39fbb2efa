package dev.workspaces.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Flags map onto {@link ServerConfig}; bad ones are refused with a message naming them. */
class CommandLineTest {

  @Test
  void noArgumentsGiveTheDefaults() {
    ServerConfig config = CommandLine.parse(new String[0]);
    assertEquals("127.0.0.1", config.host());
    assertEquals(8090, config.port());
    assertEquals(ClockMode.WALL, config.clockMode());
    assertEquals(400, config.timeScale());
    assertEquals(0, config.seed());
    assertEquals(Profile.REALISTIC, config.profile());
    assertEquals(8L * 1024 * 1024, config.maxBodyBytes());
    assertEquals("123456789012", config.defaultAccount());
    assertEquals("us-east-1", config.defaultRegion());
  }

  @Test
  void everyFlagIsRead() {
    ServerConfig config = CommandLine.parse(new String[] {
        "--host", "0.0.0.0", "--port=0", "--clock", "MANUAL", "--time-scale", "60", "--seed", "42",
        "--profile", "instant", "--max-body-bytes", "1024", "--threads", "2",
        "--default-account", "999988887777", "--default-region", "eu-west-1",
        "--access-key", "AKIDONE=111122223333", "--access-key=AKIDTWO=444455556666"});
    assertEquals("0.0.0.0", config.host());
    assertEquals(0, config.port());
    assertEquals(ClockMode.MANUAL, config.clockMode());
    assertEquals(60, config.timeScale());
    assertEquals(42, config.seed());
    assertEquals(Profile.INSTANT, config.profile());
    assertEquals(1024, config.maxBodyBytes());
    assertEquals(2, config.threads());
    assertEquals("999988887777", config.defaultAccount());
    assertEquals("eu-west-1", config.defaultRegion());
    assertEquals("111122223333", config.accessKeys().get("AKIDONE"));
    assertEquals("444455556666", config.accessKeys().get("AKIDTWO"));
  }

  @Test
  void badFlagsAreRefusedByName() {
    assertMessage("Unknown option: '--colour'", "--colour");
    assertMessage("Unknown options: '--colour', 'red'", "--colour", "red");
    assertMessage("Missing required parameter for option '--port' (PORT)", "--port");
    assertMessage("Invalid value for option '--port': 'x' is not an int", "--port", "x");
    assertMessage("Invalid value for option '--port': port must be in 0..65535: 70000", "--port", "70000");
    assertMessage("Invalid value for option '--profile': expected realistic or instant, got: slow", "--profile", "slow");
    assertMessage("Invalid value for option '--time-scale': timeScale must be positive: 0.0", "--time-scale", "0");
    assertMessage("Invalid value for option '--access-key': needs AKID=ACCOUNT or AKID=ACCOUNT:SECRET, got: AKID", "--access-key", "AKID");
    assertMessage("Invalid value for option '--access-key': access key AKID maps to an account that is not 12 digits: 12",
        "--access-key", "AKID=12");
    assertMessage("Invalid value for option '--auth': expected permissive or strict, got: loose", "--auth", "loose");
    assertMessage("Invalid value for option '--max-head-bytes': maxHeadBytes must be at least 1024: 10",
        "--max-head-bytes", "10");
    assertMessage("Invalid value for option '--idle-timeout': idleTimeout must be at least 1 ms: PT0S",
        "--idle-timeout", "0");
  }

  @Test
  void theHttpLimitsAndTheLogHaveFlags() {
    ServerConfig config = CommandLine.parse(new String[] {"--max-head-bytes", "2048", "--idle-timeout=5", "--quiet"});
    assertEquals(2048, config.maxHeadBytes());
    assertEquals(java.time.Duration.ofSeconds(5), config.idleTimeout());
    assertFalse(config.requestLog());
    ServerConfig defaults = CommandLine.parse(new String[0]);
    assertEquals(64 * 1024, defaults.maxHeadBytes());
    assertEquals(java.time.Duration.ofSeconds(30), defaults.idleTimeout());
    assertTrue(defaults.requestLog());
  }

  @Test
  void strictAuthenticationTakesSecretKeys() {
    ServerConfig config = CommandLine.parse(new String[] {"--auth", "strict",
        "--access-key", "AKIDALICE=111122223333:alice-secret", "--access-key", "AKIDBOB=444455556666"});
    assertEquals(Authentication.STRICT, config.authentication());
    assertEquals("111122223333", config.accessKeys().get("AKIDALICE"));
    assertEquals("alice-secret", config.secretKeys().get("AKIDALICE"));
    assertFalse(config.secretKeys().containsKey("AKIDBOB"));
    assertEquals(Authentication.PERMISSIVE, CommandLine.parse(new String[0]).authentication());
  }

  @Test
  void helpIsRecognised() {
    assertTrue(CommandLine.wantsHelp(new String[] {"--port", "0", "--help"}));
    for (String flag : new String[] {"--host", "--port", "--clock", "--time-scale", "--seed", "--profile",
        "--max-body-bytes", "--max-head-bytes", "--idle-timeout", "--threads", "--default-account",
        "--default-region", "--access-key", "--auth", "--quiet", "--help"}) {
      assertTrue(CommandLine.USAGE.contains(flag), flag + " in\n" + CommandLine.USAGE);
    }
    assertTrue(CommandLine.USAGE.contains("(default 8090)"), CommandLine.USAGE);
  }

  private static void assertMessage(String message, String... args) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CommandLine.parse(args));
    assertEquals(message, e.getMessage());
  }
}
