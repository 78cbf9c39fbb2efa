package dev.workspaces.server.api;

import com.google.common.collect.ImmutableSortedMap;
import dev.workspaces.engine.Scope;
import dev.workspaces.server.ServerConfig;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Tells which account and region a request acts for, from the SigV4 {@code Authorization} header
 * alone.
 *
 * <h2>Rules</h2>
 * <ul>
 *   <li>The credential is read from {@code Credential=<AKID>/<date>/<region>/<service>/aws4_request}.
 *   <li>Account: the configured mapping of the access key id if there is one; else the key itself
 *       when it is exactly 12 digits; else the default account.
 *   <li>Region: the credential scope's region when it is a plausible region name (letters, digits
 *       and dashes); else the default region. No header, or one that is not SigV4, gives the
 *       default account and region.
 * </ul>
 *
 * <p>This class verifies no signature. With {@link dev.workspaces.server.Authentication#PERMISSIVE}
 * (the default) any secret key works and the access key id only selects the account; with
 * {@link dev.workspaces.server.Authentication#STRICT} {@link SignatureCheck} has accepted the
 * request before its scope is read, so the key is a configured one and maps to its account.
 */
final class Callers {
  private static final Pattern CREDENTIAL = Pattern.compile("Credential=([^,\\s]*)");
  private static final Pattern TWELVE_DIGITS = Pattern.compile("\\d{12}");
  private static final Pattern REGION = Pattern.compile("[A-Za-z0-9-]{1,64}");

  private final ImmutableSortedMap<String, String> accessKeys;
  private final String defaultAccount;
  private final String defaultRegion;

  Callers(ServerConfig config) {
    this.accessKeys = config.accessKeys();
    this.defaultAccount = config.defaultAccount();
    this.defaultRegion = config.defaultRegion();
  }

  /** Returns the scope a request with this {@code Authorization} header (or none) acts for. */
  Scope scopeOf(@Nullable String authorization) {
    Optional<String[]> credential = credential(authorization);
    String accessKeyId = credential.map(parts -> parts[0]).orElse("");
    String region = credential.filter(parts -> parts.length > 2)
        .map(parts -> parts[2])
        .filter(name -> REGION.matcher(name).matches())
        .orElse(defaultRegion);
    return Scope.of(accountOf(accessKeyId), region);
  }

  private String accountOf(String accessKeyId) {
    String mapped = accessKeys.get(accessKeyId);
    if (mapped != null) {
      return mapped;
    }
    return TWELVE_DIGITS.matcher(accessKeyId).matches() ? accessKeyId : defaultAccount;
  }

  private static Optional<String[]> credential(@Nullable String authorization) {
    if (authorization == null) {
      return Optional.empty();
    }
    Matcher matcher = CREDENTIAL.matcher(authorization);
    return matcher.find() ? Optional.of(matcher.group(1).split("/", -1)) : Optional.empty();
  }
}
