package dev.workspaces.engine;

import dev.workspaces.engine.state.Kinds;
import dev.workspaces.model.AccountLink;
import dev.workspaces.model.request.AcceptAccountLinkInvitationRequest;
import dev.workspaces.model.request.CreateAccountLinkInvitationRequest;
import dev.workspaces.model.request.RejectAccountLinkInvitationRequest;

/**
 * A fixed world for the account link tests, in one region: {@link #SOURCE} has invited
 * {@link #TARGET} (pending), {@link #LINKED} (accepted) and {@link #REJECTER} (rejected).
 */
public final class LinkFixtures {
  /** The account that sent every invitation. */
  public static final Scope SOURCE = Fixtures.SCOPE;
  /** An account with a pending invitation. */
  public static final Scope TARGET = Scope.of("222222222222", SOURCE.region());
  /** An account that accepted its invitation. */
  public static final Scope LINKED = Scope.of("444444444444", SOURCE.region());
  /** An account that rejected its invitation. */
  public static final Scope REJECTER = Scope.of("333333333333", SOURCE.region());
  /** An account no invitation concerns. */
  public static final Scope OUTSIDER = Scope.of("555555555555", SOURCE.region());
  /** The world described above. */
  public static final State WORLD = world();
  /** The pending link's id. */
  public static final String PENDING = linkTo(TARGET);
  /** The accepted link's id. */
  public static final String ACCEPTED = linkTo(LINKED);
  /** The rejected link's id. */
  public static final String REJECTED = linkTo(REJECTER);

  private LinkFixtures() {}

  private static State world() {
    State state = State.initial(21);
    for (Scope target : new Scope[] {TARGET, LINKED, REJECTER}) {
      state = ImageFixtures.accepted(state, SOURCE, invite(target.accountId())).state();
    }
    state = ImageFixtures.accepted(state, LINKED, AcceptAccountLinkInvitationRequest.builder()
        .linkId(linkTo(state, LINKED)).build()).state();
    return ImageFixtures.accepted(state, REJECTER, RejectAccountLinkInvitationRequest.builder()
        .linkId(linkTo(state, REJECTER)).build()).state();
  }

  /** Returns an invitation of {@code account}. */
  public static CreateAccountLinkInvitationRequest invite(String account) {
    return CreateAccountLinkInvitationRequest.builder().targetAccountId(account).build();
  }

  private static String linkTo(Scope target) {
    return linkTo(WORLD, target);
  }

  private static String linkTo(State state, Scope target) {
    return state.scope(SOURCE).get(Kinds.ACCOUNT_LINKS).entries().values().stream()
        .filter(link -> link.targetAccountId().orElseThrow().equals(target.accountId()))
        .map(link -> link.accountLinkId().orElseThrow()).findFirst().orElseThrow();
  }

  /** Returns the link {@code id} as {@link #SOURCE} holds it in {@code state}. */
  public static AccountLink link(State state, String id) {
    return state.scope(SOURCE).get(Kinds.ACCOUNT_LINKS).find(id).orElseThrow();
  }
}
