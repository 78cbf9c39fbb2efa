package dev.workspaces.server.api;

import com.google.common.collect.ImmutableSortedMap;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Strict authentication: accepts an API request only when its SigV4 signature was made with one of
 * the configured secret keys, within {@link #MAX_SKEW} of this server's clock.
 *
 * <h2>Refusals, in the order they are checked (all HTTP 400, the service's error names and messages)</h2>
 * <ol>
 *   <li>no {@code Authorization} header: {@code MissingAuthenticationTokenException};
 *   <li>a header that is not SigV4, or lacks a part, or no {@code X-Amz-Date}:
 *       {@code IncompleteSignatureException};
 *   <li>an access key that is not configured: {@code UnrecognizedClientException};
 *   <li>a scope date other than the signing date, a service other than {@code workspaces}, a
 *       signing time too far from the clock, or a signature that does not match:
 *       {@code InvalidSignatureException}. The mismatch message shows the canonical request and
 *       string to sign the server expected, as AWS does.
 * </ol>
 *
 * Messages as AWS services answer them, gathered from users' reports of real replies (GitHub issues
 * and posts quoting DynamoDB, Cognito, CloudWatch Logs, EKS and API Gateway replies, read
 * 2026-12-04). AWS answers some of these with 403 on other protocols; this endpoint keeps 400 for
 * every refusal, the convention of the WorkSpaces model.
 */
final class SignatureCheck {
  /** How far a signing time may be from the server's clock, either way. */
  static final Duration MAX_SKEW = Duration.ofMinutes(5);
  /** The service name a WorkSpaces credential scope names. */
  static final String SERVICE = "workspaces";

  static final String MISSING_TOKEN = "MissingAuthenticationTokenException";
  static final String INCOMPLETE_SIGNATURE = "IncompleteSignatureException";
  static final String UNRECOGNIZED_CLIENT = "UnrecognizedClientException";
  static final String INVALID_SIGNATURE = "InvalidSignatureException";

  private static final DateTimeFormatter AMZ_DATE =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

  private final ImmutableSortedMap<String, String> secretKeys;
  private final Clock clock;

  /** Returns a check accepting the keys of {@code secretKeys} (access key id to secret key). */
  SignatureCheck(ImmutableSortedMap<String, String> secretKeys, Clock clock) {
    this.secretKeys = secretKeys;
    this.clock = clock;
  }

  /**
   * Returns the refusal of a request, or empty when it is signed by a configured key.
   *
   * @param header looks a request header up by name, case-insensitively ({@code null} when absent)
   */
  Optional<Reply> refusal(Function<String, @Nullable String> header, byte[] body) {
    String authorization = header.apply("Authorization");
    if (authorization == null || authorization.isBlank()) {
      return refuse(MISSING_TOKEN, "Missing Authentication Token");
    }
    SigV4Authorization.Parsed parsed = SigV4Authorization.parse(authorization);
    SigV4Authorization signed = parsed.authorization();
    if (signed == null) {
      return refuse(INCOMPLETE_SIGNATURE, parsed.problem());
    }
    String secretKey = secretKeys.get(signed.accessKeyId());
    if (secretKey == null) {
      return refuse(UNRECOGNIZED_CLIENT, "The security token included in the request is invalid.");
    }
    String amzDate = header.apply("X-Amz-Date");
    if (amzDate == null) {
      return refuse(INCOMPLETE_SIGNATURE, "Authorization header requires existence of either a 'X-Amz-Date' or"
          + " a 'Date' header. Authorization=" + authorization);
    }
    Instant signedAt;
    try {
      signedAt = Instant.from(AMZ_DATE.parse(amzDate));
    } catch (DateTimeParseException e) {
      return refuse(INCOMPLETE_SIGNATURE, "Date must be in ISO-8601 'basic format'. Got '" + amzDate + "'.");
    }
    if (!amzDate.startsWith(signed.scopeDate() + "T")) {
      return refuse(INVALID_SIGNATURE, "Date in Credential scope does not match YYYYMMDD from ISO-8601 version"
          + " of date from HTTP: '" + signed.scopeDate() + "' != '" + amzDate.substring(0, 8) + "', from '"
          + amzDate + "'.");
    }
    if (!signed.service().equals(SERVICE)) {
      return refuse(INVALID_SIGNATURE, "Credential should be scoped to correct service: '" + SERVICE + "'. ");
    }
    Optional<Reply> skew = skewRefusal(signedAt);
    if (skew.isPresent()) {
      return skew;
    }
    String canonicalRequest = SigV4.canonicalRequest(signed, header, body);
    String stringToSign = SigV4.stringToSign(signed, amzDate, canonicalRequest);
    String expected = SigV4.signature(signed, secretKey, stringToSign);
    if (!MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
        signed.signature().getBytes(StandardCharsets.US_ASCII))) {
      return refuse(INVALID_SIGNATURE, "The request signature we calculated does not match the signature you"
          + " provided. Check your AWS Secret Access Key and signing method. Consult the service documentation"
          + " for details.\n\nThe Canonical String for this request should have been\n'" + canonicalRequest
          + "'\n\nThe String-to-Sign should have been\n'" + stringToSign + "'\n");
    }
    return Optional.empty();
  }

  private Optional<Reply> skewRefusal(Instant signedAt) {
    Instant now = clock.instant();
    if (signedAt.isBefore(now.minus(MAX_SKEW))) {
      return refuse(INVALID_SIGNATURE, "Signature expired: " + AMZ_DATE.format(signedAt) + " is now earlier than "
          + AMZ_DATE.format(now.minus(MAX_SKEW)) + " (" + AMZ_DATE.format(now) + " - " + MAX_SKEW.toMinutes() + " min.)");
    }
    if (signedAt.isAfter(now.plus(MAX_SKEW))) {
      return refuse(INVALID_SIGNATURE, "Signature not yet current: " + AMZ_DATE.format(signedAt)
          + " is still later than " + AMZ_DATE.format(now.plus(MAX_SKEW)) + " (" + AMZ_DATE.format(now)
          + " + " + MAX_SKEW.toMinutes() + " min.)");
    }
    return Optional.empty();
  }

  private static Optional<Reply> refuse(String type, String message) {
    return Optional.of(Reply.httpError(400, type, message));
  }
}
