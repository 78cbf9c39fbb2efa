package dev.workspaces.engine.op.tag;

import dev.workspaces.engine.op.RuleRefusal;
import dev.workspaces.engine.rule.TagRule;
import dev.workspaces.engine.state.ScopeTags;
import dev.workspaces.engine.state.StateEditor;
import dev.workspaces.model.validation.Echo;
import java.util.Optional;

/** Finds the resource a tag operation names: row {@link TagRule#RESOURCE_EXISTS}. */
final class TaggableResources {
  private TaggableResources() {}

  /** Returns a RESOURCE_EXISTS refusal when {@code id} is not a taggable resource of the edited scope. */
  static Optional<RuleRefusal> missing(StateEditor editor, String id) {
    return RuleRefusal.when(!exists(editor, id), TagRule.RESOURCE_EXISTS, id,
        () -> "The resource " + Echo.of(id) + " does not exist in this account and region.");
  }

  /**
   * Returns whether a taggable resource with {@code id} exists in the edited scope: one that its
   * kind holds as taggable ({@link ScopeTags#taggable}), such as a WorkSpace, a registered directory
   * (a DEREGISTERED one is only lingering and no longer counts), one of the account's own bundles or
   * images (an image shared with the account is not its to tag), or one of its IP groups.
   */
  static boolean exists(StateEditor editor, String id) {
    return ScopeTags.taggable(editor.scope(), id);
  }
}
