package dev.workspaces.engine.op.image;

import dev.workspaces.engine.Outcome;
import dev.workspaces.engine.Scope;
import dev.workspaces.engine.State;
import dev.workspaces.engine.op.Handler;
import dev.workspaces.engine.op.Page;
import dev.workspaces.engine.op.RuleRefusal;
import dev.workspaces.engine.rule.PageTokenRule;
import dev.workspaces.engine.state.ImageEntry;
import dev.workspaces.engine.state.Kinds;
import dev.workspaces.engine.state.ScopeImages;
import dev.workspaces.model.ImageType;
import dev.workspaces.model.request.DescribeWorkspaceImagesRequest;
import dev.workspaces.model.response.DescribeWorkspaceImagesResult;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/**
 * DescribeWorkspaceImages: the images the caller sees in its region, sorted by id, in pages of
 * MaxResults (25 when not set). AVAILABLE images carry {@code Updates} as of the current virtual time.
 *
 * <h2>Which images</h2>
 * ImageType OWNED: the caller's own; SHARED: those other accounts share with the caller in this
 * region; neither: both. ImageIds narrows the selection to the listed ids; an id the caller cannot
 * see is simply not listed (the operation declares no ResourceNotFoundException).
 *
 * <h2>Readings</h2>
 * The operation declares only AccessDeniedException, so a NextToken this engine did not issue is
 * answered with ValidationException, the error every AWS service may give for input it rejects (row
 * {@link PageTokenRule#ISSUED_VALIDATED}).
 */
final class DescribeWorkspaceImagesHandler implements Handler<DescribeWorkspaceImagesRequest> {
  @Override
  public Outcome handle(State state, Scope scope, DescribeWorkspaceImagesRequest request) {
    NavigableMap<String, ImageEntry> candidates = candidates(state, scope, request);
    Optional<Page<ImageEntry>> page = Page.of(candidates, request.nextToken(),
        request.maxResults().orElse(Images.PAGE_SIZE), image -> true);
    if (page.isEmpty()) {
      return RuleRefusal.of(PageTokenRule.ISSUED_VALIDATED, "The NextToken " + request.nextToken().orElseThrow()
          + " was not issued by a previous DescribeWorkspaceImages call.").outcome(state);
    }
    return Outcome.success(state, DescribeWorkspaceImagesResult.builder()
        .images(page.get().items().stream().map(image -> image.view(state.clock())).toList())
        .nextToken(page.get().nextToken())
        .build());
  }

  /** Returns the images the request selects, by id, before paging. */
  private static NavigableMap<String, ImageEntry> candidates(State state, Scope scope,
      DescribeWorkspaceImagesRequest request) {
    ScopeImages own = state.scope(scope).get(Kinds.IMAGES);
    Optional<ImageType> type = request.imageType();
    boolean owned = type.isEmpty() || type.get() == ImageType.OWNED;
    boolean shared = type.isEmpty() || type.get() == ImageType.SHARED;
    if (!request.hasImageIds() && !shared) {
      return own.entries().sorted();
    }
    NavigableMap<String, ImageEntry> selected = new TreeMap<>();
    if (request.hasImageIds()) {
      for (String id : request.imageIds()) {
        Optional.ofNullable(owned ? own.entries().get(id) : null)
            .or(() -> shared ? sharedImage(state, own, id) : Optional.empty())
            .ifPresent(image -> selected.put(id, image));
      }
      return selected;
    }
    if (owned) {
      selected.putAll(own.entries());
    }
    for (String id : own.sharedWithMe().keySet()) {
      sharedImage(state, own, id).ifPresent(image -> selected.put(id, image));
    }
    return selected;
  }

  /** Returns the image {@code id} another account shares with {@code viewer}, if it does. */
  private static Optional<ImageEntry> sharedImage(State state, ScopeImages viewer, String id) {
    return Optional.ofNullable(viewer.sharedWithMe().get(id)).map(owner -> state.scope(owner).get(Kinds.IMAGES).entries().get(id));
  }
}
