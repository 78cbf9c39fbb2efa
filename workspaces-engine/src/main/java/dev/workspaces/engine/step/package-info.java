/**
 * The timeline: moves virtual time forward and completes the asynchronous steps that fall due.
 *
 * <p>Internal: for the engine's own use, with no compatibility promise.
 */
@API(status = INTERNAL)
@NullMarked
package dev.workspaces.engine.step;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;
import org.jspecify.annotations.NullMarked;
