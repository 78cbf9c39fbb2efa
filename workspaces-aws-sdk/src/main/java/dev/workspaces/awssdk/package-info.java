/**
 * Real {@code WorkSpacesClient}s of the AWS SDK for Java v2 that answer from the engine in the same
 * process, through the endpoint's wire, with no socket.
 *
 * <p>Nothing here is {@code null} unless marked {@code @Nullable}.
 */
@NullMarked
package dev.workspaces.awssdk;

import org.jspecify.annotations.NullMarked;
