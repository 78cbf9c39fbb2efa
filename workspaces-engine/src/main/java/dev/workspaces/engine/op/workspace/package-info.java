/**
 * The WorkSpace operations: creation, the lifecycle batches (one {@code WorkspaceBatch} per
 * operation), properties, queries, restore and migration.
 *
 * <p>Internal: for the engine's own use, with no compatibility promise.
 */
@API(status = INTERNAL)
@NullMarked
package dev.workspaces.engine.op.workspace;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;
import org.jspecify.annotations.NullMarked;
