/**
 * The testing kit: jqwik arbitraries of every shape, configurable random worlds, action chains over
 * the engine with its invariants, and the JUnit 5 extension that hands a test its fake.
 *
 * <p>Nothing here is {@code null} unless marked {@code @Nullable}.
 */
@NullMarked
package dev.workspaces.testing;

import org.jspecify.annotations.NullMarked;
