package dev.workspaces.engine.rule;

import static dev.workspaces.model.Operation.ASSOCIATE_IP_GROUPS;
import static dev.workspaces.model.Operation.AUTHORIZE_IP_RULES;
import static dev.workspaces.model.Operation.CREATE_IP_GROUP;
import static dev.workspaces.model.Operation.DELETE_IP_GROUP;
import static dev.workspaces.model.Operation.DISASSOCIATE_IP_GROUPS;
import static dev.workspaces.model.Operation.REVOKE_IP_RULES;
import static dev.workspaces.model.Operation.UPDATE_RULES_OF_IP_GROUP;
import static dev.workspaces.model.error.ErrorCode.INVALID_PARAMETER_VALUES_EXCEPTION;
import static dev.workspaces.model.error.ErrorCode.INVALID_RESOURCE_STATE_EXCEPTION;
import static dev.workspaces.model.error.ErrorCode.RESOURCE_ALREADY_EXISTS_EXCEPTION;
import static dev.workspaces.model.error.ErrorCode.RESOURCE_ASSOCIATED_EXCEPTION;
import static dev.workspaces.model.error.ErrorCode.RESOURCE_LIMIT_EXCEEDED_EXCEPTION;
import static dev.workspaces.model.error.ErrorCode.RESOURCE_NOT_FOUND_EXCEPTION;

import dev.workspaces.engine.Quota;
import dev.workspaces.model.Operation;
import dev.workspaces.model.error.ErrorCode;
import java.util.EnumSet;

/**
 * The precondition table of the IP access control group operations: for each rule, the operations
 * it governs, the error a refused request gets, the date of the documentation it follows, and the
 * rule in our words.
 *
 * <p>Every refusal of an IP group handler names its row here (a NextToken of DescribeIpGroups is
 * {@link PageTokenRule#ISSUED}), and {@code docs/preconditions.md} is rendered from this table. Within one operation the handlers check the rows in table order, so when
 * a request breaks several rules the first row answers. Each row's refusal is an error all its
 * operations declare (a test checks it).
 */
public enum IpGroupRule implements RefusalRule {
  RULE_FORMAT(
      EnumSet.of(CREATE_IP_GROUP, AUTHORIZE_IP_RULES, UPDATE_RULES_OF_IP_GROUP),
      INVALID_PARAMETER_VALUES_EXCEPTION, "2018-06",
      "Every rule's ipRule is an IPv4 address or an IPv4 CIDR range (a.b.c.d or a.b.c.d/n, n from 0 "
          + "to 32), and one request lists each range once."),
  GROUP_NAME_UNIQUE(
      EnumSet.of(CREATE_IP_GROUP), RESOURCE_ALREADY_EXISTS_EXCEPTION, "2018-06",
      "No two IP groups of an account in a region have the same name."),
  GROUP_LIMIT(
      EnumSet.of(CREATE_IP_GROUP), RESOURCE_LIMIT_EXCEEDED_EXCEPTION, "2018-06",
      "An account holds at most " + QuotaText.of(Quota.IP_GROUPS_PER_SCOPE) + " IP groups in a region."),
  TAG_LIMIT(
      EnumSet.of(CREATE_IP_GROUP), RESOURCE_LIMIT_EXCEEDED_EXCEPTION, "2018-06",
      "A new IP group may carry at most " + QuotaText.of(Quota.TAGS_PER_RESOURCE) + " tags, as CreateTags "
          + "allows; tags with the same key count once, the last value winning."),
  GROUP_EXISTS(
      EnumSet.of(DELETE_IP_GROUP, ASSOCIATE_IP_GROUPS, DISASSOCIATE_IP_GROUPS, AUTHORIZE_IP_RULES,
          REVOKE_IP_RULES, UPDATE_RULES_OF_IP_GROUP),
      RESOURCE_NOT_FOUND_EXCEPTION, "2018-06",
      "Every group named is one of the caller's IP groups in the caller's region."),
  RULE_NEW(
      EnumSet.of(AUTHORIZE_IP_RULES), INVALID_PARAMETER_VALUES_EXCEPTION, "2018-06",
      "A rule to add is not already in the group (UpdateRulesOfIpGroup replaces rules instead)."),
  RULE_PRESENT(
      EnumSet.of(REVOKE_IP_RULES), INVALID_PARAMETER_VALUES_EXCEPTION, "2018-06",
      "A rule to revoke is in the group."),
  RULE_LIMIT(
      EnumSet.of(CREATE_IP_GROUP, AUTHORIZE_IP_RULES, UPDATE_RULES_OF_IP_GROUP),
      RESOURCE_LIMIT_EXCEEDED_EXCEPTION, "2018-06",
      "A group holds at most " + QuotaText.of(Quota.RULES_PER_IP_GROUP) + " rules after the call."),
  DIRECTORY_REGISTERED(
      EnumSet.of(ASSOCIATE_IP_GROUPS, DISASSOCIATE_IP_GROUPS), RESOURCE_NOT_FOUND_EXCEPTION, "2018-06",
      "The directory is registered with WorkSpaces in the caller's region (not DEREGISTERED)."),
  DIRECTORY_STATE(
      EnumSet.of(ASSOCIATE_IP_GROUPS, DISASSOCIATE_IP_GROUPS), INVALID_RESOURCE_STATE_EXCEPTION, "2018-06",
      "The directory is REGISTERED, not still REGISTERING or already DEREGISTERING."),
  GROUPS_PER_DIRECTORY(
      EnumSet.of(ASSOCIATE_IP_GROUPS), RESOURCE_LIMIT_EXCEEDED_EXCEPTION, "2018-06",
      "A directory is associated with at most " + QuotaText.of(Quota.IP_GROUPS_PER_DIRECTORY) + " IP groups; "
          + "groups already associated count once."),
  GROUP_UNASSOCIATED(
      EnumSet.of(DELETE_IP_GROUP), RESOURCE_ASSOCIATED_EXCEPTION, "2018-06",
      "A group associated with a registered directory cannot be deleted; disassociate it first.");

  private final Precondition precondition;

  IpGroupRule(EnumSet<Operation> operations, ErrorCode errorCode, String docDate, String rule) {
    this.precondition = new Precondition(operations, errorCode, docDate, rule);
  }

  @Override
  public Precondition precondition() {
    return precondition;
  }
}
