package dev.workspaces.engine.catalogue;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import dev.workspaces.model.BundleType;
import dev.workspaces.model.Compute;
import dev.workspaces.model.ComputeType;
import dev.workspaces.model.OperatingSystemName;
import dev.workspaces.model.OperatingSystemType;
import dev.workspaces.model.RootStorage;
import dev.workspaces.model.UserStorage;
import dev.workspaces.model.WorkspaceBundle;
import dev.workspaces.model.WorkspaceBundleState;
import java.time.Instant;
import java.util.Optional;

/**
 * The public bundles Amazon offers in every region: Value, Standard, Performance, Power, PowerPro
 * and the Graphics families, for Windows and Linux.
 *
 * <p>Ids are stable across releases of this library (they are our own, in the real shape, not
 * copies of the service's ids), so tests can hard-code them.
 */
public final class AmazonBundles {
  private static final Instant PUBLISHED = Instant.parse("2024-01-15T00:00:00Z");

  /** One row of the catalogue: the bundle, and the operating system of its image. */
  private record Row(String id, String name, Compute compute, String root, String user,
      OperatingSystemName system, String imageId) {}

  private static final ImmutableList<Row> ROWS = ImmutableList.of(
      new Row("wsb-0vw1n7a4b", "Value with Windows 10 (Server 2022 based)", Compute.VALUE, "80", "10", OperatingSystemName.WINDOWS_10, "wsi-0w10v22a1"),
      new Row("wsb-1st2n8b5c", "Standard with Windows 10 (Server 2022 based)", Compute.STANDARD, "80", "50", OperatingSystemName.WINDOWS_10, "wsi-0w10v22a1"),
      new Row("wsb-2pf3n9c6d", "Performance with Windows 10 (Server 2022 based)", Compute.PERFORMANCE, "80", "100", OperatingSystemName.WINDOWS_10, "wsi-0w10v22a1"),
      new Row("wsb-3pw4p0d7e", "Power with Windows 10 (Server 2022 based)", Compute.POWER, "175", "100", OperatingSystemName.WINDOWS_10, "wsi-0w10v22a1"),
      new Row("wsb-4pp5p1e8f", "PowerPro with Windows 10 (Server 2022 based)", Compute.POWERPRO, "175", "100", OperatingSystemName.WINDOWS_10, "wsi-0w10v22a1"),
      new Row("wsb-5gr6p2f9g", "Graphics.g4dn with Windows 10 (Server 2022 based)", Compute.GRAPHICS_G4DN, "100", "100", OperatingSystemName.WINDOWS_10, "wsi-0w10g4dn2"),
      new Row("wsb-6gp7p3g0h", "GraphicsPro.g4dn with Windows 10 (Server 2022 based)", Compute.GRAPHICSPRO_G4DN, "100", "100", OperatingSystemName.WINDOWS_10, "wsi-0w10g4dn2"),
      new Row("wsb-7vl8q4h1i", "Value with Amazon Linux 2", Compute.VALUE, "80", "10", OperatingSystemName.AMAZON_LINUX_2, "wsi-0al2std03"),
      new Row("wsb-8sl9q5i2j", "Standard with Amazon Linux 2", Compute.STANDARD, "80", "50", OperatingSystemName.AMAZON_LINUX_2, "wsi-0al2std03"),
      new Row("wsb-9pl0q6j3k", "Performance with Ubuntu 22.04", Compute.PERFORMANCE, "80", "100", OperatingSystemName.UBUNTU_22_04, "wsi-0ubu2204a"),
      new Row("wsb-apl1q7k4l", "Power with Ubuntu 22.04", Compute.POWER, "175", "100", OperatingSystemName.UBUNTU_22_04, "wsi-0ubu2204a"),
      new Row("wsb-bpl2q8l5m", "PowerPro with Ubuntu 22.04", Compute.POWERPRO, "175", "100", OperatingSystemName.UBUNTU_22_04, "wsi-0ubu2204a"));

  private static final ImmutableSortedMap<String, WorkspaceBundle> BUNDLES = build();
  private static final ImmutableSortedMap<String, OperatingSystemName> OPERATING_SYSTEMS =
      ROWS.stream().collect(ImmutableSortedMap.toImmutableSortedMap(
          String::compareTo, Row::id, Row::system));

  /** The id of the Standard Windows bundle, handy in examples and tests. */
  public static final String STANDARD_WINDOWS = "wsb-1st2n8b5c";

  /** The id of the Standard Amazon Linux 2 bundle. */
  public static final String STANDARD_LINUX = "wsb-8sl9q5i2j";

  private AmazonBundles() {}

  /** Returns every public bundle, sorted by id. */
  public static ImmutableSortedMap<String, WorkspaceBundle> all() {
    return BUNDLES;
  }

  /** Returns the public bundle with {@code bundleId}, if there is one. */
  public static Optional<WorkspaceBundle> find(String bundleId) {
    return Optional.ofNullable(BUNDLES.get(bundleId));
  }

  /** Returns the operating system family of a public bundle's image. */
  public static Optional<OperatingSystemType> operatingSystem(String bundleId) {
    return operatingSystemName(bundleId).map(OperatingSystems::type);
  }

  /** Returns the operating system of a public bundle's image. */
  public static Optional<OperatingSystemName> operatingSystemName(String bundleId) {
    return Optional.ofNullable(OPERATING_SYSTEMS.get(bundleId));
  }

  private static ImmutableSortedMap<String, WorkspaceBundle> build() {
    ImmutableSortedMap.Builder<String, WorkspaceBundle> bundles = ImmutableSortedMap.naturalOrder();
    for (Row row : ROWS) {
      bundles.put(row.id(), WorkspaceBundle.builder()
          .bundleId(row.id())
          .name(row.name())
          .owner("AMAZON")
          .description(row.name() + ", published by Amazon")
          .imageId(row.imageId())
          .rootStorage(RootStorage.builder().capacity(row.root()).build())
          .userStorage(UserStorage.builder().capacity(row.user()).build())
          .computeType(ComputeType.builder().name(row.compute()).build())
          .creationTime(PUBLISHED)
          .lastUpdatedTime(PUBLISHED)
          .state(WorkspaceBundleState.AVAILABLE)
          .bundleType(BundleType.REGULAR)
          .build());
    }
    return bundles.buildOrThrow();
  }
}
