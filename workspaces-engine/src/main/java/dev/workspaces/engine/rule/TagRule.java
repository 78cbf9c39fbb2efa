package dev.workspaces.engine.rule;

import static dev.workspaces.model.Operation.CREATE_TAGS;
import static dev.workspaces.model.Operation.DELETE_TAGS;
import static dev.workspaces.model.Operation.DESCRIBE_TAGS;
import static dev.workspaces.model.error.ErrorCode.RESOURCE_LIMIT_EXCEEDED_EXCEPTION;
import static dev.workspaces.model.error.ErrorCode.RESOURCE_NOT_FOUND_EXCEPTION;

import dev.workspaces.engine.Quota;
import dev.workspaces.model.Operation;
import dev.workspaces.model.error.ErrorCode;
import java.util.EnumSet;

/**
 * The precondition table of CreateTags, DeleteTags and DescribeTags, checked in table order. The
 * tag limit of a resource being created is a row of the table of that resource.
 */
public enum TagRule implements RefusalRule {
  RESOURCE_EXISTS(
      EnumSet.of(CREATE_TAGS, DELETE_TAGS, DESCRIBE_TAGS), RESOURCE_NOT_FOUND_EXCEPTION, "2026-08",
      "The resource is one of the caller's taggable resources in the caller's region: a WorkSpace, a "
          + "registered directory (not DEREGISTERED), one of its own bundles or images, or an IP group."),
  TAG_LIMIT(
      EnumSet.of(CREATE_TAGS), RESOURCE_LIMIT_EXCEEDED_EXCEPTION, "2026-08",
      "A resource carries at most " + QuotaText.of(Quota.TAGS_PER_RESOURCE) + " tags after the call; a "
          + "tag whose key the resource already has replaces it rather than adding one.");

  private final Precondition precondition;

  TagRule(EnumSet<Operation> operations, ErrorCode errorCode, String docDate, String rule) {
    this.precondition = new Precondition(operations, errorCode, docDate, rule);
  }

  @Override
  public Precondition precondition() {
    return precondition;
  }
}
