package dev.workspaces.engine.op.ipgroup;

import com.google.common.net.InetAddresses;
import dev.workspaces.engine.Quota;
import dev.workspaces.engine.op.RuleRefusal;
import dev.workspaces.engine.rule.IpGroupRule;
import dev.workspaces.engine.state.StateEditor;
import dev.workspaces.model.IpRuleItem;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The checks on the rules of an IP access control group that several operations share. */
final class IpRules {
  private static final int MAX_PREFIX = 32;

  private IpRules() {}

  /**
   * Returns a RULE_FORMAT refusal naming the first rule of {@code rules} that is not an IPv4 address
   * or CIDR range, or that the list repeats; {@code group} (its name or id) names the group.
   */
  static Optional<RuleRefusal> malformed(List<IpRuleItem> rules, String group) {
    Set<String> seen = new HashSet<>();
    for (IpRuleItem item : rules) {
      String range = item.ipRule().orElse("");
      if (!isIpv4Range(range)) {
        return refusal(group, "The ipRule \"" + range + "\" of IP group " + group
            + " is not an IPv4 address or CIDR range (a.b.c.d or a.b.c.d/n, n from 0 to 32).");
      }
      if (!seen.add(range)) {
        return refusal(group, "The ipRule " + range + " is listed twice for IP group " + group + ".");
      }
    }
    return Optional.empty();
  }

  /** Returns a RULE_LIMIT refusal when group {@code groupId} would hold {@code count} rules, over the quota. */
  static Optional<RuleRefusal> overLimit(StateEditor editor, String groupId, int count) {
    int limit = editor.config().quota(Quota.RULES_PER_IP_GROUP);
    return RuleRefusal.when(count > limit, IpGroupRule.RULE_LIMIT, groupId,
        () -> "The IP group " + groupId + " would hold " + count + " rules; at most " + limit + " are allowed.");
  }

  /** Returns whether {@code range} is {@code a.b.c.d} or {@code a.b.c.d/n} with n from 0 to 32. */
  static boolean isIpv4Range(String range) {
    int slash = range.indexOf('/');
    String address = slash < 0 ? range : range.substring(0, slash);
    if (address.indexOf(':') >= 0 || !InetAddresses.isInetAddress(address)) {
      return false;
    }
    return slash < 0 || isPrefixLength(range.substring(slash + 1));
  }

  private static boolean isPrefixLength(String digits) {
    if (digits.isEmpty() || digits.length() > 2 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return false;
    }
    return Integer.parseInt(digits) <= MAX_PREFIX;
  }

  private static Optional<RuleRefusal> refusal(String group, String message) {
    return Optional.of(new RuleRefusal(IpGroupRule.RULE_FORMAT, message, group));
  }
}
