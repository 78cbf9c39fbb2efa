/**
 * The precondition tables: every refusal the engine gives is a row of one of them
 * ({@link dev.workspaces.engine.rule.PreconditionTable} lists them, {@code docs/preconditions.md}
 * renders them), and the lifecycle steps and edges the rows move resources along.
 */
@NullMarked
package dev.workspaces.engine.rule;

import org.jspecify.annotations.NullMarked;
