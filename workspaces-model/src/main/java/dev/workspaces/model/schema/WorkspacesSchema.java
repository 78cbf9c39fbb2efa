package dev.workspaces.model.schema;

import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableSortedMap;
import dev.workspaces.model.Operation;
import dev.workspaces.model.error.ErrorCode;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * The whole service model as schemas: every shape reachable from an operation or an error code.
 *
 * <h2>Guarantees</h2>
 * Shapes are keyed and iterated by name in sorted order; the map is built once and is immutable.
 */
public final class WorkspacesSchema {
  /** The API version this schema describes. */
  public static final String API_VERSION = "2015-04-08";

  /** The JSON protocol's target prefix: {@code X-Amz-Target: WorkspacesService.<Operation>}. */
  public static final String TARGET_PREFIX = "WorkspacesService";

  private static final Supplier<ImmutableSortedMap<String, Schema>> SHAPES =
      Suppliers.memoize(WorkspacesSchema::collect);

  private WorkspacesSchema() {}

  /** Returns every shape of the model, keyed by shape name. */
  public static ImmutableSortedMap<String, Schema> shapes() {
    return SHAPES.get();
  }

  /** Returns the shape with the given name, if the model has one. */
  public static Optional<Schema> shape(String name) {
    return Optional.ofNullable(shapes().get(name));
  }

  private static ImmutableSortedMap<String, Schema> collect() {
    Deque<Schema> pending = new ArrayDeque<>();
    for (Operation operation : Operation.values()) {
      pending.add(operation.inputSchema());
      pending.add(operation.outputSchema());
    }
    for (ErrorCode code : ErrorCode.values()) {
      if (code.isModeled()) {
        pending.add(code.schema());
      }
    }
    TreeMap<String, Schema> found = new TreeMap<>();
    while (!pending.isEmpty()) {
      Schema schema = pending.pop();
      if (found.putIfAbsent(schema.name(), schema) == null) {
        pushReferences(schema, pending);
      }
    }
    return ImmutableSortedMap.copyOfSorted(found);
  }

  private static void pushReferences(Schema schema, Deque<Schema> pending) {
    if (schema instanceof StructureSchema<?, ?> structure) {
      structure.members().forEach(member -> pending.add(member.target()));
    } else if (schema instanceof ListSchema list) {
      pending.add(list.member());
    } else if (schema instanceof MapSchema map) {
      pending.add(map.key());
      pending.add(map.value());
    }
  }
}
