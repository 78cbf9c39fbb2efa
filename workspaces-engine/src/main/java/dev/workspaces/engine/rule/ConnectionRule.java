package dev.workspaces.engine.rule;

import static dev.workspaces.model.error.ErrorCode.INVALID_RESOURCE_STATE_EXCEPTION;
import static dev.workspaces.model.error.ErrorCode.RESOURCE_NOT_FOUND_EXCEPTION;

import dev.workspaces.model.Operation;
import dev.workspaces.model.error.ErrorCode;
import java.util.EnumSet;

/**
 * The refusals of the user-connection simulation hooks ({@code Engine.connectUser},
 * {@code Engine.disconnectUser}): what a user can connect to, as the WorkSpaces client lets them.
 * These govern no API operation; the fake throws the row's error as it does for an operation.
 */
public enum ConnectionRule implements RefusalRule {
  WORKSPACE_EXISTS(
      RESOURCE_NOT_FOUND_EXCEPTION, "2026-12",
      "A user connects to, or disconnects from, a WorkSpace of the caller's account and region (our choice of error)."),
  CONNECTABLE(
      INVALID_RESOURCE_STATE_EXCEPTION, "2026-12",
      "A user connects to an AVAILABLE WorkSpace, or to a STOPPED AUTO_STOP one, which then starts (STARTING, then "
          + "AVAILABLE with the user connected): \"the WorkSpace resumes when a user logs in\" (Administration Guide, "
          + "Manage the running mode). Any other state, or a STOPPED WorkSpace of another running mode, is refused."),
  CONNECTED(
      INVALID_RESOURCE_STATE_EXCEPTION, "2026-12",
      "A user disconnects only from a WorkSpace a user is connected to (our choice).");

  private final Precondition precondition;

  ConnectionRule(ErrorCode errorCode, String docDate, String rule) {
    this.precondition = new Precondition(EnumSet.noneOf(Operation.class), errorCode, docDate, rule);
  }

  @Override
  public Precondition precondition() {
    return precondition;
  }
}
