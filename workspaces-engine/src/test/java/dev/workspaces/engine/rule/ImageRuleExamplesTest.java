package dev.workspaces.engine.rule;

import static dev.workspaces.engine.ImageFixtures.A;
import static dev.workspaces.engine.ImageFixtures.B;
import static dev.workspaces.engine.ImageFixtures.B_EAST;
import static dev.workspaces.engine.ImageFixtures.share;
import static dev.workspaces.engine.ImageFixtures.withBundle;
import static dev.workspaces.engine.ImageFixtures.withImage;
import static dev.workspaces.engine.ImageFixtures.withWorkspaceOn;
import static dev.workspaces.model.OperatingSystemName.AMAZON_LINUX_2;
import static dev.workspaces.model.OperatingSystemName.WINDOWS_10;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.workspaces.engine.Engine;
import dev.workspaces.engine.ImageFixtures;
import dev.workspaces.engine.Outcome;
import dev.workspaces.engine.Scope;
import dev.workspaces.engine.ServiceError;
import dev.workspaces.engine.State;
import dev.workspaces.engine.catalogue.AmazonBundles;
import dev.workspaces.engine.state.ImageOrigin;
import dev.workspaces.engine.state.Kinds;
import dev.workspaces.model.Compute;
import dev.workspaces.model.ComputeType;
import dev.workspaces.model.CustomImageProtocol;
import dev.workspaces.model.ImageComputeType;
import dev.workspaces.model.ImageSourceIdentifier;
import dev.workspaces.model.OSVersion;
import dev.workspaces.model.Operation;
import dev.workspaces.model.Platform;
import dev.workspaces.model.RootStorage;
import dev.workspaces.model.Tag;
import dev.workspaces.model.UserStorage;
import dev.workspaces.model.WorkspaceImageIngestionProcess;
import dev.workspaces.model.WorkspaceImageState;
import dev.workspaces.model.WorkspacesRequest;
import dev.workspaces.model.request.CopyWorkspaceImageRequest;
import dev.workspaces.model.request.CreateUpdatedWorkspaceImageRequest;
import dev.workspaces.model.request.CreateWorkspaceBundleRequest;
import dev.workspaces.model.request.DeleteWorkspaceBundleRequest;
import dev.workspaces.model.request.DeleteWorkspaceImageRequest;
import dev.workspaces.model.request.DescribeCustomWorkspaceImageImportRequest;
import dev.workspaces.model.request.DescribeWorkspaceImagePermissionsRequest;
import dev.workspaces.model.request.ImportCustomWorkspaceImageRequest;
import dev.workspaces.model.request.ImportWorkspaceImageRequest;
import dev.workspaces.model.request.UpdateWorkspaceBundleRequest;
import dev.workspaces.model.response.ImportCustomWorkspaceImageResult;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One pinned accepted and one pinned refused example per row of {@link ImageRule}, written out by
 * hand against a fixed world, so that a wrong table cannot pass by agreeing with itself.
 */
class ImageRuleExamplesTest {
  private static final Scope CHINA = Scope.of(A.accountId(), "cn-northwest-1");
  private static final Scope GOV = Scope.of(A.accountId(), "us-gov-west-1");
  private static final Scope EAST = Scope.of(A.accountId(), "us-east-1");
  private static final String OLD = "wsi-win10old0";
  private static final String NEW = "wsi-win10new0";
  private static final String LINUX = "wsi-linux0000";
  private static final String BYOL = "wsi-byol00000";
  private static final String SHARED = "wsi-shared000";
  private static final String IN_BUNDLE = "wsi-inbundle0";
  private static final String PENDING = "wsi-pending00";
  private static final String CHINA_IMAGE = "wsi-china0000";
  private static final String GOV_IMAGE = "wsi-gov000000";
  private static final String GOV_BYOL = "wsi-govbyol00";
  private static final String SPARE = "wsb-spare0001";
  private static final String USED = "wsb-used00001";
  private static final State WORLD = world();
  private static final String CUSTOM = WORLD.scope(A).get(Kinds.IMAGES).entries().values().stream()
      .filter(image -> image.customImport().isPresent()).findFirst().orElseThrow().id();

  /** A request of {@code scope} on {@code start} that {@code row} accepts or refuses; a refusal names {@code named}. */
  record Example(ImageRule row, boolean accepted, State start, Scope scope, WorkspacesRequest request, String named) {
    @Override
    public String toString() {
      return row + (accepted ? " accepts " : " refuses ") + request.operation().operationName() + " of " + named;
    }
  }

