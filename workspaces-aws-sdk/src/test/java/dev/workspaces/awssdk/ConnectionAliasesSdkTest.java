package dev.workspaces.awssdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.workspaces.server.WorkspacesEndpoint;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.workspaces.WorkSpacesClient;
import software.amazon.awssdk.services.workspaces.model.AccessDeniedException;
import software.amazon.awssdk.services.workspaces.model.AssociationStatus;
import software.amazon.awssdk.services.workspaces.model.ConnectionAlias;
import software.amazon.awssdk.services.workspaces.model.ConnectionAliasAssociation;
import software.amazon.awssdk.services.workspaces.model.ConnectionAliasPermission;
import software.amazon.awssdk.services.workspaces.model.ConnectionAliasState;
import software.amazon.awssdk.services.workspaces.model.InvalidResourceStateException;
import software.amazon.awssdk.services.workspaces.model.ResourceAlreadyExistsException;
import software.amazon.awssdk.services.workspaces.model.ResourceAssociatedException;
import software.amazon.awssdk.services.workspaces.model.ResourceNotFoundException;

/**
 * Cross-Region redirection set up through real WorkSpacesClients of the SDK against the engine in
 * process: account A creates one connection string in two Regions, associates the primary Region's
 * alias with its own directory and shares the failover Region's alias with account B, which
 * associates it with its directory there; the illegal steps are refused as the service refuses them,
 * and everything is cleaned up.
 */
class ConnectionAliasesSdkTest {
  private static final String ACCOUNT_A = "111122223333";
  private static final String ACCOUNT_B = "444455556666";
  private static final String STRING = "desktop.example.com";
  private static final String EAST_A = "d-1111111111";
  private static final String WEST_B = "d-3333333333";

  private final WorkspacesEndpoint endpoint = InProcessWorkspaces.endpoint();
  private final WorkSpacesClient eastA = InProcessWorkspaces.client(endpoint, ACCOUNT_A, Region.US_EAST_1);
  private final WorkSpacesClient westA = InProcessWorkspaces.client(endpoint, ACCOUNT_A, Region.US_WEST_2);
  private final WorkSpacesClient westB = InProcessWorkspaces.client(endpoint, ACCOUNT_B, Region.US_WEST_2);
  private final WorkSpacesClient westC = InProcessWorkspaces.client(endpoint, "777788889999", Region.US_WEST_2);

