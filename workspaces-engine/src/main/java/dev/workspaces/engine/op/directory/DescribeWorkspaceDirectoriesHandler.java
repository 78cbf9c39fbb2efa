package dev.workspaces.engine.op.directory;

import dev.workspaces.engine.Outcome;
import dev.workspaces.engine.Scope;
import dev.workspaces.engine.State;
import dev.workspaces.engine.op.Handler;
import dev.workspaces.engine.op.Page;
import dev.workspaces.engine.op.RuleRefusal;
import dev.workspaces.engine.rule.DirectoryRule;
import dev.workspaces.engine.rule.PageTokenRule;
import dev.workspaces.engine.state.DirectoryEntry;
import dev.workspaces.engine.state.Kinds;
import dev.workspaces.model.DescribeWorkspaceDirectoriesFilter;
import dev.workspaces.model.DescribeWorkspaceDirectoriesFilterName;
import dev.workspaces.model.WorkspaceDirectory;
import dev.workspaces.model.request.DescribeWorkspaceDirectoriesRequest;
import dev.workspaces.model.response.DescribeWorkspaceDirectoriesResult;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * DescribeWorkspaceDirectories: the scope's directories in every state (DEREGISTERED ones until
 * they disappear), sorted by id, in pages of {@code Limit} (default 25).
 *
 * <p>DirectoryIds, WorkspaceDirectoryNames and Filters narrow the listing and combine with AND;
 * within one of them any listed value matches. Unknown directory ids are simply not listed.
 * Filters: USER_IDENTITY_TYPE matches {@code UserIdentityType}, WORKSPACE_TYPE matches
 * {@code WorkspaceType}; any other name is refused by row {@link DirectoryRule#FILTER_NAME_KNOWN}. A
 * NextToken this engine did not issue is refused by row {@link PageTokenRule#ISSUED}.
 */
final class DescribeWorkspaceDirectoriesHandler implements Handler<DescribeWorkspaceDirectoriesRequest> {
  private static final int DEFAULT_LIMIT = 25;

  @Override
  public Outcome handle(State state, Scope scope, DescribeWorkspaceDirectoriesRequest request) {
    Predicate<WorkspaceDirectory> filter = anyOf(request.hasDirectoryIds(), request.directoryIds(),
        WorkspaceDirectory::directoryId)
        .and(anyOf(request.hasWorkspaceDirectoryNames(), request.workspaceDirectoryNames(),
            WorkspaceDirectory::workspaceDirectoryName));
    for (DescribeWorkspaceDirectoriesFilter each : request.filters()) {
      Optional<Predicate<WorkspaceDirectory>> matcher = matcher(each);
      if (matcher.isEmpty()) {
        return RuleRefusal.of(DirectoryRule.FILTER_NAME_KNOWN, "Filters: the filter name "
            + each.nameAsString().orElse("") + " is not supported.").outcome(state);
      }
      filter = filter.and(matcher.get());
    }
    Predicate<WorkspaceDirectory> selected = filter;
    Optional<Page<DirectoryEntry>> page = Page.of(state.scope(scope).get(Kinds.DIRECTORIES).entries(), request.nextToken(),
        request.limit().orElse(DEFAULT_LIMIT), entry -> selected.test(entry.directory()));
    if (page.isEmpty()) {
      return RuleRefusal.of(PageTokenRule.ISSUED, "The NextToken " + request.nextToken().orElseThrow()
          + " was not issued by a previous DescribeWorkspaceDirectories call.").outcome(state);
    }
    return Outcome.success(state, DescribeWorkspaceDirectoriesResult.builder()
        .directories(page.get().items().stream().map(DirectoryEntry::directory).toList())
        .nextToken(page.get().nextToken())
        .build());
  }

  /** Returns the predicate of one filter, or empty for a name this engine does not know. */
  private static Optional<Predicate<WorkspaceDirectory>> matcher(DescribeWorkspaceDirectoriesFilter filter) {
    DescribeWorkspaceDirectoriesFilterName name =
        filter.name().orElse(DescribeWorkspaceDirectoriesFilterName.UNKNOWN_TO_SDK_VERSION);
    return switch (name) {
      case USER_IDENTITY_TYPE -> Optional.of(anyOf(true, filter.values(),
          WorkspaceDirectory::userIdentityTypeAsString));
      case WORKSPACE_TYPE -> Optional.of(anyOf(true, filter.values(), WorkspaceDirectory::workspaceTypeAsString));
      case UNKNOWN_TO_SDK_VERSION -> Optional.empty();
    };
  }

  /** Matches a directory whose member is one of {@code values}; matches everything when not {@code given}. */
  private static Predicate<WorkspaceDirectory> anyOf(boolean given, List<String> values,
      Function<WorkspaceDirectory, Optional<String>> member) {
    if (!given) {
      return directory -> true;
    }
    Set<String> wanted = new TreeSet<>(values);
    return directory -> member.apply(directory).filter(wanted::contains).isPresent();
  }
}
