package dev.workspaces.server;

import java.util.List;
import java.util.Optional;

/**
 * One request of the golden wire script ({@link GoldenScript}): what is sent to the endpoint, and
 * which values of the reply later steps refer to.
 *
 * <p>{@code body} may name earlier captures as {@code ${name}}; they are replaced with the captured
 * text before the request is sent, so the script does not hard-code generated ids.
 *
 * @param method the HTTP method
 * @param path the request path
 * @param target the {@code X-Amz-Target} header, absent for admin requests and for the missing-target case
 * @param caller the account and region the {@code Authorization} header names; absent: no such header
 * @param body the request body, before {@code ${name}} substitution
 * @param captures the values to remember from the reply body
 */
record GoldenStep(String method, String path, Optional<String> target, Optional<Caller> caller, String body,
    List<Capture> captures) {

  /**
   * An account and region, sent as a SigV4-shaped {@code Authorization} header (signatures are not
   * checked; the access key id is the account).
   */
  record Caller(String account, String region) {
    String authorization() {
      return "AWS4-HMAC-SHA256 Credential=" + account + "/20260101/" + region
          + "/workspaces/aws4_request, SignedHeaders=host;x-amz-date;x-amz-target, Signature=00";
    }

    @Override
    public String toString() {
      return account + "/" + region;
    }
  }

  /**
   * Remembers, as {@code name}, the string value of the {@code occurrence}-th (from 1) JSON member
   * called {@code member} in the reply body.
   */
  record Capture(String name, String member, int occurrence) {}

  /** The target prefix of every WorkSpaces operation. */
  static final String TARGET_PREFIX = "WorkspacesService.";

  /**
   * Returns what the step calls, for headings and messages: the operation name of a WorkSpaces
   * target, any other target as it is, or the method and path of a request without one.
   */
  String title() {
    return target.map(name -> name.startsWith(TARGET_PREFIX) ? name.substring(TARGET_PREFIX.length()) : name)
        .orElse(method + " " + path);
  }
}
