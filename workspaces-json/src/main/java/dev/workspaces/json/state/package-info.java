/**
 * A whole engine {@link dev.workspaces.engine.State} as JSON: for people reading a failure,
 * {@link dev.workspaces.json.state.StateDump} (the document of the server's {@code GET /_admin/state},
 * compact or indented) and {@link dev.workspaces.json.state.StateAssertions}, whose failures show a
 * line diff of two dumps; for saving and loading, {@link dev.workspaces.json.state.StateJson}, an
 * exact export and import of everything a state holds.
 *
 * <p>Nothing here is {@code null} unless marked {@code @Nullable}.
 */
@CheckReturnValue
@NullMarked
package dev.workspaces.json.state;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
