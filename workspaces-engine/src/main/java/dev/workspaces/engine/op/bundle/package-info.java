/**
 * The bundle operations: describing Amazon's bundles and the account's own, and creating, updating
 * and deleting the account's own.
 *
 * <p>Internal: for the engine's own use, with no compatibility promise.
 */
@API(status = INTERNAL)
@NullMarked
package dev.workspaces.engine.op.bundle;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;
import org.jspecify.annotations.NullMarked;
