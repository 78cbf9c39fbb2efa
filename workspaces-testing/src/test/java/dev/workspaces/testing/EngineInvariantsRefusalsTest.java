package dev.workspaces.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.workspaces.engine.Engine;
import dev.workspaces.engine.Outcome;
import dev.workspaces.engine.Scope;
import dev.workspaces.engine.ServiceError;
import dev.workspaces.engine.State;
import dev.workspaces.engine.rule.TagRule;
import dev.workspaces.engine.rule.WorkspaceRequestRule;
import dev.workspaces.engine.rule.WorkspaceRule;
import dev.workspaces.model.FailedWorkspaceChangeRequest;
import dev.workspaces.model.RebootRequest;
import dev.workspaces.model.request.DescribeWorkspacesRequest;
import dev.workspaces.model.request.RebootWorkspacesRequest;
import dev.workspaces.model.response.RebootWorkspacesResult;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link EngineInvariants#checkRefusals} accepts the engine's refusals and catches a row that does not fit. */
class EngineInvariantsRefusalsTest {
  private static final State STATE = State.initial(1);
  private static final String UNKNOWN = "ws-000000000";
  private static final RebootWorkspacesRequest REBOOT = RebootWorkspacesRequest.builder()
      .addRebootWorkspaceRequest(RebootRequest.builder().workspaceId(UNKNOWN).build()).build();

  @Test
  void theEnginesRefusalsOfRequestsAndItemsPass() {
    Outcome item = Engine.apply(STATE, Scope.DEFAULT, REBOOT);
    assertEquals(List.of(WorkspaceRequestRule.WORKSPACE_EXISTS), item.itemRefusals());
    EngineInvariants.checkRefusals(REBOOT, item);
    DescribeWorkspacesRequest badToken = DescribeWorkspacesRequest.builder().nextToken("not-issued").build();
    EngineInvariants.checkRefusals(badToken, Engine.apply(STATE, Scope.DEFAULT, badToken));
  }

  @Test
  void aRowOfOtherOperationsFails() {
    Outcome outcome = Outcome.failure(STATE, ServiceError.of(TagRule.TAG_LIMIT, "too many tags"));
    assertThrows(AssertionError.class,
        () -> EngineInvariants.checkRefusals(DescribeWorkspacesRequest.builder().build(), outcome));
  }

  @Test
  void aRefusedItemWithoutItsRowFails() {
    assertThrows(AssertionError.class, () -> EngineInvariants.checkRefusals(REBOOT, rebootRefusing(List.of())));
  }

  @Test
  void aRefusedItemWhoseCodeIsNotItsRowsFails() {
    assertThrows(AssertionError.class,
        () -> EngineInvariants.checkRefusals(REBOOT, rebootRefusing(List.of(WorkspaceRule.REBOOT))));
  }

  /** An outcome of REBOOT reporting its item as ResourceNotFoundException and naming {@code rows}. */
  private static Outcome rebootRefusing(List<WorkspaceRule> rows) {
    RebootWorkspacesResult result = RebootWorkspacesResult.builder().failedRequests(List.of(
        FailedWorkspaceChangeRequest.builder().workspaceId(UNKNOWN).errorCode("ResourceNotFoundException")
            .errorMessage("unknown").build())).build();
    return Outcome.success(STATE, result, rows);
  }
}
