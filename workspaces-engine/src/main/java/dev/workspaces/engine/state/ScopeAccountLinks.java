package dev.workspaces.engine.state;

import static dev.workspaces.engine.state.ScopePart.require;

import com.google.common.collect.Maps;
import dev.workspaces.engine.Scope;
import dev.workspaces.engine.State;
import dev.workspaces.engine.internal.collect.IdMap;
import dev.workspaces.model.AccountLink;
import dev.workspaces.model.AccountLinkStatusEnum;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One scope's account links: the invitations its account sent (as the source) in the region, and
 * the index of those other accounts sent to it (as the target). A link lives in its source's scope;
 * the target's scope holds only an index entry naming the source's scope, written when the
 * invitation is created and never removed but with the link.
 *
 * @param entries the links this scope's account is the source of, by link id, listed
 * @param toMe link id to the source's scope for each link this scope's account is the target of, unlisted
 */
public record ScopeAccountLinks(IdMap<AccountLink> entries, IdMap<Scope> toMe) implements ScopePart<ScopeAccountLinks> {
  /** A scope without links. */
  public static final ScopeAccountLinks EMPTY = new ScopeAccountLinks(IdMap.listed(), IdMap.unlisted());

  /** The statuses the engine gives a link: LINKING_FAILED and LINK_NOT_FOUND are never reached. */
  public static final Set<AccountLinkStatusEnum> REACHED = EnumSet.of(AccountLinkStatusEnum.PENDING_ACCEPTANCE_BY_TARGET_ACCOUNT,
      AccountLinkStatusEnum.LINKED, AccountLinkStatusEnum.REJECTED);

  /** Returns the link with {@code id} this scope is the source of, if any. */
  public Optional<AccountLink> find(String id) {
    return Optional.ofNullable(entries.get(id));
  }

  /** Returns these links with {@code link} stored, replacing the one with its id. */
  public ScopeAccountLinks plus(AccountLink link) {
    return new ScopeAccountLinks(entries.plus(link.accountLinkId().orElseThrow(), link), toMe);
  }

  /** Returns these links with link {@code id} of {@code source} indexed as sent to this scope. */
  public ScopeAccountLinks invited(String id, Scope source) {
    return new ScopeAccountLinks(entries, toMe.plus(id, source));
  }

  /** Returns these links without the index entry of link {@code id}. */
  public ScopeAccountLinks uninvited(String id) {
    IdMap<Scope> next = toMe.minus(id);
    return next == toMe ? this : new ScopeAccountLinks(entries, next);
  }

  /** Removes a link this scope is the source of (the target's index entry is the target's). */
  @Override
  public ScopeAccountLinks forget(String resourceId) {
    IdMap<AccountLink> next = entries.minus(resourceId);
    return next == entries ? this : new ScopeAccountLinks(next, toMe);
  }

  @Override
  public void dump(ScopeState scope, DumpSections out) {
    out.list("AccountLinks", entries.values());
    out.textByResource("AccountLinksToMe", Maps.transformValues(toMe, Scope::toString));
  }

  /**
   * Checks that every link of this scope has it as source, another account as target that indexes
   * it, and a status the engine reaches; that every index entry names a link sent to this account;
   * and that two accounts have at most one link pending or linked between them.
   */
  @Override
  public void check(State state, Scope scope, ScopeState owned) {
    entries.forEach((id, link) -> {
      String target = link.targetAccountId().orElseThrow();
      require(link.sourceAccountId().equals(Optional.of(scope.accountId())) && !target.equals(scope.accountId()),
          scope + ": account link " + id + " is not from this account to another: " + link);
      require(REACHED.contains(link.accountLinkStatus().orElseThrow()), scope + ": account link " + id + " is " + link);
      require(scope.equals(state.scope(Scope.of(target, scope.region())).get(Kinds.ACCOUNT_LINKS).toMe().get(id)),
          scope + ": account link " + id + " is not indexed by its target " + target);
    });
    for (Map.Entry<String, Scope> invited : toMe.entrySet()) {
      require(state.scope(invited.getValue()).get(Kinds.ACCOUNT_LINKS).find(invited.getKey())
              .filter(link -> link.targetAccountId().equals(Optional.of(scope.accountId()))).isPresent(),
          scope + ": indexes account link " + invited.getKey() + " of " + invited.getValue() + ", not sent to it");
    }
    Map<String, Long> live = new java.util.TreeMap<>();
    entries.values().stream().filter(ScopeAccountLinks::live)
        .forEach(link -> live.merge(link.targetAccountId().orElseThrow(), 1L, Long::sum));
    toMe.forEach((id, source) -> state.scope(source).get(Kinds.ACCOUNT_LINKS).find(id).filter(ScopeAccountLinks::live)
        .ifPresent(link -> live.merge(source.accountId(), 1L, Long::sum)));
    live.forEach((other, count) -> require(count <= 1,
        scope + ": " + count + " account links pending or linked with " + other));
  }

  /** Returns whether {@code link} is pending acceptance or linked: what blocks another invitation. */
  public static boolean live(AccountLink link) {
    AccountLinkStatusEnum status = link.accountLinkStatus().orElseThrow();
    return status == AccountLinkStatusEnum.PENDING_ACCEPTANCE_BY_TARGET_ACCOUNT || status == AccountLinkStatusEnum.LINKED;
  }
}
