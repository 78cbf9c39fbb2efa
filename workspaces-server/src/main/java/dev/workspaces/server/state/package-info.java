/**
 * The server's one mutable cell: the current engine state, changed one request at a time, with
 * virtual time kept in step with the wall clock in {@code ClockMode.WALL}.
 *
 * <p>Internal: these types may change in any release. Nothing here is {@code null} unless marked
 * {@code @Nullable}.
 */
@API(status = INTERNAL)
@CheckReturnValue
@NullMarked
package dev.workspaces.server.state;

import static org.apiguardian.api.API.Status.INTERNAL;

import com.google.errorprone.annotations.CheckReturnValue;
import org.apiguardian.api.API;
import org.jspecify.annotations.NullMarked;
