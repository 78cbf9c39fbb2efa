/** Typed exceptions for refused calls: one class per error code, all extending {@link dev.workspaces.model.exception.WorkspacesException}. */
@NullMarked
package dev.workspaces.model.exception;

import org.jspecify.annotations.NullMarked;
