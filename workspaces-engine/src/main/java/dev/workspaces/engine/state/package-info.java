/**
 * What a {@link dev.workspaces.engine.State} holds for each account and region: one
 * {@link dev.workspaces.engine.state.ScopePart} per resource kind ({@link dev.workspaces.engine.state.Kinds}),
 * the stored entries those parts keep, and the timeline's records.
 *
 * <p>Users read these types; the types and methods marked {@code @API(status = INTERNAL)} (the
 * {@link dev.workspaces.engine.state.StateEditor} and what takes one) are the engine's own.
 */
@NullMarked
package dev.workspaces.engine.state;

import org.jspecify.annotations.NullMarked;
