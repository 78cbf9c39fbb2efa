/**
 * The JUnit 5 extension: {@link dev.workspaces.junit.WorkspacesExtension} hands each test one
 * WorkSpaces state as a fake, a socket-free endpoint, an AWS SDK client and a running server, set
 * up by {@link dev.workspaces.junit.WorkspacesTest}.
 *
 * <p>Nothing here is {@code null} unless marked {@code @Nullable}.
 */
@NullMarked
package dev.workspaces.junit;

import org.jspecify.annotations.NullMarked;
