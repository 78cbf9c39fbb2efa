package dev.workspaces.server;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;

/**
 * Turns {@code main}'s arguments into a {@link ServerConfig}, with picocli. Flags take their value
 * as the next argument or after {@code =} ({@code --port 0}, {@code --port=0}); unset flags keep
 * {@link ServerConfig#defaults()}, except that the request log is on unless {@code --quiet}.
 */
final class CommandLine {
  /** The text {@code --help} prints. */
  static final String USAGE = picocli().getUsageMessage(Help.Ansi.OFF).stripTrailing();

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
   * @throws IllegalArgumentException naming the bad flag, for an unknown flag or a bad value
   */
  static ServerConfig parse(String[] args) {
    Flags flags = new Flags();
    try {
      picocli(flags).parseArgs(args);
    } catch (ParameterException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
    return flags.config();
  }

  private static picocli.CommandLine picocli() {
    return picocli(new Flags());
  }

  private static picocli.CommandLine picocli(Flags flags) {
    return new picocli.CommandLine(flags)
        .registerConverter(ClockMode.class, name -> ClockMode.fromName(name)
            .orElseThrow(() -> new TypeConversionException("expected wall or manual, got: " + name)))
        .registerConverter(Profile.class, name -> Profile.fromName(name)
            .orElseThrow(() -> new TypeConversionException("expected realistic or instant, got: " + name)))
        .registerConverter(Authentication.class, name -> Authentication.fromName(name)
            .orElseThrow(() -> new TypeConversionException("expected permissive or strict, got: " + name)));
  }

  /** The flags, each with its default from {@link ServerConfig#defaults()}. */
  @Command(name = "java -jar workspaces-server.jar", sortOptions = false, usageHelpWidth = 100,
      description = "A local Amazon WorkSpaces endpoint speaking AWS JSON 1.1 over HTTP/1.1.")
  private static final class Flags {
    private static final ServerConfig DEFAULTS = ServerConfig.defaults();

    @Option(names = "--host", paramLabel = "HOST", description = "address to bind (default ${DEFAULT-VALUE})")
    String host = DEFAULTS.host();

    @Option(names = "--port", paramLabel = "PORT",
        description = "port to bind; 0 picks a free one (default ${DEFAULT-VALUE})")
    int port = DEFAULTS.port();

    @Option(names = "--clock", paramLabel = "wall|manual", description = "wall: virtual time follows the wall "
        + "clock, scaled; manual: only POST /_admin/advance moves it (default wall)")
    ClockMode clock = DEFAULTS.clockMode();

    @Option(names = "--time-scale", paramLabel = "X", description = "virtual seconds per wall second in wall "
        + "mode (default 400: a new WorkSpace is AVAILABLE after 3 s)")
    double timeScale = DEFAULTS.timeScale();

    @Option(names = "--seed", paramLabel = "N", description = "seed of every fresh state (default ${DEFAULT-VALUE})")
    long seed = DEFAULTS.seed();

    @Option(names = "--profile", paramLabel = "realistic|instant", description = "step durations (default realistic)")
    Profile profile = DEFAULTS.profile();

    @Option(names = "--max-body-bytes", paramLabel = "N",
        description = "largest request body accepted (default ${DEFAULT-VALUE})")
    long maxBodyBytes = DEFAULTS.maxBodyBytes();

    @Option(names = "--max-head-bytes", paramLabel = "N",
        description = "largest request head (request line and headers) accepted (default ${DEFAULT-VALUE})")
    int maxHeadBytes = DEFAULTS.maxHeadBytes();

    @Option(names = "--idle-timeout", paramLabel = "SECONDS",
        description = "seconds a connection may wait for its next bytes (default ${DEFAULT-VALUE})")
    long idleTimeoutSeconds = DEFAULTS.idleTimeout().toSeconds();

    @Option(names = "--threads", paramLabel = "N", description = "requests served at once (default ${DEFAULT-VALUE})")
    int threads = DEFAULTS.threads();

    @Option(names = "--default-account", paramLabel = "ID",
        description = "account of access keys that are not 12 digits (default ${DEFAULT-VALUE})")
    String defaultAccount = DEFAULTS.defaultAccount();

    @Option(names = "--default-region", paramLabel = "R",
        description = "region of unsigned requests (default ${DEFAULT-VALUE})")
    String defaultRegion = DEFAULTS.defaultRegion();

    @Option(names = "--access-key", paramLabel = "AKID=ID[:SECRET]",
        description = "map an access key id to an account, with the secret key strict authentication checks"
            + " signatures with (repeatable)")
    List<String> accessKeys = new ArrayList<>();

    @Option(names = "--auth", paramLabel = "permissive|strict", description = "permissive: signatures are not"
        + " checked; strict: every API request must be signed (SigV4) with a key given by --access-key"
        + " AKID=ID:SECRET (default permissive)")
    Authentication auth = DEFAULTS.authentication();

    @Option(names = "--quiet", description = "no log line per request (by default one is printed per request)")
    boolean quiet;

    @Option(names = {"--help", "-h"}, usageHelp = true, description = "print this text")
    boolean help;

    /** Returns the configuration, each value checked under the name of its flag. */
    ServerConfig config() {
      ServerConfig config = DEFAULTS;
      config = set(config, "--host", c -> c.withHost(host));
      config = set(config, "--port", c -> c.withPort(port));
      config = set(config, "--clock", c -> c.withClockMode(clock));
      config = set(config, "--time-scale", c -> c.withTimeScale(timeScale));
      config = set(config, "--seed", c -> c.withSeed(seed));
      config = set(config, "--profile", c -> c.withProfile(profile));
      config = set(config, "--max-body-bytes", c -> c.withMaxBodyBytes(maxBodyBytes));
      config = set(config, "--max-head-bytes", c -> c.withMaxHeadBytes(maxHeadBytes));
      config = set(config, "--idle-timeout", c -> c.withIdleTimeout(java.time.Duration.ofSeconds(idleTimeoutSeconds)));
      config = set(config, "--threads", c -> c.withThreads(threads));
      config = set(config, "--default-account", c -> c.withDefaultAccount(defaultAccount));
      config = set(config, "--default-region", c -> c.withDefaultRegion(defaultRegion));
      for (String accessKey : accessKeys) {
        config = set(config, "--access-key", c -> withAccessKey(c, accessKey));
      }
      config = set(config, "--auth", c -> c.withAuthentication(auth));
      return config.withRequestLog(!quiet);
    }

    private static ServerConfig withAccessKey(ServerConfig config, String value) {
      int equals = value.indexOf('=');
      if (equals <= 0) {
        throw new IllegalArgumentException("needs AKID=ACCOUNT or AKID=ACCOUNT:SECRET, got: " + value);
      }
      String accessKeyId = value.substring(0, equals);
      String account = value.substring(equals + 1);
      int colon = account.indexOf(':');
      return colon < 0 ? config.withAccessKey(accessKeyId, account)
          : config.withAccessKey(accessKeyId, account.substring(colon + 1), account.substring(0, colon));
    }

    private static ServerConfig set(ServerConfig config, String flag, UnaryOperator<ServerConfig> change) {
      try {
        return change.apply(config);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("Invalid value for option '" + flag + "': " + e.getMessage(), e);
      }
    }
  }
}
