package dev.workspaces.engine.op.directory;

import dev.workspaces.model.AccessPropertyValue;
import dev.workspaces.model.ClientProperties;
import dev.workspaces.model.DefaultWorkspaceCreationProperties;
import dev.workspaces.model.LogUploadEnum;
import dev.workspaces.model.ReconnectEnum;
import dev.workspaces.model.SelfservicePermissions;
import dev.workspaces.model.WorkspaceAccessProperties;

/**
 * The settings a directory starts with when it is registered, and the client properties reported
 * for a directory whose client properties were never modified. Every value is complete (each
 * member present) so that partial updates always have something to overlay.
 */
final class DirectoryDefaults {
  private DirectoryDefaults() {}

  /**
   * No internet access, users are local administrators, maintenance mode on (Administration Guide,
   * "Update Directory Details": "Users are local administrators by default", 2023-06).
   */
  static final DefaultWorkspaceCreationProperties CREATION_PROPERTIES =
      DefaultWorkspaceCreationProperties.builder()
          .enableInternetAccess(false)
          .userEnabledAsLocalAdministrator(true)
          .enableMaintenanceMode(true)
          .build();

  /** Users may restart their WorkSpace and nothing else. */
  static final SelfservicePermissions SELFSERVICE_PERMISSIONS = selfservice(ReconnectEnum.DISABLED);

  /** Every self-service action allowed: what EnableSelfService asks for at registration. */
  static final SelfservicePermissions SELFSERVICE_ENABLED = selfservice(ReconnectEnum.ENABLED);

  /**
   * Every client device type may connect but Web Access and the Linux client, which are disabled by
   * default (Administration Guide, "Update Directory Details", Control Device Access, 2023-06).
   */
  static final WorkspaceAccessProperties ACCESS_PROPERTIES = WorkspaceAccessProperties.builder()
      .deviceTypeWindows(AccessPropertyValue.ALLOW)
      .deviceTypeOsx(AccessPropertyValue.ALLOW)
      .deviceTypeWeb(AccessPropertyValue.DENY)
      .deviceTypeIos(AccessPropertyValue.ALLOW)
      .deviceTypeAndroid(AccessPropertyValue.ALLOW)
      .deviceTypeChromeOs(AccessPropertyValue.ALLOW)
      .deviceTypeZeroClient(AccessPropertyValue.ALLOW)
      .deviceTypeLinux(AccessPropertyValue.DENY)
      .deviceTypeWorkSpacesThinClient(AccessPropertyValue.ALLOW)
      .build();

  /** Clients reconnect automatically and do not upload logs. */
  static final ClientProperties CLIENT_PROPERTIES = ClientProperties.builder()
      .reconnectEnabled(ReconnectEnum.ENABLED)
      .logUploadEnabled(LogUploadEnum.DISABLED)
      .build();

  /** Restart always enabled; the other four actions set to {@code others}. */
  private static SelfservicePermissions selfservice(ReconnectEnum others) {
    return SelfservicePermissions.builder()
        .restartWorkspace(ReconnectEnum.ENABLED)
        .increaseVolumeSize(others)
        .changeComputeType(others)
        .switchRunningMode(others)
        .rebuildWorkspace(others)
        .build();
  }
}
