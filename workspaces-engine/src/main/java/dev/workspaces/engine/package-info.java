/**
 * The engine's public API: {@link dev.workspaces.engine.Engine} applies a request to a
 * {@link dev.workspaces.engine.State} on behalf of a {@link dev.workspaces.engine.Scope} and returns an
 * {@link dev.workspaces.engine.Outcome}; {@link dev.workspaces.engine.WorkspacesFake} wraps it as an
 * in-memory service for unit tests.
 *
 * <h2>What is API</h2>
 * Every public type of this module is for users unless it, or its package, is marked
 * {@code @API(status = INTERNAL)} (API Guardian's annotation, as jqwik and JUnit use it): those are
 * public only so that the engine's own packages can reach them, and may change in any release. A
 * public method marked the same way on an API type is likewise for the engine's own use.
 *
 * <h2>Packages</h2>
 * <ul>
 *   <li>{@code state}: what a {@code State} holds, one resource kind per type ({@code Kinds});
 *   <li>{@code rule}: the precondition tables that every refusal names a row of;
 *   <li>{@code catalogue}: what exists outside the API (Amazon's bundles, the directories that can
 *       be registered);
 *   <li>{@code op} (internal): one handler per operation, one package per API area;
 *   <li>{@code step} (internal): the timeline, completing asynchronous steps as time advances;
 *   <li>{@code internal.collect} (internal): the persistent collections the state is built of.
 * </ul>
 */
@NullMarked
package dev.workspaces.engine;

import org.jspecify.annotations.NullMarked;
