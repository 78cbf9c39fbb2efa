/**
 * The error shapes of the WorkSpaces API and the {@link dev.workspaces.model.error.ErrorCode} table.
 *
 * <p>Every value here is immutable; public accessors never return {@code null}.
 */
@WorkspacesStyle
@NullMarked
package dev.workspaces.model.error;

import dev.workspaces.model.WorkspacesStyle;
import org.jspecify.annotations.NullMarked;