  @Test
  void aTwoAccountTwoRegionRedirectionIsSetUpRefusedWhereIllegalAndCleanedUp() {
    eastA.registerWorkspaceDirectory(r -> r.directoryId(EAST_A));
    westB.registerWorkspaceDirectory(r -> r.directoryId(WEST_B));
    String east = eastA.createConnectionAlias(r -> r.connectionString(STRING).tags(t -> t.key("site").value("primary")))
        .aliasId();
    String west = westA.createConnectionAlias(r -> r.connectionString(STRING)).aliasId();
    assertThrows(ResourceAlreadyExistsException.class, () -> westB.createConnectionAlias(r -> r.connectionString(STRING)),
        "the string is reserved for account A");
    assertEquals(ConnectionAliasState.CREATING, alias(eastA, east).state());
    assertThrows(InvalidResourceStateException.class,
        () -> eastA.associateConnectionAlias(r -> r.aliasId(east).resourceId(EAST_A)));
    endpoint.advance(Duration.ofMinutes(1));
    assertEquals(ConnectionAliasState.CREATED, alias(westA, west).state());

    String primary = eastA.associateConnectionAlias(r -> r.aliasId(east).resourceId(EAST_A)).connectionIdentifier();
    assertThrows(ResourceNotFoundException.class,
        () -> westB.associateConnectionAlias(r -> r.aliasId(west).resourceId(WEST_B)), "not shared yet");
    westA.updateConnectionAliasPermission(r -> r.aliasId(west).connectionAliasPermission(share(ACCOUNT_B, true)));
    assertEquals(List.of(ACCOUNT_B), westA.describeConnectionAliasPermissions(r -> r.aliasId(west))
        .connectionAliasPermissions().stream().map(ConnectionAliasPermission::sharedAccountId).toList());
    assertThrows(AccessDeniedException.class, () -> westB.describeConnectionAliasPermissions(r -> r.aliasId(west)));
    String failover = westB.associateConnectionAlias(r -> r.aliasId(west).resourceId(WEST_B)).connectionIdentifier();
    assertEquals(AssociationStatus.PENDING_ASSOCIATION, association(westB, west).associationStatus());
    endpoint.advance(Duration.ofMinutes(1));

    ConnectionAliasAssociation ownerView = association(eastA, east);
    assertEquals(AssociationStatus.ASSOCIATED_WITH_OWNER_ACCOUNT, ownerView.associationStatus());
    assertEquals(primary, ownerView.connectionIdentifier());
    ConnectionAliasAssociation sharedView = association(westB, west);
    assertEquals(AssociationStatus.ASSOCIATED_WITH_SHARED_ACCOUNT, sharedView.associationStatus());
    assertEquals(ACCOUNT_B, sharedView.associatedAccountId());
    assertEquals(failover, association(westA, west).connectionIdentifier());
    assertEquals(List.of(west), westA.describeConnectionAliases(r -> r.resourceId(WEST_B)).connectionAliases().stream()
        .map(ConnectionAlias::aliasId).toList());
    assertEquals(List.of(), westC.describeConnectionAliases(r -> {}).connectionAliases(), "C sees nothing");

    assertThrows(ResourceNotFoundException.class,
        () -> westC.associateConnectionAlias(r -> r.aliasId(west).resourceId(WEST_B)));
    assertThrows(ResourceAssociatedException.class,
        () -> westA.updateConnectionAliasPermission(r -> r.aliasId(west).connectionAliasPermission(share(ACCOUNT_B, false))));
    assertThrows(ResourceAssociatedException.class, () -> westA.deleteConnectionAlias(r -> r.aliasId(west)));
    assertThrows(AccessDeniedException.class, () -> westB.deleteConnectionAlias(r -> r.aliasId(west)));
    assertThrows(AccessDeniedException.class, () -> westA.disassociateConnectionAlias(r -> r.aliasId(west)));
    assertThrows(ResourceAssociatedException.class,
        () -> eastA.associateConnectionAlias(r -> r.aliasId(east).resourceId(EAST_A)));

    westB.disassociateConnectionAlias(r -> r.aliasId(west));
    eastA.disassociateConnectionAlias(r -> r.aliasId(east));
    endpoint.advance(Duration.ofMinutes(1));
    westA.updateConnectionAliasPermission(r -> r.aliasId(west).connectionAliasPermission(share(ACCOUNT_B, false)));
    assertEquals(List.of(), westB.describeConnectionAliases(r -> {}).connectionAliases(), "unshared");
    westA.deleteConnectionAlias(r -> r.aliasId(west));
    eastA.deleteConnectionAlias(r -> r.aliasId(east));
    assertEquals(ConnectionAliasState.DELETING, alias(eastA, east).state());
    endpoint.advance(Duration.ofMinutes(1));
    assertEquals(List.of(), eastA.describeConnectionAliases(r -> {}).connectionAliases());
    assertEquals(List.of(), westA.describeConnectionAliases(r -> {}).connectionAliases());
    assertTrue(eastA.createConnectionAlias(r -> r.connectionString(STRING)).aliasId().startsWith("wsca-"),
        "the string is still account A's");
  }

  private static ConnectionAliasPermission share(String account, boolean allow) {
    return ConnectionAliasPermission.builder().sharedAccountId(account).allowAssociation(allow).build();
  }

  private static ConnectionAlias alias(WorkSpacesClient client, String id) {
    List<ConnectionAlias> found = client.describeConnectionAliases(r -> r.aliasIds(id)).connectionAliases();
    assertEquals(1, found.size(), id);
    return found.get(0);
  }

  private static ConnectionAliasAssociation association(WorkSpacesClient client, String id) {
    List<ConnectionAliasAssociation> associations = alias(client, id).associations();
    assertEquals(1, associations.size(), id);
    return associations.get(0);
  }
}
