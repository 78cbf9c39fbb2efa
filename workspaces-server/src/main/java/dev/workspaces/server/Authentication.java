package dev.workspaces.server;

import java.util.Locale;
import java.util.Optional;

/**
 * How the API path treats the SigV4 {@code Authorization} header of a request.
 *
 * <p>Neither mode touches the admin paths ({@code /_admin/...}), which are never signed.
 */
public enum Authentication {
  /**
   * The default: signatures are not checked and any secret key works. The access key id only
   * selects the account (its configured mapping, else the key itself when it is 12 digits, else the
   * default account), and a request with no {@code Authorization} header acts for the default
   * account and region.
   */
  PERMISSIVE,
  /**
   * Every API request must carry a valid SigV4 signature made with one of the configured access
   * keys ({@link ServerConfig#withAccessKey(String, String, String)}); the key's account is the
   * caller's. Otherwise the reply is the service's own 400 error: {@code MissingAuthenticationTokenException}
   * without the header, {@code IncompleteSignatureException} for a header that is not SigV4,
   * {@code UnrecognizedClientException} for an unknown key, and {@code InvalidSignatureException}
   * for a wrong signature or a signing time more than five minutes from the server's clock.
   */
  STRICT;

  /** Returns the mode named {@code name} ({@code permissive} or {@code strict}, any case). */
  public static Optional<Authentication> fromName(String name) {
    for (Authentication mode : values()) {
      if (mode.name().equalsIgnoreCase(name)) {
        return Optional.of(mode);
      }
    }
    return Optional.empty();
  }

  /** Returns the lower-case name used on the command line. */
  public String flagValue() {
    return name().toLowerCase(Locale.ROOT);
  }
}
