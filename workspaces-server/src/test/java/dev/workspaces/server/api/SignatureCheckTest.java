package dev.workspaces.server.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.SignedRequest;

/** The SigV4 check against the SDK's own signer and AWS's published example, with a fixed clock. */
class SignatureCheckTest {
  private static final String KEY = "AKIDEXAMPLE";
  private static final String SECRET = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";
  private static final Instant NOW = Instant.parse("2026-12-04T18:30:00Z");
  private static final byte[] BODY = "{\"WorkspaceIds\":[\"ws-abc123def\"]}".getBytes(StandardCharsets.UTF_8);

  private final SignatureCheck check =
      new SignatureCheck(ImmutableSortedMap.of(KEY, SECRET), Clock.fixed(NOW, ZoneOffset.UTC));

  /** Returns the headers of a DescribeWorkspaces request the SDK's SigV4 signer signed at {@code time}. */
  private static Function<String, @Nullable String> signedAt(Instant time, String secret) {
    SdkHttpRequest request = SdkHttpRequest.builder()
        .method(SdkHttpMethod.POST)
        .uri(URI.create("http://127.0.0.1:8090/"))
        .putHeader("Content-Type", "application/x-amz-json-1.1")
        .putHeader("X-Amz-Target", "WorkspacesService.DescribeWorkspaces")
        .putHeader("User-Agent", "aws-sdk-java/2.40.2   md/io#sync")
        .build();
    SignedRequest signed = AwsV4HttpSigner.create().sign(r -> r
        .identity(AwsBasicCredentials.create(KEY, secret))
        .request(request)
        .payload(() -> new ByteArrayInputStream(BODY))
        .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, "workspaces")
        .putProperty(AwsV4HttpSigner.REGION_NAME, "eu-west-1")
        .putProperty(HttpSigner.SIGNING_CLOCK, Clock.fixed(time, ZoneOffset.UTC)));
    return name -> signed.request().firstMatchingHeader(name).orElse(null);
  }

  private static Function<String, @Nullable String> headers(Map<String, String> values) {
    TreeMap<String, String> map = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    map.putAll(values);
    return map::get;
  }

  private static void assertRefused(String type, String messageStart, Optional<Reply> refusal) {
    Reply reply = refusal.orElseThrow(() -> new AssertionError("accepted"));
    assertEquals(400, reply.status());
    assertEquals(Optional.of(type), reply.errorType());
    String body = new String(reply.body(), StandardCharsets.UTF_8);
    assertTrue(body.contains("\"message\":\"" + messageStart), body);
  }

  @Test
  void theSdksSignatureWithinFiveMinutesIsAccepted() {
    assertEquals(Optional.empty(), check.refusal(signedAt(NOW, SECRET), BODY));
    assertEquals(Optional.empty(), check.refusal(signedAt(NOW.minus(Duration.ofMinutes(4)), SECRET), BODY));
    assertEquals(Optional.empty(), check.refusal(signedAt(NOW.plus(Duration.ofMinutes(4)), SECRET), BODY));
  }

  @Test
  void aChangedBodyOrSecretDoesNotMatch() {
    assertRefused("InvalidSignatureException", "The request signature we calculated does not match",
        check.refusal(signedAt(NOW, SECRET), "{}".getBytes(StandardCharsets.UTF_8)));
    assertRefused("InvalidSignatureException", "The request signature we calculated does not match",
        check.refusal(signedAt(NOW, "another-secret"), BODY));
  }

  @Test
  void aSigningTimeOutsideFiveMinutesIsExpiredOrNotYetCurrent() {
    assertRefused("InvalidSignatureException",
        "Signature expired: 20261204T182400Z is now earlier than 20261204T182500Z (20261204T183000Z - 5 min.)",
        check.refusal(signedAt(NOW.minus(Duration.ofMinutes(6)), SECRET), BODY));
    assertRefused("InvalidSignatureException",
        "Signature not yet current: 20261204T183600Z is still later than 20261204T183500Z (20261204T183000Z + 5 min.)",
        check.refusal(signedAt(NOW.plus(Duration.ofMinutes(6)), SECRET), BODY));
  }

  @Test
  void missingAndIncompleteHeadersAreTheirOwnErrors() {
    assertRefused("MissingAuthenticationTokenException", "Missing Authentication Token",
        check.refusal(headers(Map.of()), BODY));
    assertRefused("IncompleteSignatureException",
        "Authorization header requires 'Signature' parameter. Authorization header requires 'SignedHeaders' parameter.",
        check.refusal(headers(Map.of("Authorization",
            "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20261204/us-east-1/workspaces/aws4_request")), BODY));
    assertRefused("IncompleteSignatureException", "Authorization header requires 'AWS4-HMAC-SHA256'",
        check.refusal(headers(Map.of("Authorization", "Basic dXNlcjpwYXNz")), BODY));
  }

  @Test
  void anUnknownKeyIsUnrecognizedBeforeAnythingElseIsChecked() {
    assertRefused("UnrecognizedClientException", "The security token included in the request is invalid.",
        check.refusal(headers(Map.of("Authorization", "AWS4-HMAC-SHA256 Credential=AKIDOTHER/20261204/us-east-1/"
            + "workspaces/aws4_request, SignedHeaders=host, Signature=00")), BODY));
  }

  @Test
  void theScopeMustNameTheSigningDateAndWorkspaces() {
    assertRefused("InvalidSignatureException", "Date in Credential scope does not match YYYYMMDD from ISO-8601"
        + " version of date from HTTP: '20261203' != '20261204', from '20261204T183000Z'.",
        check.refusal(headers(Map.of("X-Amz-Date", "20261204T183000Z", "Authorization", "AWS4-HMAC-SHA256"
            + " Credential=AKIDEXAMPLE/20261203/us-east-1/workspaces/aws4_request, SignedHeaders=host, Signature=00")),
            BODY));
    assertRefused("InvalidSignatureException", "Credential should be scoped to correct service: 'workspaces'.",
        check.refusal(headers(Map.of("X-Amz-Date", "20261204T183000Z", "Authorization", "AWS4-HMAC-SHA256"
            + " Credential=AKIDEXAMPLE/20261204/us-east-1/dynamodb/aws4_request, SignedHeaders=host, Signature=00")),
            BODY));
  }

  /** AWS's published SigV4 test suite, case "post-vanilla": an empty POST to / with host and date signed. */
  @Test
  void theSignatureOfAwsPublishedPostVanillaExample() {
    SigV4Authorization authorization = new SigV4Authorization(KEY, "20150830", "us-east-1", "service",
        ImmutableList.of("host", "x-amz-date"), "");
    Function<String, @Nullable String> header =
        headers(Map.of("Host", "example.amazonaws.com", "X-Amz-Date", "20150830T123600Z"));
    String canonical = SigV4.canonicalRequest(authorization, header, new byte[0]);
    assertEquals("POST\n/\n\nhost:example.amazonaws.com\nx-amz-date:20150830T123600Z\n\nhost;x-amz-date\n"
        + "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", canonical);
    assertEquals("5da7c1a2acd57cee7505fc6676e4e544621c30862966e37dddb68e92efbe5d6b", SigV4.signature(authorization,
        SECRET, SigV4.stringToSign(authorization, "20150830T123600Z", canonical)));
  }
}
