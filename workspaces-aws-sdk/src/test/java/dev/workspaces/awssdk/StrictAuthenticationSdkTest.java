package dev.workspaces.awssdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.workspaces.engine.Scope;
import dev.workspaces.engine.state.ScopeState;
import dev.workspaces.server.Authentication;
import dev.workspaces.server.EndpointReply;
import dev.workspaces.server.WorkspacesEndpoint;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.SignedRequest;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.workspaces.WorkSpacesClient;
import software.amazon.awssdk.services.workspaces.model.WorkSpacesException;

/**
 * Strict authentication through the real SDK client in process: the SDK's own SigV4 signatures are
 * accepted with the configured secret and refused otherwise, with the service's errors.
 */
class StrictAuthenticationSdkTest {
  private static final String ALICE_KEY = "AKIDALICE";
  private static final String ALICE_SECRET = "alice-secret";
  private static final String ALICE_ACCOUNT = "111122223333";
  private static final String DIRECTORY = "d-1234567890";

  private final WorkspacesEndpoint endpoint = InProcessWorkspaces.endpoint(config -> config
      .withAuthentication(Authentication.STRICT)
      .withAccessKey(ALICE_KEY, ALICE_SECRET, ALICE_ACCOUNT));

  private WorkSpacesClient clientOf(String accessKeyId, String secretKey) {
    return InProcessWorkspaces.client(endpoint,
        StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKeyId, secretKey)), Region.EU_WEST_1);
  }

  @Test
  void aCallSignedWithTheConfiguredSecretActsForTheKeysAccount() {
    clientOf(ALICE_KEY, ALICE_SECRET).registerWorkspaceDirectory(r -> r.directoryId(DIRECTORY));
    assertEquals(DIRECTORY, clientOf(ALICE_KEY, ALICE_SECRET).describeWorkspaceDirectories(r -> {})
        .directories().get(0).directoryId());
    assertTrue(hasState(endpoint, Scope.of(ALICE_ACCOUNT, "eu-west-1")), "the directory is in the key's account");
  }

  @Test
  void aWrongSecretIsAnInvalidSignatureAndChangesNothing() {
    WorkSpacesException refused = assertThrows(WorkSpacesException.class,
        () -> clientOf(ALICE_KEY, "not-alice-secret").registerWorkspaceDirectory(r -> r.directoryId(DIRECTORY)));
    assertEquals(400, refused.statusCode());
    assertEquals("InvalidSignatureException", refused.awsErrorDetails().errorCode());
    assertTrue(refused.awsErrorDetails().errorMessage().startsWith(
        "The request signature we calculated does not match the signature you provided."), refused::getMessage);
    assertTrue(refused.awsErrorDetails().errorMessage().contains("The Canonical String for this request should have been"));
    assertEquals(1, refused.numAttempts(), "an authentication refusal is not retried");
    assertFalse(hasState(endpoint, Scope.of(ALICE_ACCOUNT, "eu-west-1")));
  }

  @Test
  void anUnknownAccessKeyIsAnUnrecognizedClient() {
    WorkSpacesException refused = assertThrows(WorkSpacesException.class,
        () -> clientOf("AKIDMALLORY", ALICE_SECRET).describeWorkspaces(r -> {}));
    assertEquals(400, refused.statusCode());
    assertEquals("UnrecognizedClientException", refused.awsErrorDetails().errorCode());
    assertEquals("The security token included in the request is invalid.", refused.awsErrorDetails().errorMessage());
  }

  @Test
  void aTwelveDigitKeyIsNoLongerEnoughWhenStrict() {
    WorkSpacesException refused = assertThrows(WorkSpacesException.class,
        () -> InProcessWorkspaces.client(endpoint, ALICE_ACCOUNT, Region.US_EAST_1).describeWorkspaces(r -> {}));
    assertEquals("UnrecognizedClientException", refused.awsErrorDetails().errorCode());
  }

  @Test
  void theDefaultEndpointStaysPermissive() {
    WorkspacesEndpoint permissive = InProcessWorkspaces.endpoint();
    assertEquals(Authentication.PERMISSIVE, permissive.config().authentication());
    InProcessWorkspaces.client(permissive, "444455556666", Region.US_EAST_1)
        .registerWorkspaceDirectory(r -> r.directoryId(DIRECTORY));
    assertTrue(hasState(permissive, Scope.of("444455556666", "us-east-1")));
  }

  @Test
  void aRequestWithoutAuthorizationIsMissingItsToken() {
    EndpointReply reply = endpoint.handle("POST", "/", name -> name.equalsIgnoreCase("X-Amz-Target")
        ? "WorkspacesService.DescribeWorkspaces" : null, "{}".getBytes(StandardCharsets.UTF_8));
    assertEquals(400, reply.status());
    assertEquals("MissingAuthenticationTokenException", reply.headers().get("X-Amzn-ErrorType"));
    assertEquals("{\"__type\":\"MissingAuthenticationTokenException\",\"message\":\"Missing Authentication Token\"}",
        new String(reply.body(), StandardCharsets.UTF_8));
  }

  @Test
  void aSignatureMadeMoreThanFiveMinutesAgoHasExpired() {
    Instant tenMinutesAgo = Instant.now().minus(Duration.ofMinutes(10));
    EndpointReply reply = sendSignedAt(tenMinutesAgo);
    assertEquals(400, reply.status());
    assertEquals("InvalidSignatureException", reply.headers().get("X-Amzn-ErrorType"));
    assertTrue(new String(reply.body(), StandardCharsets.UTF_8).contains("Signature expired: "));
    assertEquals(200, sendSignedAt(Instant.now()).status(), "the same request signed now passes");
  }

  private static boolean hasState(WorkspacesEndpoint endpoint, Scope scope) {
    return !endpoint.snapshot().scope(scope).equals(ScopeState.EMPTY);
  }

  /** Signs a DescribeWorkspaces request with the SDK's own SigV4 signer at {@code time} and sends it. */
  private EndpointReply sendSignedAt(Instant time) {
    byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
    SdkHttpRequest request = SdkHttpRequest.builder()
        .method(SdkHttpMethod.POST)
        .uri(java.net.URI.create("http://workspaces.in-process/"))
        .putHeader("Content-Type", "application/x-amz-json-1.1")
        .putHeader("X-Amz-Target", "WorkspacesService.DescribeWorkspaces")
        .build();
    SignedRequest signed = AwsV4HttpSigner.create().sign(r -> r
        .identity(AwsBasicCredentials.create(ALICE_KEY, ALICE_SECRET))
        .request(request)
        .payload(() -> new ByteArrayInputStream(body))
        .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, "workspaces")
        .putProperty(AwsV4HttpSigner.REGION_NAME, "us-east-1")
        .putProperty(HttpSigner.SIGNING_CLOCK, Clock.fixed(time, ZoneOffset.UTC)));
    return endpoint.handle("POST", "/", name -> signed.request().firstMatchingHeader(name).orElse(null), body);
  }
}
