package dev.workspaces.server;

import dev.workspaces.engine.catalogue.AmazonBundles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.workspaces.WorkSpacesClient;
import software.amazon.awssdk.services.workspaces.model.CreateWorkspacesResponse;
import software.amazon.awssdk.services.workspaces.model.WorkspaceRequest;

/**
 * A server on a free port in manual clock mode, with helpers to reach it through the real AWS SDK,
 * through raw HTTP, and through the admin endpoints. Closing it closes every client it made.
 */
final class TestServer implements AutoCloseable {
  static final String DIRECTORY = "d-1234567890";
  static final String BUNDLE = AmazonBundles.STANDARD_WINDOWS;
  static final String ACCOUNT_A = "111122223333";
  static final String ACCOUNT_B = "444455556666";

  static final String AUTHORIZATION_A = "AWS4-HMAC-SHA256 Credential=" + ACCOUNT_A
      + "/20261121/us-east-1/workspaces/aws4_request, SignedHeaders=host;x-amz-date;x-amz-target, Signature=00";

  private static final HttpClient RAW = HttpClient.newHttpClient();

  final WorkspacesServer server;
  private final List<AutoCloseable> closeables = new ArrayList<>();

  private TestServer(WorkspacesServer server) {
    this.server = server;
  }

  /** Starts a server with seed 0 in manual mode on a free port. */
  static TestServer start() {
    return start(ServerConfig.defaults().withPort(0).withClockMode(ClockMode.MANUAL));
  }

  static TestServer start(ServerConfig config) {
    try {
      return new TestServer(WorkspacesServer.start(config));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Returns an SDK client (UrlConnection) for access key {@code ACCOUNT_A} in us-east-1. */
  WorkSpacesClient client() {
    return client(ACCOUNT_A, "us-east-1");
  }

  WorkSpacesClient client(String accessKeyId, String region) {
    return client(accessKeyId, region, UrlConnectionHttpClient.create());
  }

  /** Returns an SDK client that talks through the Apache HTTP client. */
  WorkSpacesClient apacheClient() {
    return client(ACCOUNT_A, "us-east-1", ApacheHttpClient.create());
  }

  private WorkSpacesClient client(String accessKeyId, String region, SdkHttpClient http) {
    WorkSpacesClient client = WorkSpacesClient.builder()
        .endpointOverride(server.endpoint())
        .region(Region.of(region))
        .credentialsProvider(StaticCredentialsProvider.create(
            AwsBasicCredentials.create(accessKeyId, "not-checked-secret")))
        .httpClient(http)
        .build();
    closeables.add(client);
    closeables.add(http);
    return client;
  }

  /** Registers {@link #DIRECTORY} and advances time until it is REGISTERED. */
  void registerDirectory(WorkSpacesClient client) {
    client.registerWorkspaceDirectory(r -> r.directoryId(DIRECTORY));
    advance(60);
  }

  /** Creates one WorkSpace for {@code user} (still PENDING) and returns its id. */
  static String createWorkspace(WorkSpacesClient client, String user) {
    CreateWorkspacesResponse created = client.createWorkspaces(r -> r.workspaces(
        WorkspaceRequest.builder().directoryId(DIRECTORY).userName(user).bundleId(BUNDLE).build()));
    if (!created.failedRequests().isEmpty()) {
      throw new AssertionError("create failed: " + created.failedRequests());
    }
    return created.pendingRequests().get(0).workspaceId();
  }

  /** Advances virtual time through {@code POST /_admin/advance}. */
  void advance(long seconds) {
    Raw reply = post("/_admin/advance", "{\"seconds\":" + seconds + "}");
    if (reply.status() != 200) {
      throw new AssertionError("advance failed: " + reply);
    }
  }

  /** Returns the body of {@code GET /_admin/state}. */
  String stateDump() {
    Raw reply = send(HttpRequest.newBuilder(uri("/_admin/state")).GET().build());
    if (reply.status() != 200) {
      throw new AssertionError("state failed: " + reply);
    }
    return reply.body();
  }

  Raw post(String path, String body) {
    return send(HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.ofString(body)).build());
  }

  /**
   * Sends an API request with {@code target} (none when null) and {@code body}, as account
   * {@link #ACCOUNT_A} in us-east-1 (a SigV4-shaped Authorization header; signatures are not checked).
   */
  Raw api(String target, String body) {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri("/"))
        .header("Content-Type", WorkspacesEndpoint.CONTENT_TYPE)
        .header("Authorization", AUTHORIZATION_A)
        .POST(HttpRequest.BodyPublishers.ofString(body));
    if (target != null) {
      request.header("X-Amz-Target", target);
    }
    return send(request.build());
  }

  URI uri(String path) {
    return server.endpoint().resolve(path);
  }

  static Raw send(HttpRequest request) {
    try {
      HttpResponse<byte[]> response = RAW.send(request, HttpResponse.BodyHandlers.ofByteArray());
      return new Raw(response.statusCode(), response.headers(),
          new String(response.body(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  @Override
  public void close() {
    for (AutoCloseable closeable : closeables) {
      try {
        closeable.close();
      } catch (Exception ignored) {
        // closing a client twice or after the server is harmless
      }
    }
    server.close();
  }

  /** A raw HTTP reply. */
  record Raw(int status, java.net.http.HttpHeaders headers, String body) {
    String header(String name) {
      return headers.firstValue(name).orElse(null);
    }
  }
}
