/**
 * The schema of the API: one description per shape (constraints, members, wire names) that validation,
 * the wire codec and the test generators all read.
 */
@NullMarked
package dev.workspaces.model.schema;

import org.jspecify.annotations.NullMarked;
