package dev.workspaces.engine.op.bundle;

import dev.workspaces.engine.Outcome;
import dev.workspaces.engine.Scope;
import dev.workspaces.engine.State;
import dev.workspaces.engine.op.Handler;
import dev.workspaces.engine.op.RuleRefusal;
import dev.workspaces.engine.op.image.Images;
import dev.workspaces.engine.op.tag.TagLists;
import dev.workspaces.engine.rule.ImageRule;
import dev.workspaces.engine.state.ImageEntry;
import dev.workspaces.engine.state.Kinds;
import dev.workspaces.engine.state.ScopeTags;
import dev.workspaces.engine.state.StateEditor;
import dev.workspaces.model.BundleType;
import dev.workspaces.model.RootStorage;
import dev.workspaces.model.UserStorage;
import dev.workspaces.model.WorkspaceBundle;
import dev.workspaces.model.WorkspaceBundleState;
import dev.workspaces.model.request.CreateWorkspaceBundleRequest;
import dev.workspaces.model.response.CreateWorkspaceBundleResult;
import dev.workspaces.model.validation.Echo;
import java.util.Optional;

/**
 * CreateWorkspaceBundle: stores a bundle of the caller over one of its AVAILABLE images, owned by
 * the caller's account id, and answers it.
 *
 * <p>Refusals, in table order: {@link ImageRule#BUNDLE_STORAGE_SIZE} (InvalidParameterValuesException),
 * {@link ImageRule#IMAGE_OWNED} (ResourceNotFoundException),
 * {@link ImageRule#BUNDLE_IMAGE_AVAILABLE} (ResourceUnavailableException),
 * {@link ImageRule#BUNDLE_NAME_UNIQUE} (ResourceAlreadyExistsException),
 * {@link ImageRule#BUNDLE_LIMIT} (ResourceLimitExceededException) and {@link ImageRule#TAG_LIMIT}.
 *
 * <h2>Readings</h2>
 * The bundle is AVAILABLE at once, not PENDING: it only names an image that is already AVAILABLE,
 * so there is no asynchronous work to model, and CreateWorkspaces can use it immediately. Without
 * RootStorage the bundle gets an 80 GiB root volume, the smallest the service offers.
 */
final class CreateWorkspaceBundleHandler implements Handler<CreateWorkspaceBundleRequest> {
  private static final RootStorage DEFAULT_ROOT = RootStorage.builder().capacity("80").build();

  @Override
  public Outcome handle(State state, Scope scope, CreateWorkspaceBundleRequest request) {
    StateEditor editor = new StateEditor(state, scope);
    String imageId = request.imageId().orElseThrow();
    String name = request.bundleName().orElseThrow();
    int limit = editor.config().maxBundlesPerScope();
    Optional<ImageEntry> image = editor.read(Kinds.IMAGES).find(imageId);
    Optional<RuleRefusal> refusal = RuleRefusal.first(
        () -> badCapacity("RootStorage", request.rootStorage().flatMap(RootStorage::capacity)),
        () -> badCapacity("UserStorage", request.userStorage().flatMap(UserStorage::capacity)),
        () -> RuleRefusal.missing(image, ImageRule.IMAGE_OWNED, "image", imageId),
        () -> Images.inState(ImageRule.BUNDLE_IMAGE_AVAILABLE, image.get()),
        () -> RuleRefusal.when(named(editor, name), ImageRule.BUNDLE_NAME_UNIQUE, name,
            () -> "A bundle named " + name + " already exists in this account and region."),
        () -> RuleRefusal.when(editor.read(Kinds.BUNDLES).entries().size() >= limit, ImageRule.BUNDLE_LIMIT, name,
            () -> "The account has reached its limit of " + limit + " bundles in this region; " + name
                + " cannot be added."),
        () -> TagLists.tagLimit(editor, ImageRule.TAG_LIMIT, name, request.tags()));
    if (refusal.isPresent()) {
      return refusal.get().outcome(state);
    }
    String id = editor.newId("wsb-", 9, false, taken -> editor.read(Kinds.BUNDLES).entries().containsKey(taken));
    WorkspaceBundle bundle = WorkspaceBundle.builder()
        .bundleId(id)
        .name(name)
        .owner(scope.accountId())
        .description(request.bundleDescription())
        .imageId(imageId)
        .rootStorage(request.rootStorage().orElse(DEFAULT_ROOT))
        .userStorage(request.userStorage())
        .computeType(request.computeType())
        .creationTime(editor.now())
        .lastUpdatedTime(editor.now())
        .state(WorkspaceBundleState.AVAILABLE)
        .bundleType(BundleType.REGULAR)
        .build();
    editor.edit(Kinds.BUNDLES, bundles -> bundles.plus(bundle));
    ScopeTags.put(editor, id, TagLists.initialTags(request.tags()));
    return Outcome.success(editor.state(), CreateWorkspaceBundleResult.builder().workspaceBundle(bundle).build());
  }

  private static Optional<RuleRefusal> badCapacity(String member, Optional<String> capacity) {
    Optional<String> bad = capacity.filter(given -> StorageCapacity.gib(given).isEmpty());
    return RuleRefusal.when(bad.isPresent(), ImageRule.BUNDLE_STORAGE_SIZE,
        () -> member + ".Capacity must be a whole number of GiB from 1 to 999999999: " + Echo.of(bad.orElseThrow()));
  }

  private static boolean named(StateEditor editor, String name) {
    return editor.read(Kinds.BUNDLES).entries().values().stream().anyMatch(bundle -> bundle.name().equals(Optional.of(name)));
  }
}
