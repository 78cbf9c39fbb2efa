/**
 * The operations the engine simulates: {@link dev.workspaces.engine.op.SimulatedOperations} answers
 * every operation, through one {@code Simulated*} interface and one handler per operation in the
 * package of each API area, and the types every handler shares (the call, the refusal by a
 * precondition-table row, pages and the failed items of batch calls).
 *
 * <p>Internal: for the engine's own use, with no compatibility promise.
 */
@API(status = INTERNAL)
@NullMarked
package dev.workspaces.engine.op;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;
import org.jspecify.annotations.NullMarked;
