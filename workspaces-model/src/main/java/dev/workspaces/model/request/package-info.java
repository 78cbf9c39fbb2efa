/**
 * The input shape of every WorkSpaces operation, one immutable value per operation.
 *
 * <p>Every value here is immutable; public accessors never return {@code null}.
 */
@WorkspacesStyle
package dev.workspaces.model.request;

import dev.workspaces.model.WorkspacesStyle;
