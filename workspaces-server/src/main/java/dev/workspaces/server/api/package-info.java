/**
 * The WorkSpaces API path, {@code POST /}: finds the operation in {@code X-Amz-Target} and the
 * caller's scope in the SigV4 credential, decodes the body, applies it with the engine and encodes
 * the response or the error as a {@link dev.workspaces.server.api.Reply}.
 *
 * <p>Internal: these types may change in any release. Nothing here is {@code null} unless marked
 * {@code @Nullable}.
 */
@API(status = INTERNAL)
@CheckReturnValue
@NullMarked
package dev.workspaces.server.api;

import static org.apiguardian.api.API.Status.INTERNAL;

import com.google.errorprone.annotations.CheckReturnValue;
import org.apiguardian.api.API;
import org.jspecify.annotations.NullMarked;
