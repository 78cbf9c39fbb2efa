package dev.workspaces.testing;

import dev.workspaces.engine.State;
import dev.workspaces.model.Structure;
import dev.workspaces.model.schema.Schema;
import dev.workspaces.model.schema.StructureSchema;
import dev.workspaces.model.schema.WorkspacesSchema;
import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.state.ActionChain;
import net.jqwik.api.state.ActionChainArbitrary;

/**
 * The entry point of the testing kit: arbitraries of every WorkSpaces shape (valid by the schema,
 * or breaking exactly one constraint), of whole simulated worlds, and of action chains over the
 * engine.
 *
 * <p>Structure and enum types also work as plain {@code @ForAll} parameters ({@code @ForAll
 * Workspace w}) through a registered jqwik arbitrary provider.
 */
public final class WorkspacesArbitraries {
  private WorkspacesArbitraries() {}

  /**
   * Returns values of a generated structure type, valid by its schema.
   *
   * @throws IllegalArgumentException if {@code type} is not a generated structure
   */
  public static <T extends Structure> Arbitrary<T> valuesOf(Class<T> type) {
    return SchemaArbitraries.structures(schemaOf(type));
  }

  /** Returns values of a structure shape, valid by its schema. */
  public static <T> Arbitrary<T> valuesOf(StructureSchema<T, ?> schema) {
    return SchemaArbitraries.structures(schema);
  }

  /** Returns raw values of any shape (see {@link dev.workspaces.model.schema.MemberSchema}). */
  public static Arbitrary<?> rawValuesOf(Schema schema) {
    return SchemaArbitraries.raw(schema);
  }

  /** Returns values of a structure type that break exactly one constraint, with that violation. */
  public static <T extends Structure> Arbitrary<InvalidValue<T>> invalidValuesOf(Class<T> type) {
    return InvalidValues.of(schemaOf(type));
  }

  /** Returns valid WorkSpace ids ({@code ws-...}). */
  public static Arbitrary<String> workspaceIds() {
    return strings("WorkspaceId");
  }

  /** Returns valid directory ids ({@code d-...} or {@code wsd-...}). */
  public static Arbitrary<String> directoryIds() {
    return strings("DirectoryId");
  }

  /** Returns valid bundle ids ({@code wsb-...}). */
  public static Arbitrary<String> bundleIds() {
    return strings("BundleId");
  }

  /**
   * Returns simulated worlds: accounts and regions with directories and WorkSpaces in many states
   * and running modes, built through the engine. Its knobs ({@code workspacesPerScope},
   * {@code states}, {@code scopes}, ...) return narrower or larger worlds; see {@link WorldArbitrary}.
   */
  public static WorldArbitrary worlds() {
    return new WorldArbitrary();
  }

  /**
   * Returns chains of random requests and time advances over the engine; every step checks the
   * step invariants ({@link EngineInvariants#checkStep}). Add {@code withInvariant(EngineInvariants::check)}
   * to check the state invariants after every step too.
   */
  public static ActionChainArbitrary<State> actionChains() {
    return EngineActions.chains(0L);
  }

  /** Like {@link #actionChains()}, starting from {@code State.initial(seed)}. */
  public static ActionChainArbitrary<State> actionChains(long seed) {
    return EngineActions.chains(seed);
  }

  /** Runs {@code chain} with the state invariants checked after every step; returns the final state. */
  public static State runChecked(ActionChain<State> chain) {
    return chain.withInvariant("engine invariants", EngineInvariants::check).run();
  }

  @SuppressWarnings("unchecked")
  static <T> StructureSchema<T, ?> schemaOf(Class<T> type) {
    return (StructureSchema<T, ?>) findSchema(type).orElseThrow(
        () -> new IllegalArgumentException(type.getName() + " is not a generated WorkSpaces structure"));
  }

  static Optional<StructureSchema<?, ?>> findSchema(Class<?> type) {
    return WorkspacesSchema.shapes().values().stream()
        .filter(schema -> schema instanceof StructureSchema<?, ?> structure && structure.javaType().equals(type))
        .<StructureSchema<?, ?>>map(schema -> (StructureSchema<?, ?>) schema)
        .findFirst();
  }

  private static Arbitrary<String> strings(String shape) {
    return SchemaArbitraries.raw(WorkspacesSchema.shape(shape).orElseThrow()).map(String.class::cast);
  }
}
