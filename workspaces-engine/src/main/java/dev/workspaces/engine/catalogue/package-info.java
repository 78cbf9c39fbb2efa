/**
 * What exists outside the API: Amazon's public bundles, the operating systems they run, and the
 * directories that can be registered.
 */
@NullMarked
package dev.workspaces.engine.catalogue;

import org.jspecify.annotations.NullMarked;
