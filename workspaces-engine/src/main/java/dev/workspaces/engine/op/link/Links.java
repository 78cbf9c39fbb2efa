package dev.workspaces.engine.op.link;

import dev.workspaces.engine.Scope;
import dev.workspaces.engine.op.RuleRefusal;
import dev.workspaces.engine.rule.AccountLinkRule;
import dev.workspaces.engine.state.Kinds;
import dev.workspaces.engine.state.ScopeAccountLinks;
import dev.workspaces.engine.state.StateEditor;
import dev.workspaces.model.AccountLink;
import dev.workspaces.model.AccountLinkStatusEnum;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/** What the account link handlers share: the links a caller sees, and the rows several handlers check. */
final class Links {
  /** The page size of ListAccountLinks when the request names none. */
  static final int PAGE_SIZE = 25;

  private Links() {}

  /** A link as one caller sees it: the link and the scope of its source, which holds it. */
  record Visible(Scope source, AccountLink link) {
    String id() {
      return link.accountLinkId().orElseThrow();
    }

    AccountLinkStatusEnum status() {
      return link.accountLinkStatus().orElseThrow();
    }
  }

  /** Returns link {@code id} if the editor's account is its source or its target in the editor's region. */
  static Optional<Visible> visible(StateEditor editor, String id) {
    ScopeAccountLinks mine = editor.read(Kinds.ACCOUNT_LINKS);
    Optional<AccountLink> own = mine.find(id);
    if (own.isPresent()) {
      return Optional.of(new Visible(editor.scopeId(), own.get()));
    }
    Scope source = mine.toMe().get(id);
    return source == null ? Optional.empty()
        : editor.read(source, Kinds.ACCOUNT_LINKS).find(id).map(link -> new Visible(source, link));
  }

  /** Returns every link the editor's account is the source or the target of in its region, by link id. */
  static NavigableMap<String, Visible> all(StateEditor editor) {
    ScopeAccountLinks mine = editor.read(Kinds.ACCOUNT_LINKS);
    NavigableMap<String, Visible> links = new TreeMap<>();
    mine.entries().forEach((id, link) -> links.put(id, new Visible(editor.scopeId(), link)));
    mine.toMe().forEach((id, source) -> editor.read(source, Kinds.ACCOUNT_LINKS).find(id)
        .ifPresent(link -> links.put(id, new Visible(source, link))));
    return links;
  }

  /** Returns a refusal by {@link AccountLinkRule#LINK_VISIBLE} when the caller does not see the link. */
  static Optional<RuleRefusal> missing(Optional<Visible> link, String id) {
    return RuleRefusal.when(link.isEmpty(), AccountLinkRule.LINK_VISIBLE, id,
        () -> "The account link " + id + " does not exist in this region with this account as its source or target.");
  }

  /** Returns a refusal by {@link AccountLinkRule#PENDING} unless the link is pending acceptance. */
  static Optional<RuleRefusal> notPending(Visible link) {
    return RuleRefusal.when(link.status() != AccountLinkStatusEnum.PENDING_ACCEPTANCE_BY_TARGET_ACCOUNT,
        AccountLinkRule.PENDING, link.id(), () -> "The account link " + link.id() + " is " + link.status()
            + "; only a link PENDING_ACCEPTANCE_BY_TARGET_ACCOUNT can change.");
  }
}
