package dev.workspaces.engine.rule;

import static dev.workspaces.model.Operation.CREATE_WORKSPACES;
import static dev.workspaces.model.Operation.DESCRIBE_WORKSPACE_BUNDLES;
import static dev.workspaces.model.Operation.MIGRATE_WORKSPACE;
import static dev.workspaces.model.error.ErrorCode.INVALID_PARAMETER_VALUES_EXCEPTION;
import static dev.workspaces.model.error.ErrorCode.RESOURCE_NOT_FOUND_EXCEPTION;

import dev.workspaces.model.Operation;
import dev.workspaces.model.error.ErrorCode;
import java.util.EnumSet;

/**
 * The precondition table of bundle queries and of the operations that put a WorkSpace on a bundle.
 * The rules on the account's own bundles (create, update, delete) are rows of {@link ImageRule}, with
 * the images they run.
 */
public enum BundleRule implements RefusalRule {
  IDS_OR_OWNER(
      EnumSet.of(DESCRIBE_WORKSPACE_BUNDLES), INVALID_PARAMETER_VALUES_EXCEPTION, "2026-08",
      "BundleIds and Owner are not given together."),
  OWNER_FORMAT(
      EnumSet.of(DESCRIBE_WORKSPACE_BUNDLES), INVALID_PARAMETER_VALUES_EXCEPTION, "2026-08",
      "Owner is AMAZON (Amazon's public bundles) or a 12-digit account id (our reading of \"leave it out "
          + "for the account's own\")."),
  BUNDLE_EXISTS(
      EnumSet.of(CREATE_WORKSPACES, MIGRATE_WORKSPACE), RESOURCE_NOT_FOUND_EXCEPTION, "2026-08",
      "The bundle a WorkSpace is put on is one of Amazon's public bundles or one of the caller's own in "
          + "the caller's region (per item in CreateWorkspaces)."),
  MIGRATE_TO_OTHER_BUNDLE(
      EnumSet.of(MIGRATE_WORKSPACE), INVALID_PARAMETER_VALUES_EXCEPTION, "2023-06",
      "A WorkSpace is migrated to a bundle other than its own; one refreshed on its own bundle is rebuilt "
          + "instead (Administration Guide, Migrate a WorkSpace; the error code is our reading).");

  private final Precondition precondition;

  BundleRule(EnumSet<Operation> operations, ErrorCode errorCode, String docDate, String rule) {
    this.precondition = new Precondition(operations, errorCode, docDate, rule);
  }

  @Override
  public Precondition precondition() {
    return precondition;
  }
}
