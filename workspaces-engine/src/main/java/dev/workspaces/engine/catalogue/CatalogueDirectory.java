package dev.workspaces.engine.catalogue;

import com.google.common.collect.ImmutableList;
import dev.workspaces.model.WorkspaceDirectoryType;

/**
 * A directory as Directory Service knows it (outside this API): what RegisterWorkspaceDirectory
 * looks up before registering.
 *
 * @param directoryId the directory id, for example {@code d-1234567890}
 * @param name the DNS name of the directory
 * @param alias the directory alias
 * @param type the directory type
 * @param subnets the subnets the directory lives in, each in one availability zone
 * @param dnsIpAddresses the directory's DNS servers
 * @param active whether the directory is Active (only active ones can be registered)
 */
public record CatalogueDirectory(
    String directoryId,
    String name,
    String alias,
    WorkspaceDirectoryType type,
    ImmutableList<Subnet> subnets,
    ImmutableList<String> dnsIpAddresses,
    boolean active) {

  /**
   * A subnet and its availability zone.
   *
   * @param subnetId the subnet id
   * @param availabilityZone the zone, for example {@code us-east-1a}
   */
  public record Subnet(String subnetId, String availabilityZone) {}

  /** Returns the active SIMPLE_AD directory with two subnets in different zones used by default. */
  public static CatalogueDirectory simpleAd(String directoryId, String region) {
    String digits = directoryId.replaceAll("[^0-9a-f]", "");
    String tail = (digits + "00000000").substring(0, 8);
    return new CatalogueDirectory(
        directoryId,
        "corp.example.com",
        "corp-" + tail,
        WorkspaceDirectoryType.SIMPLE_AD,
        ImmutableList.of(
            new Subnet("subnet-" + tail, region + "a"),
            new Subnet("subnet-" + new StringBuilder(tail).reverse(), region + "b")),
        ImmutableList.of("10.0.0.10", "10.0.1.10"),
        true);
  }
}
