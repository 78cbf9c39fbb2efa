/**
 * The runnable tour of the library: small programs with no library logic of their own.
 *
 * <p>Nothing here is {@code null} unless marked {@code @Nullable}.
 */
@NullMarked
package dev.workspaces.examples;

import org.jspecify.annotations.NullMarked;
