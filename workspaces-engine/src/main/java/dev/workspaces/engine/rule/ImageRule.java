package dev.workspaces.engine.rule;

import static dev.workspaces.model.Operation.COPY_WORKSPACE_IMAGE;
import static dev.workspaces.model.Operation.CREATE_UPDATED_WORKSPACE_IMAGE;
import static dev.workspaces.model.Operation.CREATE_WORKSPACE_BUNDLE;
import static dev.workspaces.model.Operation.CREATE_WORKSPACE_IMAGE;
import static dev.workspaces.model.Operation.DELETE_WORKSPACE_BUNDLE;
import static dev.workspaces.model.Operation.DELETE_WORKSPACE_IMAGE;
import static dev.workspaces.model.Operation.DESCRIBE_CUSTOM_WORKSPACE_IMAGE_IMPORT;
import static dev.workspaces.model.Operation.DESCRIBE_WORKSPACE_IMAGE_PERMISSIONS;
import static dev.workspaces.model.Operation.IMPORT_CUSTOM_WORKSPACE_IMAGE;
import static dev.workspaces.model.Operation.IMPORT_WORKSPACE_IMAGE;
import static dev.workspaces.model.Operation.UPDATE_WORKSPACE_BUNDLE;
import static dev.workspaces.model.Operation.UPDATE_WORKSPACE_IMAGE_PERMISSION;
import static dev.workspaces.model.error.ErrorCode.INVALID_PARAMETER_VALUES_EXCEPTION;
import static dev.workspaces.model.error.ErrorCode.INVALID_RESOURCE_STATE_EXCEPTION;
import static dev.workspaces.model.error.ErrorCode.OPERATION_NOT_SUPPORTED_EXCEPTION;
import static dev.workspaces.model.error.ErrorCode.RESOURCE_ALREADY_EXISTS_EXCEPTION;
import static dev.workspaces.model.error.ErrorCode.RESOURCE_ASSOCIATED_EXCEPTION;
import static dev.workspaces.model.error.ErrorCode.RESOURCE_LIMIT_EXCEEDED_EXCEPTION;
import static dev.workspaces.model.error.ErrorCode.RESOURCE_NOT_FOUND_EXCEPTION;
import static dev.workspaces.model.error.ErrorCode.RESOURCE_UNAVAILABLE_EXCEPTION;

import dev.workspaces.engine.Quota;
import dev.workspaces.model.OperatingSystemName;
import dev.workspaces.model.Operation;
import dev.workspaces.model.WorkspaceImageState;
import dev.workspaces.model.error.ErrorCode;
import java.time.Duration;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Map;
import java.util.Set;

/**
 * The precondition table of the image and bundle operations: for each rule, the operations it
 * governs, the image states it accepts (empty when the rule is not about the image's state), the
 * error code a refused request gets, the date of the documentation it follows, and the rule in our words.
 *
 * <p>Every refusal of an image or bundle handler names its row here, and {@code docs/preconditions.md}
 * is rendered from this table. Within one operation the handlers check the rows in table order, so
 * when a request breaks several rules the first row answers. Each row's refusal is an error all its operations declare (a test
 * checks it). The rules on the WorkSpace an image is made from are row
 * {@link WorkspaceRule#CREATE_IMAGE}.
 */
