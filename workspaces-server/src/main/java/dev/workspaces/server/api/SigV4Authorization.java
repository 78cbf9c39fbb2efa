package dev.workspaces.server.api;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The parts of a SigV4 {@code Authorization} header:
 * {@code AWS4-HMAC-SHA256 Credential=<key>/<date>/<region>/<service>/aws4_request,
 * SignedHeaders=<a;b;c>, Signature=<hex>}.
 *
 * @param accessKeyId the access key id of the credential
 * @param scopeDate the credential scope's date, {@code yyyyMMdd}
 * @param region the credential scope's region
 * @param service the credential scope's service
 * @param signedHeaders the lower-case names of the signed headers, in the order sent
 * @param signature the signature in lower-case hex, as sent
 */
record SigV4Authorization(
    String accessKeyId,
    String scopeDate,
    String region,
    String service,
    ImmutableList<String> signedHeaders,
    String signature) {
  /** The only algorithm SigV4 headers name. */
  static final String ALGORITHM = "AWS4-HMAC-SHA256";
  /** The last element of every credential scope. */
  static final String TERMINATOR = "aws4_request";

  /** Returns the credential scope, {@code <date>/<region>/<service>/aws4_request}. */
  String credentialScope() {
    return scopeDate + "/" + region + "/" + service + "/" + TERMINATOR;
  }

  /**
   * Reads a header, or says what it lacks in the words AWS uses for an
   * {@code IncompleteSignatureException}.
   */
  static Parsed parse(String header) {
    String trimmed = header.trim();
    if (!trimmed.startsWith(ALGORITHM + " ")) {
      return new Parsed(null, "Authorization header requires '" + ALGORITHM + "' as its algorithm. Authorization="
          + header);
    }
    Map<String, String> parameters = new LinkedHashMap<>();
    for (String part : trimmed.substring(ALGORITHM.length()).split(",")) {
      int equals = part.indexOf('=');
      if (equals > 0) {
        parameters.putIfAbsent(part.substring(0, equals).trim(), part.substring(equals + 1).trim());
      }
    }
    List<String> problems = new ArrayList<>();
    for (String name : List.of("Credential", "Signature", "SignedHeaders")) {
      if (parameters.getOrDefault(name, "").isEmpty()) {
        problems.add("Authorization header requires '" + name + "' parameter.");
      }
    }
    String[] credential = parameters.getOrDefault("Credential", "").split("/", -1);
    if (problems.isEmpty() && (credential.length != 5 || !credential[4].equals(TERMINATOR))) {
      problems.add("Credential should be scoped to a valid credential scope of the form"
          + " <key>/<yyyyMMdd>/<region>/<service>/" + TERMINATOR + ".");
    }
    if (!problems.isEmpty()) {
      return new Parsed(null, String.join(" ", problems) + " Authorization=" + header);
    }
    ImmutableList<String> signed = ImmutableList.copyOf(parameters.get("SignedHeaders").split(";", -1));
    return new Parsed(new SigV4Authorization(credential[0], credential[1], credential[2], credential[3],
        signed, parameters.get("Signature")), "");
  }

  /**
   * The outcome of {@link #parse}: the header's parts, or the reason it is incomplete.
   *
   * @param authorization the parts, or {@code null} when the header is incomplete
   * @param problem why the header is incomplete; empty when it is not
   */
  record Parsed(@Nullable SigV4Authorization authorization, String problem) {}
}
