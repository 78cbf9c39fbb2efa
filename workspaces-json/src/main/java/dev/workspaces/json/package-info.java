/**
 * The AWS JSON 1.1 wire codec of the WorkSpaces API, driven entirely by the model's schema.
 *
 * <p>{@link dev.workspaces.json.WorkspacesJson} is the only entry point. One general mechanism walks
 * {@link dev.workspaces.model.schema.StructureSchema} to write and read every shape; there is no
 * per-shape code. The rules it follows are those observed from the real clients and recorded in
 * {@code docs/wire.md}.
 *
 * <p>Nothing here is {@code null} unless marked {@code @Nullable}.
 */
@CheckReturnValue
@NullMarked
package dev.workspaces.json;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