public enum ImageRule implements RefusalRule {
  BUNDLE_IDS_GIVEN(
      EnumSet.of(UPDATE_WORKSPACE_BUNDLE, DELETE_WORKSPACE_BUNDLE),
      EnumSet.noneOf(WorkspaceImageState.class), INVALID_PARAMETER_VALUES_EXCEPTION, "2021-03",
      "BundleId, and for UpdateWorkspaceBundle also ImageId, must be given: the model leaves them "
          + "optional, but the call has nothing to act on without them."),
  BUNDLE_STORAGE_SIZE(
      EnumSet.of(CREATE_WORKSPACE_BUNDLE),
      EnumSet.noneOf(WorkspaceImageState.class), INVALID_PARAMETER_VALUES_EXCEPTION, "2021-03",
      "RootStorage.Capacity and UserStorage.Capacity, which the model types as free strings, are "
          + "volume sizes: whole numbers of GiB from 1 to 999999999, in decimal digits (our reading; a "
          + "WorkSpace's volume sizes are positive ints)."),
  AMAZON_BUNDLE_UPDATE(
      EnumSet.of(UPDATE_WORKSPACE_BUNDLE),
      EnumSet.noneOf(WorkspaceImageState.class), OPERATION_NOT_SUPPORTED_EXCEPTION, "2021-03",
      "Amazon's public bundles cannot be updated."),
  AMAZON_BUNDLE_DELETE(
      EnumSet.of(DELETE_WORKSPACE_BUNDLE),
      EnumSet.noneOf(WorkspaceImageState.class), INVALID_PARAMETER_VALUES_EXCEPTION, "2021-03",
      "Amazon's public bundles cannot be deleted (the operation declares no "
          + "OperationNotSupportedException, so the refusal is InvalidParameterValuesException)."),
  BUNDLE_OWNED(
      EnumSet.of(UPDATE_WORKSPACE_BUNDLE, DELETE_WORKSPACE_BUNDLE),
      EnumSet.noneOf(WorkspaceImageState.class), RESOURCE_NOT_FOUND_EXCEPTION, "2021-03",
      "Any other bundle must be one of the caller's own in the caller's region."),
  BUNDLE_UNUSED(
      EnumSet.of(DELETE_WORKSPACE_BUNDLE),
      EnumSet.noneOf(WorkspaceImageState.class), RESOURCE_ASSOCIATED_EXCEPTION, "2021-03",
      "A bundle that a WorkSpace of the account in the region uses (in any state but TERMINATED) "
          + "cannot be deleted."),
  COPY_CHINA_SAME_REGION(
      EnumSet.of(COPY_WORKSPACE_IMAGE),
      EnumSet.noneOf(WorkspaceImageState.class), OPERATION_NOT_SUPPORTED_EXCEPTION, "2026-08",
      "In China (Ningxia), cn-northwest-1, images are copied only within the region: neither into it "
          + "from another region nor out of it to another."),
  COPY_NO_GOVCLOUD(
      EnumSet.of(COPY_WORKSPACE_IMAGE),
      EnumSet.noneOf(WorkspaceImageState.class), OPERATION_NOT_SUPPORTED_EXCEPTION, "2026-08",
      "No image is copied between regions when either is an AWS GovCloud (US) region (us-gov-*); the "
          + "service does that only through support. Copies within one region are allowed."),
  COPY_SOURCE_VISIBLE(
      EnumSet.of(COPY_WORKSPACE_IMAGE),
      EnumSet.noneOf(WorkspaceImageState.class), RESOURCE_NOT_FOUND_EXCEPTION, "2020-07",
      "The source must exist in SourceRegion and be either the caller's own or shared with the "
          + "caller there."),
  COPY_SOURCE_AVAILABLE(
      EnumSet.of(COPY_WORKSPACE_IMAGE),
      EnumSet.of(WorkspaceImageState.AVAILABLE), RESOURCE_UNAVAILABLE_EXCEPTION, "2019-06",
      "The source must be AVAILABLE (our reading: the model has no state rule; the operation "
          + "declares ResourceUnavailableException, not InvalidResourceStateException)."),
  IMAGE_OWNED(
      EnumSet.of(CREATE_UPDATED_WORKSPACE_IMAGE, DESCRIBE_WORKSPACE_IMAGE_PERMISSIONS,
          UPDATE_WORKSPACE_IMAGE_PERMISSION, CREATE_WORKSPACE_BUNDLE, UPDATE_WORKSPACE_BUNDLE),
      EnumSet.noneOf(WorkspaceImageState.class), RESOURCE_NOT_FOUND_EXCEPTION, "2020-07",
      "The image must be one of the caller's own in the caller's region; an image another account "
          + "shares with the caller does not count."),
  UPDATE_SOURCE_AVAILABLE(
      EnumSet.of(CREATE_UPDATED_WORKSPACE_IMAGE),
      EnumSet.of(WorkspaceImageState.AVAILABLE), INVALID_RESOURCE_STATE_EXCEPTION, "2021-09",
      "The source image must be AVAILABLE; it is kept as it is."),
  UPDATE_OPERATING_SYSTEM(
      EnumSet.of(CREATE_UPDATED_WORKSPACE_IMAGE),
      EnumSet.noneOf(WorkspaceImageState.class), OPERATION_NOT_SUPPORTED_EXCEPTION, "2023-02",
      "Only Windows 10, Windows Server 2016 and Windows Server 2019 images can be updated (before "
          + "2023-02: Windows 10 only)."),
  UPDATE_AVAILABLE(
      EnumSet.of(CREATE_UPDATED_WORKSPACE_IMAGE),
      EnumSet.noneOf(WorkspaceImageState.class), INVALID_RESOURCE_STATE_EXCEPTION, "2021-09",
      "The source must report an update (`Updates.UpdateAvailable`). Our rule: an image reports one "
          + "once 30 days have passed since it became AVAILABLE. Having no update yet is a passing "
          + "condition of the image, hence InvalidResourceStateException rather than "
          + "OperationNotSupportedException."),
  SHARE_NOT_SELF(
      EnumSet.of(UPDATE_WORKSPACE_IMAGE_PERMISSION),
      EnumSet.noneOf(WorkspaceImageState.class), INVALID_PARAMETER_VALUES_EXCEPTION, "2020-07",
      "An image cannot be shared with (or unshared from) the account that owns it."),
  SHARE_IMAGE_AVAILABLE(
      EnumSet.of(UPDATE_WORKSPACE_IMAGE_PERMISSION),
      EnumSet.of(WorkspaceImageState.AVAILABLE), RESOURCE_UNAVAILABLE_EXCEPTION, "2020-07",
      "Only an AVAILABLE image can be shared or unshared (our reading). Sharing is per account and "
          + "within the image's region."),
  SHARE_BYOL_GOVCLOUD(
      EnumSet.of(UPDATE_WORKSPACE_IMAGE_PERMISSION),
      EnumSet.noneOf(WorkspaceImageState.class), OPERATION_NOT_SUPPORTED_EXCEPTION, "2020-07",
      "An imported (BYOL) image cannot be shared with another account in a GovCloud region."),
  BUNDLE_IMAGE_AVAILABLE(
      EnumSet.of(CREATE_WORKSPACE_BUNDLE, UPDATE_WORKSPACE_BUNDLE),
      EnumSet.of(WorkspaceImageState.AVAILABLE), RESOURCE_UNAVAILABLE_EXCEPTION, "2021-03",
      "A bundle can only be given an AVAILABLE image (our reading: the operations declare "
          + "ResourceUnavailableException, not InvalidResourceStateException)."),
  BUNDLE_NAME_UNIQUE(
      EnumSet.of(CREATE_WORKSPACE_BUNDLE),
      EnumSet.noneOf(WorkspaceImageState.class), RESOURCE_ALREADY_EXISTS_EXCEPTION, "2021-03",
      "Bundle names are unique among the account's own bundles in a region (our reading)."),
  BUNDLE_LIMIT(
      EnumSet.of(CREATE_WORKSPACE_BUNDLE),
      EnumSet.noneOf(WorkspaceImageState.class), RESOURCE_LIMIT_EXCEEDED_EXCEPTION, "2021-03",
      "An account holds at most " + QuotaText.of(Quota.BUNDLES_PER_SCOPE) + " own bundles in a region."),
  IMAGE_NAME_UNIQUE(
      EnumSet.of(CREATE_WORKSPACE_IMAGE, CREATE_UPDATED_WORKSPACE_IMAGE, COPY_WORKSPACE_IMAGE,
          IMPORT_WORKSPACE_IMAGE, IMPORT_CUSTOM_WORKSPACE_IMAGE),
      EnumSet.noneOf(WorkspaceImageState.class), RESOURCE_ALREADY_EXISTS_EXCEPTION, "2019-06",
      "Image names are unique within an account and region (our reading): a new image may not take "
          + "the name of an image the account already has there."),
  IMAGE_LIMIT(
      EnumSet.of(CREATE_WORKSPACE_IMAGE, CREATE_UPDATED_WORKSPACE_IMAGE, COPY_WORKSPACE_IMAGE,
          IMPORT_WORKSPACE_IMAGE, IMPORT_CUSTOM_WORKSPACE_IMAGE),
      EnumSet.noneOf(WorkspaceImageState.class), RESOURCE_LIMIT_EXCEEDED_EXCEPTION, "2019-06",
      "An account holds at most " + QuotaText.of(Quota.IMAGES_PER_SCOPE) + " images in a region; a copy "
          + "counts against the destination region."),
  TAG_LIMIT(
      EnumSet.of(CREATE_WORKSPACE_IMAGE, CREATE_UPDATED_WORKSPACE_IMAGE, COPY_WORKSPACE_IMAGE,
          IMPORT_WORKSPACE_IMAGE, IMPORT_CUSTOM_WORKSPACE_IMAGE, CREATE_WORKSPACE_BUNDLE),
      EnumSet.noneOf(WorkspaceImageState.class), RESOURCE_LIMIT_EXCEEDED_EXCEPTION, "2019-06",
      "A new image or bundle may carry at most " + QuotaText.of(Quota.TAGS_PER_RESOURCE) + " tags, as "
          + "CreateTags allows; tags with the same key count once, the last value winning."),
  DELETE_IMAGE_SETTLED(
      EnumSet.of(DELETE_WORKSPACE_IMAGE),
      EnumSet.of(WorkspaceImageState.AVAILABLE, WorkspaceImageState.ERROR), INVALID_RESOURCE_STATE_EXCEPTION, "2020-07",
      "An image still PENDING (being made, updated, copied or imported) cannot be deleted (our reading)."),
  DELETE_IMAGE_UNUSED(
      EnumSet.of(DELETE_WORKSPACE_IMAGE),
      EnumSet.noneOf(WorkspaceImageState.class), RESOURCE_ASSOCIATED_EXCEPTION, "2020-07",
      "An image that one of the account's bundles in the region uses cannot be deleted; delete or "
          + "update those bundles first."),
  DELETE_IMAGE_UNSHARED(
      EnumSet.of(DELETE_WORKSPACE_IMAGE),
      EnumSet.noneOf(WorkspaceImageState.class), INVALID_RESOURCE_STATE_EXCEPTION, "2020-07",
      "A shared image cannot be deleted; unshare it from every account first."),
  CUSTOM_IMPORT_KNOWN(
      EnumSet.of(DESCRIBE_CUSTOM_WORKSPACE_IMAGE_IMPORT),
      EnumSet.noneOf(WorkspaceImageState.class), RESOURCE_NOT_FOUND_EXCEPTION, "2026-08",
      "The image must be one of the caller's own made by ImportCustomWorkspaceImage.");

