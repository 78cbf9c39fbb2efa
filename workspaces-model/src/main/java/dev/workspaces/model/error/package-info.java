/**
 * One class per error code of the WorkSpaces API (the modeled errors and the protocol errors), each at
 * once the error's value and the exception a caller catches, and the {@link dev.workspaces.model.error.ErrorCode} table.
 *
 * <p>Every value here is immutable; public accessors never return {@code null}.
 */
@WorkspacesStyle
@NullMarked
package dev.workspaces.model.error;

import dev.workspaces.model.WorkspacesStyle;
import org.jspecify.annotations.NullMarked;
