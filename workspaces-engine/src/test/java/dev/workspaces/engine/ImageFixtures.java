package dev.workspaces.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.workspaces.engine.state.ImageEntry;
import dev.workspaces.engine.state.ImageOrigin;
import dev.workspaces.engine.state.Kinds;
import dev.workspaces.engine.state.StateEditor;
import dev.workspaces.engine.state.WorkspaceEntry;
import dev.workspaces.model.BundleType;
import dev.workspaces.model.Compute;
import dev.workspaces.model.ComputeType;
import dev.workspaces.model.OperatingSystemName;
import dev.workspaces.model.Tag;
import dev.workspaces.model.UserStorage;
import dev.workspaces.model.Workspace;
import dev.workspaces.model.WorkspaceBundle;
import dev.workspaces.model.WorkspaceBundleState;
import dev.workspaces.model.WorkspaceImageState;
import dev.workspaces.model.WorkspaceState;
import dev.workspaces.model.WorkspacesRequest;
import dev.workspaces.model.error.ErrorCode;
import dev.workspaces.model.request.UpdateWorkspaceImagePermissionRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Starting points for image and bundle tests: two accounts, images and bundles put straight into a
 * state (bypassing the operations, to pin examples), and assertions on outcomes.
 */
public final class ImageFixtures {
  /** Account A in us-west-2, the owner in the sharing stories. */
  public static final Scope A = Scope.of("111111111111", "us-west-2");
  /** Account B in us-west-2, the account images are shared with. */
  public static final Scope B = Scope.of("222222222222", "us-west-2");
  /** Account B in us-east-1, where it copies shared images to. */
  public static final Scope B_EAST = Scope.of("222222222222", "us-east-1");

  private ImageFixtures() {}

  /** Applies {@code request} as {@code scope} and fails the test if it is refused. */
  public static Outcome accepted(State state, Scope scope, WorkspacesRequest request) {
    Outcome outcome = Engine.apply(state, scope, request);
    if (!outcome.isSuccess()) {
      throw new AssertionError("refused: " + outcome.error().orElseThrow());
    }
    return outcome;
  }

  /**
   * Applies {@code request} as {@code scope}, asserts it is refused with {@code code}, a message
   * naming {@code named}, and the state unchanged; returns the error.
   */
  public static ServiceError refused(State state, Scope scope, WorkspacesRequest request, ErrorCode code,
      String named) {
    Outcome outcome = Engine.apply(state, scope, request);
    ServiceError error = outcome.error().orElseThrow(() -> new AssertionError("accepted: " + outcome.response()));
    assertEquals(code, error.code(), error::message);
    assertTrue(error.message().contains(named), () -> error.message() + " does not name " + named);
    assertEquals(state, outcome.state(), "a refused request changes nothing");
    return error;
  }

  /**
   * Returns {@code state} where {@code scope} owns image {@code id} named {@code name} in
   * {@code imageState}; an AVAILABLE one became AVAILABLE at the state's clock.
   */
  public static State withImage(State state, Scope scope, String id, String name, WorkspaceImageState imageState,
      OperatingSystemName system, ImageOrigin.Kind origin) {
    ImageEntry entry = ImageEntry.pending(id, name, Optional.of("Image " + name), system,
        ImageOrigin.of(origin, "source-of-" + id), scope.accountId(), state.clock());
    if (imageState == WorkspaceImageState.AVAILABLE) {
      entry = entry.available(state.clock());
    } else if (imageState == WorkspaceImageState.ERROR) {
      entry = new ImageEntry(entry.image().toBuilder().state(WorkspaceImageState.ERROR).build(),
          Optional.empty(), system, entry.origin(), entry.sharedWith(), Optional.empty(), Optional.empty());
    }
    StateEditor editor = new StateEditor(state, scope);
    ImageEntry stored = entry;
    editor.edit(Kinds.IMAGES, images -> images.plus(stored));
    return editor.state();
  }

  /** Returns {@code state} where {@code scope} owns an AVAILABLE Windows 10 image made from a WorkSpace. */
  public static State withImage(State state, Scope scope, String id, String name) {
    return withImage(state, scope, id, name, WorkspaceImageState.AVAILABLE, OperatingSystemName.WINDOWS_10,
        ImageOrigin.Kind.WORKSPACE);
  }

  /** Returns {@code state} where {@code scope} owns AVAILABLE bundle {@code id} over image {@code imageId}. */
  public static State withBundle(State state, Scope scope, String id, String name, String imageId) {
    StateEditor editor = new StateEditor(state, scope);
    editor.edit(Kinds.BUNDLES, bundles -> bundles.plus(WorkspaceBundle.builder().bundleId(id).name(name).owner(scope.accountId())
        .description("Bundle " + name).imageId(imageId)
        .computeType(ComputeType.builder().name(Compute.STANDARD).build())
        .userStorage(UserStorage.builder().capacity("50").build())
        .creationTime(state.clock()).lastUpdatedTime(state.clock())
        .state(WorkspaceBundleState.AVAILABLE).bundleType(BundleType.REGULAR).build()));
    return editor.state();
  }

  /** Returns {@code state} where {@code scope} holds WorkSpace {@code id}, AVAILABLE, on bundle {@code bundleId}. */
  public static State withWorkspaceOn(State state, Scope scope, String id, String bundleId) {
    StateEditor editor = new StateEditor(state, scope);
    editor.edit(Kinds.WORKSPACES, workspaces -> workspaces.plus(WorkspaceEntry.of(Workspace.builder().workspaceId(id)
        .directoryId(Fixtures.DIRECTORY).userName("user-" + id).bundleId(bundleId).state(WorkspaceState.AVAILABLE).build())));
    return editor.state();
  }

  /** Returns the request that shares (or, with {@code allow} false, unshares) an image with {@code account}. */
  public static UpdateWorkspaceImagePermissionRequest share(String image, String account, boolean allow) {
    return UpdateWorkspaceImagePermissionRequest.builder().imageId(image).sharedAccountId(account)
        .allowCopyImage(allow).build();
  }

  /** Returns {@code count} distinct tags. */
  public static List<Tag> tags(int count) {
    List<Tag> tags = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      tags.add(Tag.builder().key("key" + i).value("value" + i).build());
    }
    return tags;
  }

  /** Returns the image {@code id} owned by {@code scope} in {@code state}. */
  public static ImageEntry image(State state, Scope scope, String id) {
    return Optional.ofNullable(state.scope(scope).get(Kinds.IMAGES).entries().get(id))
        .orElseThrow(() -> new AssertionError(scope + " owns no image " + id));
  }
}