  /** How long after becoming AVAILABLE an image starts reporting an available update. */
  public static final Duration UPDATE_AVAILABLE_AFTER = Duration.ofDays(30);

  /** The operating systems whose images CreateUpdatedWorkspaceImage accepts (row UPDATE_OPERATING_SYSTEM). */
  public static final Set<OperatingSystemName> UPDATABLE_SYSTEMS = Collections.unmodifiableSet(EnumSet.of(
      OperatingSystemName.WINDOWS_10, OperatingSystemName.WINDOWS_SERVER_2016,
      OperatingSystemName.WINDOWS_SERVER_2019));

  private final Set<WorkspaceImageState> imageStates;
  private final Precondition precondition;

  ImageRule(EnumSet<Operation> operations, EnumSet<WorkspaceImageState> imageStates, ErrorCode errorCode,
      String docDate, String rule) {
    this.imageStates = Collections.unmodifiableSet(imageStates);
    this.precondition = new Precondition(operations, errorCode, docDate, rule);
  }

  @Override
  public Precondition precondition() {
    return precondition;
  }

  /** Returns the image states the row checks ("any" for a row that checks none). */
  @Override
  public Map<String, String> details() {
    return Map.of("image states", imageStates().isEmpty() ? "any" : RunningModes.joined(imageStates()));
  }

  /** Returns the image states the row accepts; empty when the row is not about the image's state. */
  public Set<WorkspaceImageState> imageStates() {
    return imageStates;
  }

  /**
   * Returns why image {@code imageId} in {@code state} is refused by this state row, or empty when
   * the state is accepted (always empty for a row that is not about the image's state).
   */
  public Optional<String> stateRefusal(String imageId, WorkspaceImageState state) {
    if (imageStates.isEmpty() || imageStates.contains(state)) {
      return Optional.empty();
    }
    return Optional.of("The image " + imageId + " is " + state + "; " + name() + " needs one of "
        + RunningModes.sorted(imageStates) + ".");
  }
}
