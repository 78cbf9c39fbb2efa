/**
 * A local HTTP endpoint that speaks the WorkSpaces API in AWS JSON 1.1, so the AWS SDKs and the AWS
 * CLI can drive the deterministic engine over the network.
 *
 * <p>{@link dev.workspaces.server.WorkspacesServer} is the entry point (a library API and a
 * {@code main}); {@link dev.workspaces.server.ServerConfig} holds its settings. Everything else is
 * plumbing: the server decodes, calls {@code Engine.apply} and encodes, and holds no WorkSpaces
 * behaviour of its own.
 *
 * <p>Nothing here is {@code null} unless marked {@code @Nullable}.
 */
@CheckReturnValue
@NullMarked
package dev.workspaces.server;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
