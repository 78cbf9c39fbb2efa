/**
 * A local HTTP endpoint that speaks the WorkSpaces API in AWS JSON 1.1, so the AWS SDKs and the AWS
 * CLI can drive the deterministic engine over the network.
 *
 * <p>{@link dev.workspaces.server.WorkspacesServer} is the entry point (a library API and a
 * {@code main}); {@link dev.workspaces.server.ServerConfig} holds its settings, and
 * {@link dev.workspaces.server.WorkspacesEndpoint} is the same endpoint without a socket. The
 * server decodes, calls {@code Engine.apply} and encodes, and holds no WorkSpaces behaviour of its
 * own. Its internal subpackages: {@code http} (the HTTP/1.1 transport, which knows nothing else),
 * {@code api} ({@code POST /}), {@code admin} ({@code /_admin/*}) and {@code state} (the one
 * mutable state); this package routes requests between them.
 *
 * <p>Nothing here is {@code null} unless marked {@code @Nullable}.
 */
@CheckReturnValue
@NullMarked
package dev.workspaces.server;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
