package dev.workspaces.engine.op.image;

import com.google.common.collect.ImmutableSortedSet;
import dev.workspaces.engine.Outcome;
import dev.workspaces.engine.Scope;
import dev.workspaces.engine.State;
import dev.workspaces.engine.op.Handler;
import dev.workspaces.engine.op.RuleRefusal;
import dev.workspaces.engine.rule.ImageRule;
import dev.workspaces.engine.state.ImageEntry;
import dev.workspaces.engine.state.Kinds;
import dev.workspaces.engine.state.StateEditor;
import dev.workspaces.model.request.UpdateWorkspaceImagePermissionRequest;
import dev.workspaces.model.response.UpdateWorkspaceImagePermissionResult;
import java.util.Optional;
import java.util.TreeSet;

/**
 * UpdateWorkspaceImagePermission: AllowCopyImage true shares one of the caller's images with
 * another account of the same region, false unshares it. The shared account then sees the image in
 * DescribeWorkspaceImages (as SHARED) and may copy it; the share is recorded on the image and in the
 * shared account's index of images shared with it, kept in step here. Sharing twice, or unsharing
 * an account the image is not shared with, changes nothing and succeeds.
 *
 * <p>Refusals, in table order: {@link ImageRule#IMAGE_OWNED} (ResourceNotFoundException),
 * {@link ImageRule#SHARE_NOT_SELF} (InvalidParameterValuesException),
 * {@link ImageRule#SHARE_IMAGE_AVAILABLE} (ResourceUnavailableException) and
 * {@link ImageRule#SHARE_BYOL_GOVCLOUD} (OperationNotSupportedException, when sharing only).
 */
final class UpdateWorkspaceImagePermissionHandler implements Handler<UpdateWorkspaceImagePermissionRequest> {
  @Override
  public Outcome handle(State state, Scope scope, UpdateWorkspaceImagePermissionRequest request) {
    StateEditor editor = new StateEditor(state, scope);
    String id = request.imageId().orElseThrow();
    String account = request.sharedAccountId().orElseThrow();
    boolean share = request.allowCopyImage().orElseThrow();
    Optional<ImageEntry> image = editor.read(Kinds.IMAGES).find(id);
    Optional<RuleRefusal> refusal = RuleRefusal.first(
        () -> RuleRefusal.missing(image, ImageRule.IMAGE_OWNED, "image", id),
        () -> RuleRefusal.when(account.equals(scope.accountId()), ImageRule.SHARE_NOT_SELF, id,
            () -> "The image " + id + " belongs to account " + account + "; it cannot be shared with its owner."),
        () -> Images.inState(ImageRule.SHARE_IMAGE_AVAILABLE, image.get()),
        () -> RuleRefusal.when(share && image.get().origin().byol() && scope.region().startsWith("us-gov-"),
            ImageRule.SHARE_BYOL_GOVCLOUD, id,
            () -> "The image " + id + " is a BYOL image in " + scope.region() + "; it cannot be shared."));
    if (refusal.isPresent()) {
      return refusal.get().outcome(state);
    }
    TreeSet<String> accounts = new TreeSet<>(image.get().sharedWith());
    Scope shared = Scope.of(account, scope.region());
    if (share) {
      accounts.add(account);
      editor.edit(shared, Kinds.IMAGES, images -> images.shared(id, scope));
    } else if (accounts.remove(account)) {
      editor.edit(shared, Kinds.IMAGES, images -> images.unshared(id));
    }
    editor.edit(Kinds.IMAGES, images -> images.plus(image.get().withSharedWith(ImmutableSortedSet.copyOf(accounts))));
    return Outcome.success(editor.state(), UpdateWorkspaceImagePermissionResult.builder().build());
  }
}
