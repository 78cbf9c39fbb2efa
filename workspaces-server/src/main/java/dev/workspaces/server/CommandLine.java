package dev.workspaces.server;

import java.util.Optional;
import java.util.function.Function;

/**
 * Turns {@code main}'s arguments into a {@link ServerConfig}. Flags take their value as the next
 * argument or after {@code =} ({@code --port 0}, {@code --port=0}); unset flags keep
 * {@link ServerConfig#defaults()}.
 */
final class CommandLine {
  static final String USAGE = String.join("\n",
      "Usage: java -jar workspaces-server.jar [options]",
      "  --host HOST              address to bind (default 127.0.0.1)",
      "  --port PORT              port to bind; 0 picks a free one (default " + ServerConfig.DEFAULT_PORT + ")",
      "  --clock wall|manual      wall: virtual time follows the wall clock, scaled; manual: only",
      "                           POST /_admin/advance moves it (default wall)",
      "  --time-scale X           virtual seconds per wall second in wall mode (default 400: a new",
      "                           WorkSpace is AVAILABLE after 3 s)",
      "  --seed N                 seed of every fresh state (default 0)",
      "  --profile realistic|instant  step durations (default realistic)",
      "  --max-body-bytes N       largest request body accepted (default 8388608)",
      "  --threads N              requests served at once (default " + ServerConfig.DEFAULT_THREADS + ")",
      "  --default-account ID     account of access keys that are not 12 digits (default 123456789012)",
      "  --default-region R       region of unsigned requests (default us-east-1)",
      "  --access-key AKID=ID     map an access key id to an account (repeatable)",
      "  --help                   print this text");

  private CommandLine() {}

  /** Returns whether the arguments ask for the usage text. */
  static boolean wantsHelp(String[] args) {
    for (String arg : args) {
      if (arg.equals("--help") || arg.equals("-h")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns the configuration the arguments describe.
   *
   * @throws IllegalArgumentException naming the bad argument, for an unknown flag or a bad value
   */
  static ServerConfig parse(String[] args) {
    ServerConfig config = ServerConfig.defaults();
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      int equals = arg.indexOf('=');
      String flag = equals > 0 && arg.startsWith("--") ? arg.substring(0, equals) : arg;
      String value;
      if (equals > 0 && arg.startsWith("--")) {
        value = arg.substring(equals + 1);
      } else if (i + 1 < args.length) {
        value = args[++i];
      } else {
        throw new IllegalArgumentException("Missing value for " + flag);
      }
      config = apply(config, flag, value);
    }
    return config;
  }

  private static ServerConfig apply(ServerConfig config, String flag, String value) {
    return switch (flag) {
      case "--host" -> config.withHost(value);
      case "--port" -> config.withPort(number(flag, value, Integer::parseInt));
      case "--clock" -> config.withClockMode(named(flag, value, ClockMode.fromName(value)));
      case "--time-scale" -> config.withTimeScale(number(flag, value, Double::parseDouble));
      case "--seed" -> config.withSeed(number(flag, value, Long::parseLong));
      case "--profile" -> config.withProfile(named(flag, value, Profile.fromName(value)));
      case "--max-body-bytes" -> config.withMaxBodyBytes(number(flag, value, Long::parseLong));
      case "--threads" -> config.withThreads(number(flag, value, Integer::parseInt));
      case "--default-account" -> config.withDefaultAccount(value);
      case "--default-region" -> config.withDefaultRegion(value);
      case "--access-key" -> accessKey(config, value);
      default -> throw new IllegalArgumentException("Unknown option: " + flag);
    };
  }

  private static ServerConfig accessKey(ServerConfig config, String value) {
    int equals = value.indexOf('=');
    if (equals <= 0) {
      throw new IllegalArgumentException("--access-key needs AKID=ACCOUNT, got: " + value);
    }
    return config.withAccessKey(value.substring(0, equals), value.substring(equals + 1));
  }

  private static <T> T number(String flag, String value, Function<String, T> parse) {
    try {
      return parse.apply(value.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(flag + " needs a number, got: " + value, e);
    }
  }

  private static <T> T named(String flag, String value, Optional<T> found) {
    return found.orElseThrow(() -> new IllegalArgumentException("Unknown value for " + flag + ": " + value));
  }
}
