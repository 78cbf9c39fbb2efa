/**
 * Values of the WorkSpaces API: resources, enums, and the interfaces every generated value implements.
 *
 * <p>Every value here is immutable; public accessors never return {@code null}.
 */
@WorkspacesStyle
@NullMarked
package dev.workspaces.model;

import org.jspecify.annotations.NullMarked;