  static State world() {
    State state = State.initial(3);
    state = withImage(state, A, OLD, "win10-old");
    state = withImage(state, A, LINUX, "linux", WorkspaceImageState.AVAILABLE, AMAZON_LINUX_2, ImageOrigin.Kind.WORKSPACE);
    state = withImage(state, A, BYOL, "byol", WorkspaceImageState.AVAILABLE, WINDOWS_10, ImageOrigin.Kind.IMPORT);
    state = withImage(state, A, SHARED, "shared");
    state = withImage(state, A, IN_BUNDLE, "inbundle");
    state = withImage(state, CHINA, CHINA_IMAGE, "china");
    state = withImage(state, GOV, GOV_IMAGE, "gov");
    state = withImage(state, GOV, GOV_BYOL, "gov-byol", WorkspaceImageState.AVAILABLE, WINDOWS_10, ImageOrigin.Kind.IMPORT);
    state = Engine.advance(state, Duration.ofDays(31));
    state = withImage(state, A, NEW, "win10-new");
    state = withImage(state, A, PENDING, "pending", WorkspaceImageState.PENDING, WINDOWS_10, ImageOrigin.Kind.WORKSPACE);
    state = withBundle(state, A, "wsb-inbundl01", "inbundle-bundle", IN_BUNDLE);
    state = withBundle(state, A, SPARE, "spare-bundle", IN_BUNDLE);
    state = withBundle(state, A, USED, "used-bundle", IN_BUNDLE);
    state = withWorkspaceOn(state, A, "ws-usesbund1", USED);
    state = ImageFixtures.accepted(state, A, share(SHARED, B.accountId(), true)).state();
    Outcome custom = ImageFixtures.accepted(state, A, customImport("custom"));
    custom.responseAs(ImportCustomWorkspaceImageResult.class);
    return custom.state();
  }

