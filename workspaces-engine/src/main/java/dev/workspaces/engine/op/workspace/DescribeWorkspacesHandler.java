package dev.workspaces.engine.op.workspace;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import dev.workspaces.engine.Outcome;
import dev.workspaces.engine.Scope;
import dev.workspaces.engine.State;
import dev.workspaces.engine.op.Handler;
import dev.workspaces.engine.op.Page;
import dev.workspaces.engine.op.RuleRefusal;
import dev.workspaces.engine.rule.PageTokenRule;
import dev.workspaces.engine.rule.WorkspaceRequestRule;
import dev.workspaces.engine.state.Kinds;
import dev.workspaces.engine.state.ScopeWorkspaces;
import dev.workspaces.engine.state.WorkspaceEntry;
import dev.workspaces.engine.state.WorkspaceIndex;
import dev.workspaces.model.Workspace;
import dev.workspaces.model.request.DescribeWorkspacesRequest;
import dev.workspaces.model.response.DescribeWorkspacesResult;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * DescribeWorkspaces: WorkSpaces sorted by id, filtered by at most one of WorkspaceIds, DirectoryId
 * (optionally with UserName), BundleId or WorkspaceName; pages of {@code Limit} (default 25).
 *
 * <p>Refusals: rows {@link WorkspaceRequestRule#ONE_FILTER} (combined filters),
 * {@link WorkspaceRequestRule#USER_NAME_WITH_DIRECTORY} and {@link PageTokenRule#ISSUED}. Unknown ids
 * in WorkspaceIds are simply not listed.
 *
 * <p>A page of one directory's or one bundle's WorkSpaces is read from the {@code WorkspaceIndex}
 * in O(log n + page); only WorkspaceName filters by walking every WorkSpace.
 */
final class DescribeWorkspacesHandler implements Handler<DescribeWorkspacesRequest> {
  private static final int DEFAULT_LIMIT = 25;

  @Override
  public Outcome handle(State state, Scope scope, DescribeWorkspacesRequest request) {
    int filters = (request.hasWorkspaceIds() ? 1 : 0) + (request.directoryId().isPresent() ? 1 : 0)
        + (request.bundleId().isPresent() ? 1 : 0) + (request.workspaceName().isPresent() ? 1 : 0);
    if (filters > 1) {
      return RuleRefusal.of(WorkspaceRequestRule.ONE_FILTER, "Use only one of WorkspaceIds, DirectoryId, "
          + "BundleId and WorkspaceName in one DescribeWorkspaces call.").outcome(state);
    }
    if (request.userName().isPresent() && request.directoryId().isEmpty()) {
      return RuleRefusal.of(WorkspaceRequestRule.USER_NAME_WITH_DIRECTORY,
          "UserName can be used only together with DirectoryId.").outcome(state);
    }
    ScopeWorkspaces owned = state.scope(scope).get(Kinds.WORKSPACES);
    if (request.hasWorkspaceIds()) {
      ImmutableList.Builder<Workspace> found = ImmutableList.builder();
      for (String id : ImmutableSortedSet.copyOf(request.workspaceIds())) { // in id order, each once
        WorkspaceEntry entry = owned.entries().get(id);
        if (entry != null) {
          found.add(entry.workspace());
        }
      }
      return Outcome.success(state, DescribeWorkspacesResult.builder().workspaces(found.build()).build());
    }
    if (request.userName().isPresent()) {
      List<Workspace> found = owned.byUser()
          .workspaceOf(request.directoryId().orElseThrow(), request.userName().orElseThrow())
          .map(owned.entries()::get)
          .map(WorkspaceEntry::workspace).stream().toList();
      return Outcome.success(state, DescribeWorkspacesResult.builder().workspaces(found).build());
    }
    WorkspaceIndex index = owned.index();
    Function<String, Iterator<String>> ids = request.directoryId().isPresent()
        ? index.inDirectory(request.directoryId().get())::from
        : request.bundleId().isPresent() ? index.onBundle(request.bundleId().get())::from : index::idsFrom;
    Optional<Page<WorkspaceEntry>> page = Page.of(ids, owned.entries()::get, request.nextToken(),
        request.limit().orElse(DEFAULT_LIMIT), entry -> request.workspaceName().isEmpty()
            || request.workspaceName().equals(entry.details().workspaceName()));
    if (page.isEmpty()) {
      return RuleRefusal.of(PageTokenRule.ISSUED, "The NextToken " + request.nextToken().orElseThrow()
          + " was not issued by a previous DescribeWorkspaces call.").outcome(state);
    }
    return Outcome.success(state, DescribeWorkspacesResult.builder()
        .workspaces(page.get().items().stream().map(WorkspaceEntry::workspace).toList())
        .nextToken(page.get().nextToken())
        .build());
  }

}
