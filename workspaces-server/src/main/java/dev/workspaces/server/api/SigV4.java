package dev.workspaces.server.api;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;

/**
 * The Signature Version 4 computation for a request to {@code POST /} (the only API request there
 * is): canonical request, string to sign, derived signing key and signature, as the AWS SDKs make
 * them. Uses only the JDK's SHA-256 and HMAC-SHA256.
 */
final class SigV4 {
  private static final HexFormat HEX = HexFormat.of();

  private SigV4() {}

  /**
   * Returns the canonical request: method, URI {@code /}, the empty query, each signed header as
   * {@code name:value} (value trimmed, inner runs of spaces collapsed), the signed header list, and
   * the hex SHA-256 of {@code body}.
   */
  static String canonicalRequest(
      SigV4Authorization authorization, Function<String, @Nullable String> header, byte[] body) {
    String headers = authorization.signedHeaders().stream()
        .map(name -> name.toLowerCase(Locale.ROOT) + ":" + canonicalValue(header.apply(name)) + "\n")
        .collect(Collectors.joining());
    return "POST\n/\n\n" + headers + "\n" + String.join(";", authorization.signedHeaders()) + "\n"
        + hex(sha256(body));
  }

  /** Returns the string to sign for {@code canonicalRequest} signed at {@code amzDate} ({@code yyyyMMdd'T'HHmmss'Z'}). */
  static String stringToSign(SigV4Authorization authorization, String amzDate, String canonicalRequest) {
    return SigV4Authorization.ALGORITHM + "\n" + amzDate + "\n" + authorization.credentialScope() + "\n"
        + hex(sha256(canonicalRequest.getBytes(StandardCharsets.UTF_8)));
  }

  /** Returns the hex signature of {@code stringToSign} with the key derived from {@code secretKey}. */
  static String signature(SigV4Authorization authorization, String secretKey, String stringToSign) {
    byte[] key = hmac(("AWS4" + secretKey).getBytes(StandardCharsets.UTF_8), authorization.scopeDate());
    key = hmac(key, authorization.region());
    key = hmac(key, authorization.service());
    key = hmac(key, SigV4Authorization.TERMINATOR);
    return hex(hmac(key, stringToSign));
  }

  private static String canonicalValue(@Nullable String value) {
    return value == null ? "" : value.trim().replaceAll(" +", " ");
  }

  private static byte[] sha256(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  private static byte[] hmac(byte[] key, String data) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("every JDK has HmacSHA256", e);
    }
  }

  private static String hex(byte[] bytes) {
    return HEX.formatHex(bytes);
  }
}