  static Stream<Example> examples() {
    return Stream.of(
        ok(ImageRule.BUNDLE_IDS_GIVEN, A, deleteBundle(SPARE)),
        no(ImageRule.BUNDLE_IDS_GIVEN, A, DeleteWorkspaceBundleRequest.builder().build(), "BundleId"),
        ok(ImageRule.AMAZON_BUNDLE_UPDATE, A, updateBundle(SPARE, NEW)),
        no(ImageRule.AMAZON_BUNDLE_UPDATE, A, updateBundle(AmazonBundles.STANDARD_WINDOWS, NEW), AmazonBundles.STANDARD_WINDOWS),
        ok(ImageRule.AMAZON_BUNDLE_DELETE, A, deleteBundle(SPARE)),
        no(ImageRule.AMAZON_BUNDLE_DELETE, A, deleteBundle(AmazonBundles.STANDARD_LINUX), AmazonBundles.STANDARD_LINUX),
        ok(ImageRule.BUNDLE_OWNED, A, updateBundle(SPARE, NEW)),
        no(ImageRule.BUNDLE_OWNED, B, deleteBundle(SPARE), SPARE),
        ok(ImageRule.BUNDLE_UNUSED, A, deleteBundle(SPARE)),
        no(ImageRule.BUNDLE_UNUSED, A, deleteBundle(USED), "ws-usesbund1"),
        ok(ImageRule.COPY_CHINA_SAME_REGION, CHINA, copy("china-copy", CHINA_IMAGE, CHINA.region())),
        no(ImageRule.COPY_CHINA_SAME_REGION, A, copy("china-copy", CHINA_IMAGE, CHINA.region()), CHINA_IMAGE),
        ok(ImageRule.COPY_NO_GOVCLOUD, GOV, copy("gov-copy", GOV_IMAGE, GOV.region())),
        no(ImageRule.COPY_NO_GOVCLOUD, EAST, copy("gov-copy", GOV_IMAGE, GOV.region()), GOV_IMAGE),
        ok(ImageRule.COPY_SOURCE_VISIBLE, B_EAST, copy("from-a", SHARED, A.region())),
        no(ImageRule.COPY_SOURCE_VISIBLE, B_EAST, copy("from-a", LINUX, A.region()), LINUX),
        ok(ImageRule.COPY_SOURCE_AVAILABLE, EAST, copy("east-copy", OLD, A.region())),
        no(ImageRule.COPY_SOURCE_AVAILABLE, EAST, copy("east-copy", PENDING, A.region()), PENDING),
        ok(ImageRule.IMAGE_OWNED, A, DescribeWorkspaceImagePermissionsRequest.builder().imageId(SHARED).build()),
        no(ImageRule.IMAGE_OWNED, B, DescribeWorkspaceImagePermissionsRequest.builder().imageId(SHARED).build(), SHARED),
        ok(ImageRule.UPDATE_SOURCE_AVAILABLE, A, updated("updated", OLD)),
        no(ImageRule.UPDATE_SOURCE_AVAILABLE, A, updated("updated", PENDING), PENDING),
        ok(ImageRule.UPDATE_OPERATING_SYSTEM, A, updated("updated", OLD)),
        no(ImageRule.UPDATE_OPERATING_SYSTEM, A, updated("updated", LINUX), LINUX),
        ok(ImageRule.UPDATE_AVAILABLE, A, updated("updated", OLD)),
        no(ImageRule.UPDATE_AVAILABLE, A, updated("updated", NEW), NEW),
        ok(ImageRule.SHARE_NOT_SELF, A, share(OLD, B.accountId(), true)),
        no(ImageRule.SHARE_NOT_SELF, A, share(OLD, A.accountId(), true), OLD),
        ok(ImageRule.SHARE_IMAGE_AVAILABLE, A, share(OLD, B.accountId(), true)),
        no(ImageRule.SHARE_IMAGE_AVAILABLE, A, share(PENDING, B.accountId(), true), PENDING),
        ok(ImageRule.SHARE_BYOL_GOVCLOUD, A, share(BYOL, B.accountId(), true)),
        no(ImageRule.SHARE_BYOL_GOVCLOUD, GOV, share(GOV_BYOL, B.accountId(), true), GOV_BYOL),
        ok(ImageRule.BUNDLE_IMAGE_AVAILABLE, A, bundle("fresh", NEW)),
        no(ImageRule.BUNDLE_IMAGE_AVAILABLE, A, bundle("fresh", PENDING), PENDING),
        ok(ImageRule.BUNDLE_STORAGE_SIZE, A, bundle("fresh", NEW).toBuilder().rootStorage(RootStorage.builder().capacity("175").build()).build()),
        no(ImageRule.BUNDLE_STORAGE_SIZE, A, bundle("fresh", NEW).toBuilder().rootStorage(RootStorage.builder().capacity("abc").build()).build(),
            "RootStorage.Capacity"),
        no(ImageRule.BUNDLE_STORAGE_SIZE, A, bundle("fresh", NEW).toBuilder().userStorage(UserStorage.builder().capacity("99999999999").build()).build(),
            "UserStorage.Capacity"),
        ok(ImageRule.BUNDLE_NAME_UNIQUE, A, bundle("fresh", NEW)),
        no(ImageRule.BUNDLE_NAME_UNIQUE, A, bundle("spare-bundle", NEW), "spare-bundle"),
        ok(ImageRule.BUNDLE_LIMIT, A, bundle("fresh", NEW)),
        new Example(ImageRule.BUNDLE_LIMIT, false, WORLD.withConfig(WORLD.config().withMaxBundlesPerScope(WORLD.scope(A).get(Kinds.BUNDLES).entries().size())), A,
            bundle("fresh", NEW), "fresh"),
        ok(ImageRule.IMAGE_NAME_UNIQUE, A, importImage("imported", 0)),
        no(ImageRule.IMAGE_NAME_UNIQUE, A, importImage("linux", 0), "linux"),
        ok(ImageRule.IMAGE_LIMIT, A, importImage("imported", 0)),
        new Example(ImageRule.IMAGE_LIMIT, false, WORLD.withConfig(WORLD.config().withMaxImagesPerScope(WORLD.scope(A).get(Kinds.IMAGES).entries().size())), A,
            importImage("imported", 0), "imported"),
        ok(ImageRule.TAG_LIMIT, A, importImage("imported", 50)),
        no(ImageRule.TAG_LIMIT, A, importImage("imported", 51), "imported"),
        ok(ImageRule.DELETE_IMAGE_SETTLED, A, deleteImage(NEW)),
        no(ImageRule.DELETE_IMAGE_SETTLED, A, deleteImage(PENDING), PENDING),
        ok(ImageRule.DELETE_IMAGE_UNUSED, A, deleteImage(NEW)),
        no(ImageRule.DELETE_IMAGE_UNUSED, A, deleteImage(IN_BUNDLE), "wsb-inbundl01"),
        ok(ImageRule.DELETE_IMAGE_UNSHARED, A, deleteImage(NEW)),
        no(ImageRule.DELETE_IMAGE_UNSHARED, A, deleteImage(SHARED), B.accountId()),
        ok(ImageRule.CUSTOM_IMPORT_KNOWN, A, DescribeCustomWorkspaceImageImportRequest.builder().imageId(CUSTOM).build()),
        no(ImageRule.CUSTOM_IMPORT_KNOWN, A, DescribeCustomWorkspaceImageImportRequest.builder().imageId(NEW).build(), NEW));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void theRowDecidesTheOutcome(Example example) {
    if (example.accepted()) {
      ImageFixtures.accepted(example.start(), example.scope(), example.request());
    } else {
      ServiceError error = ImageFixtures.refused(example.start(), example.scope(), example.request(),
          example.row().errorCode(), example.named());
      assertEquals(example.row(), error.rule());
    }
  }

  @Test
  void everyRowHasAnAcceptedAndARefusedExample() {
    Set<ImageRule> accepted = EnumSet.noneOf(ImageRule.class);
    Set<ImageRule> refused = EnumSet.noneOf(ImageRule.class);
    examples().forEach(e -> (e.accepted() ? accepted : refused).add(e.row()));
    assertEquals(EnumSet.allOf(ImageRule.class), accepted);
    assertEquals(EnumSet.allOf(ImageRule.class), refused);
  }

  @Test
  void everyExampleUsesAnOperationOfItsRow() {
    examples().forEach(e -> assertTrue(e.row().operations().contains(e.request().operation()), e::toString));
  }

  @Test
  void everyRowRefusesWithAnErrorItsOperationsDeclare() {
    for (ImageRule row : ImageRule.values()) {
      for (Operation operation : row.operations()) {
        assertTrue(operation.declaredErrors().contains(row.errorCode()), row + " on " + operation);
        assertTrue(Engine.simulatedOperations().contains(operation), operation + " is simulated");
      }
    }
  }

  @Test
  void stateRowsNameTheStateTheyRefuse() {
    assertEquals(List.of(), ImageRule.IMAGE_OWNED.stateRefusal(OLD, WorkspaceImageState.PENDING).stream().toList());
    assertTrue(ImageRule.COPY_SOURCE_AVAILABLE.stateRefusal(OLD, WorkspaceImageState.PENDING).orElseThrow()
        .contains("PENDING"));
  }

  private static Example ok(ImageRule row, Scope scope, WorkspacesRequest request) {
    return new Example(row, true, WORLD, scope, request, "");
  }

  private static Example no(ImageRule row, Scope scope, WorkspacesRequest request, String named) {
    return new Example(row, false, WORLD, scope, request, named);
  }

  private static CopyWorkspaceImageRequest copy(String name, String source, String region) {
    return CopyWorkspaceImageRequest.builder().name(name).sourceImageId(source).sourceRegion(region).build();
  }

  private static CreateUpdatedWorkspaceImageRequest updated(String name, String source) {
    return CreateUpdatedWorkspaceImageRequest.builder().name(name).description("Updated image")
        .sourceImageId(source).build();
  }

  private static CreateWorkspaceBundleRequest bundle(String name, String image) {
    return CreateWorkspaceBundleRequest.builder().bundleName(name).bundleDescription("A bundle").imageId(image)
        .computeType(ComputeType.builder().name(Compute.STANDARD).build())
        .userStorage(UserStorage.builder().capacity("50").build()).build();
  }

  private static UpdateWorkspaceBundleRequest updateBundle(String bundle, String image) {
    return UpdateWorkspaceBundleRequest.builder().bundleId(bundle).imageId(image).build();
  }

  private static DeleteWorkspaceBundleRequest deleteBundle(String bundle) {
    return DeleteWorkspaceBundleRequest.builder().bundleId(bundle).build();
  }

  private static DeleteWorkspaceImageRequest deleteImage(String image) {
    return DeleteWorkspaceImageRequest.builder().imageId(image).build();
  }

  private static ImportWorkspaceImageRequest importImage(String name, int tags) {
    List<Tag> tagList = ImageFixtures.tags(tags);
    return ImportWorkspaceImageRequest.builder().ec2ImageId("ami-0123456789abcdef0")
        .ingestionProcess(WorkspaceImageIngestionProcess.BYOL_REGULAR).imageName(name)
        .imageDescription("Imported image").tags(tagList).build();
  }

  static ImportCustomWorkspaceImageRequest customImport(String name) {
    return ImportCustomWorkspaceImageRequest.builder().imageName(name).imageDescription("Custom import")
        .computeType(ImageComputeType.BASE).protocol(CustomImageProtocol.DCV)
        .imageSource(ImageSourceIdentifier.builder().ec2ImageId("ami-0123456789abcdef0").build())
        .infrastructureConfigurationArn(
            "arn:aws:imagebuilder:us-west-2:111111111111:infrastructure-configuration/workspaces-import")
        .platform(Platform.WINDOWS).osVersion(OSVersion.WINDOWS_11).build();
  }
}
