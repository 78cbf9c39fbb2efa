package dev.workspaces.server;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSortedMap;
import java.time.Duration;
import java.util.function.LongSupplier;
import java.util.regex.Pattern;

/**
 * Everything a {@link WorkspacesServer} is started with. Build one from {@link #defaults()} with
 * the {@code with*} methods; each returns a copy.
 *
 * <h2>Guarantees</h2>
 * Immutable and validated on construction: a port in 0..65535 (0 picks a free one), a positive
 * finite time scale, a positive body limit and thread count, 12-digit account ids, a head limit of
 * at least {@value #MIN_HEAD_BYTES} bytes, an idle timeout of at least a millisecond.
 *
 * @param host the address to bind, {@code 127.0.0.1} by default
 * @param port the port to bind, {@value #DEFAULT_PORT} by default; 0 picks a free port
 * @param clockMode how virtual time moves, {@link ClockMode#WALL} by default
 * @param timeScale virtual seconds per wall second in {@link ClockMode#WALL}, {@value #DEFAULT_TIME_SCALE}
 *     by default: a new WorkSpace (20 virtual minutes) is AVAILABLE after 3 wall seconds
 * @param seed the seed of every fresh state (at start and on {@code /_admin/reset}), 0 by default
 * @param profile the engine's step durations, {@link Profile#REALISTIC} by default
 * @param maxBodyBytes the largest request body accepted, 8 MiB by default; larger ones get 413
 * @param threads how many requests are served at once, {@value #DEFAULT_THREADS} by default
 * @param defaultAccount the account of callers whose access key is neither mapped nor 12 digits
 * @param defaultRegion the region of callers that send no SigV4 credential scope
 * @param accessKeys access key id to account id, consulted before the 12-digit rule
 * @param wallNanos the wall clock in nanoseconds ({@code System::nanoTime} by default); tests inject
 *     their own, and it is read nowhere else in the project
 * @param authentication whether API requests must be signed, {@link Authentication#PERMISSIVE} by default
 * @param secretKeys access key id to secret access key, for {@link Authentication#STRICT}; every key
 *     here also has an account in {@code accessKeys}
 * @param maxHeadBytes the largest request head (request line and header fields) accepted,
 *     {@value #DEFAULT_MAX_HEAD_BYTES} bytes by default and at least {@value #MIN_HEAD_BYTES}; a
 *     larger one gets 400 and the connection is closed
 * @param idleTimeout how long a connection may wait for its next bytes (a new request, or the rest
 *     of one) before the server closes it, 30 seconds by default
 * @param requestLog whether the server writes one line per request (operation, account, status,
 *     microseconds); off by default, on in the command line unless {@code --quiet}
 */
