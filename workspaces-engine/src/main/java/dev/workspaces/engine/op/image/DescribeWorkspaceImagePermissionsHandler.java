package dev.workspaces.engine.op.image;

import dev.workspaces.engine.Outcome;
import dev.workspaces.engine.Scope;
import dev.workspaces.engine.State;
import dev.workspaces.engine.op.Handler;
import dev.workspaces.engine.op.Page;
import dev.workspaces.engine.op.RuleRefusal;
import dev.workspaces.engine.rule.ImageRule;
import dev.workspaces.engine.rule.PageTokenRule;
import dev.workspaces.engine.state.ImageEntry;
import dev.workspaces.engine.state.Kinds;
import dev.workspaces.engine.state.StateEditor;
import dev.workspaces.model.ImagePermission;
import dev.workspaces.model.request.DescribeWorkspaceImagePermissionsRequest;
import dev.workspaces.model.response.DescribeWorkspaceImagePermissionsResult;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/**
 * DescribeWorkspaceImagePermissions: the accounts one of the caller's images is shared with,
 * sorted by account id, in pages of MaxResults (25 when not set).
 *
 * <p>Refusals: row {@link ImageRule#IMAGE_OWNED} (ResourceNotFoundException; only the owner sees an
 * image's permissions), then {@link PageTokenRule#ISSUED}.
 */
final class DescribeWorkspaceImagePermissionsHandler implements Handler<DescribeWorkspaceImagePermissionsRequest> {
  @Override
  public Outcome handle(State state, Scope scope, DescribeWorkspaceImagePermissionsRequest request) {
    StateEditor editor = new StateEditor(state, scope);
    String id = request.imageId().orElseThrow();
    Optional<ImageEntry> image = editor.read(Kinds.IMAGES).find(id);
    Optional<RuleRefusal> refusal = RuleRefusal.missing(image, ImageRule.IMAGE_OWNED, "image", id);
    if (refusal.isPresent()) {
      return refusal.get().outcome(state);
    }
    NavigableMap<String, String> accounts = new TreeMap<>();
    image.get().sharedWith().forEach(account -> accounts.put(account, account));
    Optional<Page<String>> page = Page.of(accounts, request.nextToken(),
        request.maxResults().orElse(Images.PAGE_SIZE), account -> true);
    if (page.isEmpty()) {
      return RuleRefusal.of(PageTokenRule.ISSUED, "The NextToken " + request.nextToken().orElseThrow()
          + " was not issued by a previous DescribeWorkspaceImagePermissions call.").outcome(state);
    }
    return Outcome.success(state, DescribeWorkspaceImagePermissionsResult.builder()
        .imageId(id)
        .imagePermissions(page.get().items().stream()
            .map(account -> ImagePermission.builder().sharedAccountId(account).build()).toList())
        .nextToken(page.get().nextToken())
        .build());
  }
}
