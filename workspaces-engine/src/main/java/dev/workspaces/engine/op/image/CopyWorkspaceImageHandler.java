package dev.workspaces.engine.op.image;

import com.google.common.collect.ImmutableMap;
import dev.workspaces.engine.Outcome;
import dev.workspaces.engine.Scope;
import dev.workspaces.engine.State;
import dev.workspaces.engine.op.Handler;
import dev.workspaces.engine.op.RuleRefusal;
import dev.workspaces.engine.rule.ImageRule;
import dev.workspaces.engine.rule.Transition;
import dev.workspaces.engine.state.ImageEntry;
import dev.workspaces.engine.state.ImageOrigin;
import dev.workspaces.engine.state.ScopeImages;
import dev.workspaces.engine.state.StateEditor;
import dev.workspaces.model.request.CopyWorkspaceImageRequest;
import dev.workspaces.model.response.CopyWorkspaceImageResult;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * CopyWorkspaceImage: copies an image from SourceRegion into the caller's region as a new PENDING
 * image of the caller (AVAILABLE through IMAGE_PENDING). The copy has its own id, the request's
 * name, description and tags (the source's tags are not copied), and the source's operating system.
 *
 * <p>Refusals, in table order: {@link ImageRule#COPY_CHINA_SAME_REGION} and
 * {@link ImageRule#COPY_NO_GOVCLOUD} (OperationNotSupportedException, from the region pair alone),
 * {@link ImageRule#COPY_SOURCE_VISIBLE} (ResourceNotFoundException: the source is neither the
 * caller's own nor shared with the caller in SourceRegion), {@link ImageRule#COPY_SOURCE_AVAILABLE}
 * (ResourceUnavailableException), then the name, limit and tag rows, judged in the destination.
 */
final class CopyWorkspaceImageHandler implements Handler<CopyWorkspaceImageRequest> {
  /** Regions that take part in cross-region copies neither as source nor as destination. */
  private static final ImmutableMap<ImageRule, Predicate<String>> SAME_REGION_ONLY = ImmutableMap.of(
      ImageRule.COPY_CHINA_SAME_REGION, region -> region.equals("cn-northwest-1"),
      ImageRule.COPY_NO_GOVCLOUD, region -> region.startsWith("us-gov-"));

  @Override
  public Outcome handle(State state, Scope scope, CopyWorkspaceImageRequest request) {
    StateEditor editor = new StateEditor(state, scope);
    String sourceId = request.sourceImageId().orElseThrow();
    String sourceRegion = request.sourceRegion().orElseThrow();
    String name = request.name().orElseThrow();
    Scope sourceScope = Scope.of(scope.accountId(), sourceRegion);
    Optional<ImageEntry> source = Images.visible(state, sourceScope, sourceId);
    Optional<RuleRefusal> refusal = RuleRefusal.first(
        () -> fenced(sourceRegion, scope.region(), sourceId),
        () -> RuleRefusal.when(source.isEmpty(), ImageRule.COPY_SOURCE_VISIBLE, sourceId,
            () -> "The image " + sourceId + " is neither owned by nor shared with account "
                + scope.accountId() + " in " + sourceRegion + "."),
        () -> Images.inState(ImageRule.COPY_SOURCE_AVAILABLE, source.get()),
        () -> Images.admission(editor, name, request.tags()));
    if (refusal.isPresent()) {
      return refusal.get().outcome(state);
    }
    Scope owner = Scope.of(source.get().image().ownerAccountId().orElseThrow(), sourceRegion);
    ImageOrigin origin = new ImageOrigin(ImageOrigin.Kind.COPY, sourceId, Optional.of(owner));
    ImageEntry copy = ScopeImages.schedule(editor, Images.create(editor, name, request.description(),
        source.get().operatingSystem(), origin, request.tags()), Transition.IMAGE_PENDING);
    return Outcome.success(editor.state(), CopyWorkspaceImageResult.builder().imageId(copy.id()).build());
  }

  /** Returns the refusal of a cross-region copy that touches a same-region-only region. */
  private static Optional<RuleRefusal> fenced(String from, String to, String sourceId) {
    if (from.equals(to)) {
      return Optional.empty();
    }
    for (Map.Entry<ImageRule, Predicate<String>> fence : SAME_REGION_ONLY.entrySet()) {
      if (fence.getValue().test(from) || fence.getValue().test(to)) {
        return Optional.of(new RuleRefusal(fence.getKey(), "The image " + sourceId + " cannot be copied from "
            + from + " to " + to + ": " + fence.getKey().name() + " allows only copies within one region.",
            sourceId));
      }
    }
    return Optional.empty();
  }
}