public record ServerConfig(
    String host,
    int port,
    ClockMode clockMode,
    double timeScale,
    long seed,
    Profile profile,
    long maxBodyBytes,
    int threads,
    String defaultAccount,
    String defaultRegion,
    ImmutableSortedMap<String, String> accessKeys,
    LongSupplier wallNanos,
    Authentication authentication,
    ImmutableSortedMap<String, String> secretKeys,
    int maxHeadBytes,
    Duration idleTimeout,
    boolean requestLog) {

  /** The port used when none is given. */
  public static final int DEFAULT_PORT = 8090;
  /** The wall-mode time scale used when none is given. */
  public static final double DEFAULT_TIME_SCALE = 400;
  /** The request body limit used when none is given: 8 MiB. */
  public static final long DEFAULT_MAX_BODY_BYTES = 8L * 1024 * 1024;
  /** The worker thread count used when none is given. */
  public static final int DEFAULT_THREADS = 8;
  /** The request head limit used when none is given: 64 KiB. */
  public static final int DEFAULT_MAX_HEAD_BYTES = 64 * 1024;
  /** How long a connection may wait for its next bytes when nothing else is given: 30 seconds. */
  public static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofSeconds(30);

  /** The smallest head limit accepted: room for the request line and headers the SDKs send. */
  public static final int MIN_HEAD_BYTES = 1024;

  private static final Pattern ACCOUNT = Pattern.compile("\\d{12}");

  /** Validates every component. */
  public ServerConfig {
    checkNotNull(host, "host");
    checkArgument(!host.isBlank(), "host must not be blank");
    checkArgument(port >= 0 && port <= 65_535, "port must be in 0..65535: %s", port);
    checkNotNull(clockMode, "clockMode");
    checkArgument(Double.isFinite(timeScale) && timeScale > 0, "timeScale must be positive: %s", timeScale);
    checkNotNull(profile, "profile");
    checkArgument(maxBodyBytes > 0, "maxBodyBytes must be positive: %s", maxBodyBytes);
    checkArgument(threads > 0, "threads must be positive: %s", threads);
    checkArgument(ACCOUNT.matcher(defaultAccount).matches(), "defaultAccount must be 12 digits: %s", defaultAccount);
    checkArgument(!defaultRegion.isBlank(), "defaultRegion must not be blank");
    accessKeys.forEach((key, account) -> checkArgument(ACCOUNT.matcher(account).matches(),
        "access key %s maps to an account that is not 12 digits: %s", key, account));
    checkNotNull(wallNanos, "wallNanos");
    checkArgument(maxHeadBytes >= MIN_HEAD_BYTES, "maxHeadBytes must be at least %s: %s", MIN_HEAD_BYTES, maxHeadBytes);
    checkNotNull(idleTimeout, "idleTimeout");
    checkArgument(idleTimeout.compareTo(Duration.ofMillis(1)) >= 0, "idleTimeout must be at least 1 ms: %s",
        idleTimeout);
    checkNotNull(authentication, "authentication");
    secretKeys.forEach((key, secret) -> checkArgument(accessKeys.containsKey(key),
        "access key %s has a secret key but no account", key));
  }

  /** Returns the defaults: 127.0.0.1:8090, wall clock at scale 400, seed 0, realistic durations. */
  public static ServerConfig defaults() {
    return new ServerConfig("127.0.0.1", DEFAULT_PORT, ClockMode.WALL, DEFAULT_TIME_SCALE, 0,
        Profile.REALISTIC, DEFAULT_MAX_BODY_BYTES, DEFAULT_THREADS, "123456789012", "us-east-1",
        ImmutableSortedMap.of(), System::nanoTime, Authentication.PERMISSIVE, ImmutableSortedMap.of(),
        DEFAULT_MAX_HEAD_BYTES, DEFAULT_IDLE_TIMEOUT, false);
  }

  /** Returns a copy binding {@code value}. */
  public ServerConfig withHost(String value) {
    return new ServerConfig(value, port, clockMode, timeScale, seed, profile, maxBodyBytes, threads,
        defaultAccount, defaultRegion, accessKeys, wallNanos, authentication, secretKeys,
        maxHeadBytes, idleTimeout, requestLog);
  }

  /** Returns a copy listening on {@code value} (0: a free port). */
  public ServerConfig withPort(int value) {
    return new ServerConfig(host, value, clockMode, timeScale, seed, profile, maxBodyBytes, threads,
        defaultAccount, defaultRegion, accessKeys, wallNanos, authentication, secretKeys,
        maxHeadBytes, idleTimeout, requestLog);
  }

  /** Returns a copy with another clock mode. */
  public ServerConfig withClockMode(ClockMode value) {
    return new ServerConfig(host, port, value, timeScale, seed, profile, maxBodyBytes, threads,
        defaultAccount, defaultRegion, accessKeys, wallNanos, authentication, secretKeys,
        maxHeadBytes, idleTimeout, requestLog);
  }

  /** Returns a copy with another wall-mode time scale. */
  public ServerConfig withTimeScale(double value) {
    return new ServerConfig(host, port, clockMode, value, seed, profile, maxBodyBytes, threads,
        defaultAccount, defaultRegion, accessKeys, wallNanos, authentication, secretKeys,
        maxHeadBytes, idleTimeout, requestLog);
  }

  /** Returns a copy with another seed. */
  public ServerConfig withSeed(long value) {
    return new ServerConfig(host, port, clockMode, timeScale, value, profile, maxBodyBytes, threads,
        defaultAccount, defaultRegion, accessKeys, wallNanos, authentication, secretKeys,
        maxHeadBytes, idleTimeout, requestLog);
  }

  /** Returns a copy with another duration profile. */
  public ServerConfig withProfile(Profile value) {
    return new ServerConfig(host, port, clockMode, timeScale, seed, value, maxBodyBytes, threads,
        defaultAccount, defaultRegion, accessKeys, wallNanos, authentication, secretKeys,
        maxHeadBytes, idleTimeout, requestLog);
  }

  /** Returns a copy with another request body limit. */
  public ServerConfig withMaxBodyBytes(long value) {
    return new ServerConfig(host, port, clockMode, timeScale, seed, profile, value, threads,
        defaultAccount, defaultRegion, accessKeys, wallNanos, authentication, secretKeys,
        maxHeadBytes, idleTimeout, requestLog);
  }

  /** Returns a copy with another worker thread count. */
  public ServerConfig withThreads(int value) {
    return new ServerConfig(host, port, clockMode, timeScale, seed, profile, maxBodyBytes, value,
        defaultAccount, defaultRegion, accessKeys, wallNanos, authentication, secretKeys,
        maxHeadBytes, idleTimeout, requestLog);
  }

  /** Returns a copy with another default account. */
  public ServerConfig withDefaultAccount(String value) {
    return new ServerConfig(host, port, clockMode, timeScale, seed, profile, maxBodyBytes, threads,
        value, defaultRegion, accessKeys, wallNanos, authentication, secretKeys,
        maxHeadBytes, idleTimeout, requestLog);
  }

  /** Returns a copy with another default region. */
  public ServerConfig withDefaultRegion(String value) {
    return new ServerConfig(host, port, clockMode, timeScale, seed, profile, maxBodyBytes, threads,
        defaultAccount, value, accessKeys, wallNanos, authentication, secretKeys,
        maxHeadBytes, idleTimeout, requestLog);
  }

  /** Returns a copy that also maps {@code accessKeyId} to {@code accountId} (replacing any mapping). */
  public ServerConfig withAccessKey(String accessKeyId, String accountId) {
    return new ServerConfig(host, port, clockMode, timeScale, seed, profile, maxBodyBytes, threads,
        defaultAccount, defaultRegion, put(accessKeys, accessKeyId, accountId), wallNanos, authentication,
        secretKeys, maxHeadBytes, idleTimeout, requestLog);
  }

  /**
   * Returns a copy that also knows the access key {@code accessKeyId} with {@code secretKey}, acting
   * for {@code accountId} (replacing any earlier key of that id): the keys that
   * {@link Authentication#STRICT} accepts.
   */
  public ServerConfig withAccessKey(String accessKeyId, String secretKey, String accountId) {
    checkArgument(!secretKey.isEmpty(), "secretKey must not be empty");
    return new ServerConfig(host, port, clockMode, timeScale, seed, profile, maxBodyBytes, threads,
        defaultAccount, defaultRegion, put(accessKeys, accessKeyId, accountId), wallNanos, authentication,
        put(secretKeys, accessKeyId, secretKey), maxHeadBytes, idleTimeout, requestLog);
  }

  /** Returns a copy with another authentication mode. */
  public ServerConfig withAuthentication(Authentication value) {
    return new ServerConfig(host, port, clockMode, timeScale, seed, profile, maxBodyBytes, threads,
        defaultAccount, defaultRegion, accessKeys, wallNanos, value, secretKeys,
        maxHeadBytes, idleTimeout, requestLog);
  }

  /** Returns a copy with another request head limit. */
  public ServerConfig withMaxHeadBytes(int value) {
    return new ServerConfig(host, port, clockMode, timeScale, seed, profile, maxBodyBytes, threads,
        defaultAccount, defaultRegion, accessKeys, wallNanos, authentication, secretKeys,
        value, idleTimeout, requestLog);
  }

  /** Returns a copy with another idle timeout. */
  public ServerConfig withIdleTimeout(Duration value) {
    return new ServerConfig(host, port, clockMode, timeScale, seed, profile, maxBodyBytes, threads,
        defaultAccount, defaultRegion, accessKeys, wallNanos, authentication, secretKeys,
        maxHeadBytes, value, requestLog);
  }

  /** Returns a copy that writes (true) or does not write a log line per request. */
  public ServerConfig withRequestLog(boolean value) {
    return new ServerConfig(host, port, clockMode, timeScale, seed, profile, maxBodyBytes, threads,
        defaultAccount, defaultRegion, accessKeys, wallNanos, authentication, secretKeys,
        maxHeadBytes, idleTimeout, value);
  }

  /** Returns a copy reading wall time from {@code value} (nanoseconds, like {@code System.nanoTime}). */
  public ServerConfig withWallNanos(LongSupplier value) {
    return new ServerConfig(host, port, clockMode, timeScale, seed, profile, maxBodyBytes, threads,
        defaultAccount, defaultRegion, accessKeys, value, authentication, secretKeys,
        maxHeadBytes, idleTimeout, requestLog);
  }

  /** Shows every setting except the secret keys themselves: only the ids of the keys that have one. */
  @Override
  public String toString() {
    return "ServerConfig[host=" + host + ", port=" + port + ", clockMode=" + clockMode + ", timeScale=" + timeScale
        + ", seed=" + seed + ", profile=" + profile + ", maxBodyBytes=" + maxBodyBytes + ", threads=" + threads
        + ", defaultAccount=" + defaultAccount + ", defaultRegion=" + defaultRegion + ", accessKeys=" + accessKeys
        + ", authentication=" + authentication + ", keys with a secret=" + secretKeys.keySet()
        + ", maxHeadBytes=" + maxHeadBytes + ", idleTimeout=" + idleTimeout + ", requestLog=" + requestLog + "]";
  }

  private static ImmutableSortedMap<String, String> put(
      ImmutableSortedMap<String, String> map, String key, String value) {
    return ImmutableSortedMap.<String, String>naturalOrder()
        .putAll(map.entrySet().stream().filter(e -> !e.getKey().equals(key)).toList())
        .put(key, value)
        .buildOrThrow();
  }
}
