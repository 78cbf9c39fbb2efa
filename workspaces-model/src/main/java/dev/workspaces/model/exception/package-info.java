/** Typed exceptions for refused calls: one class per error code, all extending {@link dev.workspaces.model.exception.WorkspacesException}. */
package dev.workspaces.model.exception;
