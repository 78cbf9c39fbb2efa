/**
 * The admin endpoints under {@code /_admin/} (reset, advance, add a directory, dump, export and
 * import the state, connect and disconnect a user, health):
 * control of the simulated service for tests and scripts, not part of the WorkSpaces API.
 *
 * <p>Internal: these types may change in any release. Nothing here is {@code null} unless marked
 * {@code @Nullable}.
 */
@API(status = INTERNAL)
@CheckReturnValue
@NullMarked
package dev.workspaces.server.admin;

import static org.apiguardian.api.API.Status.INTERNAL;

import com.google.errorprone.annotations.CheckReturnValue;
import org.apiguardian.api.API;
import org.jspecify.annotations.NullMarked;
