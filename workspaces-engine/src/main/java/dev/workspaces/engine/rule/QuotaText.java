package dev.workspaces.engine.rule;

import dev.workspaces.engine.Quota;

/** Names a quota in a rule text together with its service default, so no text repeats a figure by hand. */
final class QuotaText {
  private QuotaText() {}

  /** Returns for example {@code `Quota.TAGS_PER_RESOURCE` (50 by default)}. */
  static String of(Quota quota) {
    return "`Quota." + quota.name() + "` (" + quota.serviceDefault() + " by default)";
  }
}
