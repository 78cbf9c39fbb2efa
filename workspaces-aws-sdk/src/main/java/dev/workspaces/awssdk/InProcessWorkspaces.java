package dev.workspaces.awssdk;

import dev.workspaces.engine.WorkspacesFake;
import dev.workspaces.server.ClockMode;
import dev.workspaces.server.ServerConfig;
import dev.workspaces.server.WorkspacesEndpoint;
import java.net.URI;
import java.util.function.UnaryOperator;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.workspaces.WorkSpacesClient;

/**
 * Real {@link WorkSpacesClient}s of the AWS SDK for Java v2 that run against the engine in the same
 * process, for code under test that takes a {@code WorkSpacesClient}.
 *
 * <pre>{@code
 * WorkspacesEndpoint endpoint = InProcessWorkspaces.endpoint();          // manual clock, seed 0
 * WorkSpacesClient client = InProcessWorkspaces.client(endpoint);
 * client.registerWorkspaceDirectory(r -> r.directoryId("d-1234567890"));
 * endpoint.advance(Duration.ofMinutes(1));
 * }</pre>
 *
 * The account is the client's access key id when it is 12 digits (as the HTTP server reads it),
 * so several accounts and regions share one endpoint. Signatures are not checked unless the
 * endpoint is made with {@link dev.workspaces.server.Authentication#STRICT}:
 *
 * <pre>{@code
 * WorkspacesEndpoint endpoint = InProcessWorkspaces.endpoint(config -> config
 *     .withAuthentication(Authentication.STRICT)
 *     .withAccessKey("AKIDALICE", "alice-secret", "111122223333"));
 * WorkSpacesClient alice = InProcessWorkspaces.client(endpoint,
 *     StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDALICE", "alice-secret")), Region.US_EAST_1);
 * }</pre>
 */
public final class InProcessWorkspaces {
  /** The account a client made without one acts as. */
  public static final String DEFAULT_ACCOUNT = "123456789012";

  private static final URI ENDPOINT = URI.create("http://workspaces.in-process");

  private InProcessWorkspaces() {}

  /** Returns an endpoint with a manual clock and seed 0: time moves only through {@code advance}. */
  public static WorkspacesEndpoint endpoint() {
    return endpoint(UnaryOperator.identity());
  }

  /**
   * Returns an endpoint configured by {@code settings} applied to the configuration of
   * {@link #endpoint()} (the server's defaults with a manual clock), for instance strict
   * authentication with its access keys.
   */
  public static WorkspacesEndpoint endpoint(UnaryOperator<ServerConfig> settings) {
    return WorkspacesEndpoint.create(settings.apply(ServerConfig.defaults().withClockMode(ClockMode.MANUAL)));
  }

  /** Returns a client of {@link #DEFAULT_ACCOUNT} in us-east-1. */
  public static WorkSpacesClient client(WorkspacesEndpoint endpoint) {
    return client(endpoint, DEFAULT_ACCOUNT, Region.US_EAST_1);
  }

  /**
   * Returns a client of {@link #DEFAULT_ACCOUNT} in us-east-1 over {@code fake}'s state: what the
   * client does, the fake sees, and the other way round.
   */
  public static WorkSpacesClient client(WorkspacesFake fake) {
    return client(WorkspacesEndpoint.over(fake));
  }

  /** Returns a client acting as {@code accountId} (12 digits) in {@code region} over {@code fake}'s state. */
  public static WorkSpacesClient client(WorkspacesFake fake, String accountId, Region region) {
    return client(WorkspacesEndpoint.over(fake), accountId, region);
  }

  /** Returns a client acting as {@code accountId} (12 digits) in {@code region}. */
  public static WorkSpacesClient client(WorkspacesEndpoint endpoint, String accountId, Region region) {
    return client(endpoint, StaticCredentialsProvider.create(AwsBasicCredentials.create(accountId, "in-process")),
        region);
  }

  /**
   * Returns a client signing with {@code credentials} in {@code region}: the way to call an endpoint
   * with strict authentication, where the access key must be configured and the secret key right.
   */
  public static WorkSpacesClient client(WorkspacesEndpoint endpoint,
      AwsCredentialsProvider credentials, Region region) {
    return WorkSpacesClient.builder()
        .httpClient(new InProcessHttpClient(endpoint))
        .endpointOverride(ENDPOINT)
        .region(region)
        .credentialsProvider(credentials)
        .build();
  }
}
