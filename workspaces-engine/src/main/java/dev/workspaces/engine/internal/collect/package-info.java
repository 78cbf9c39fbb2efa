/**
 * The engine's persistent collections: {@link dev.workspaces.engine.internal.collect.IdMap}, a map by
 * resource id, and {@link dev.workspaces.engine.internal.collect.BufferedKeys}, a sorted set of ids;
 * the tries and trees behind them stay in this package.
 *
 * <p>Internal: for the engine's own use, with no compatibility promise.
 */
@API(status = INTERNAL)
@NullMarked
package dev.workspaces.engine.internal.collect;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;
import org.jspecify.annotations.NullMarked;
