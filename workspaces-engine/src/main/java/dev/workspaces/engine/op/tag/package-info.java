/**
 * The tag operations (CreateTags, DeleteTags, DescribeTags) on every taggable resource of the
 * caller's scope: WorkSpaces, registered directories, the account's own bundles and images, and its
 * IP groups; and the tag lists that the operations creating a tagged resource share.
 *
 * <p>Internal: for the engine's own use, with no compatibility promise.
 */
@API(status = INTERNAL)
@NullMarked
package dev.workspaces.engine.op.tag;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;
import org.jspecify.annotations.NullMarked;
