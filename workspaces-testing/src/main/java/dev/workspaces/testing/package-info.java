/**
 * The testing kit: jqwik arbitraries of every shape, configurable random worlds, action chains over
 * the engine with its invariants (the JUnit 5 extension is {@code dev.workspaces.junit}, brought
 * along by this artifact).
 *
 * <p>Nothing here is {@code null} unless marked {@code @Nullable}.
 */
@NullMarked
package dev.workspaces.testing;

import org.jspecify.annotations.NullMarked;
