package dev.workspaces.engine.op;

import com.google.common.collect.ImmutableMap;
import dev.workspaces.model.Operation;
import dev.workspaces.model.WorkspacesRequest;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The table of operations the engine simulates, each mapped to its handler. An operation missing
 * here is answered with OperationNotSupportedException by the engine.
 */
public final class Handlers {
  private static final ImmutableMap<Operation, Handler<WorkspacesRequest>> HANDLERS = build();

  private Handlers() {}

  /** Returns the handler of {@code operation}, if the engine simulates it. */
  public static Optional<Handler<WorkspacesRequest>> find(Operation operation) {
    return Optional.ofNullable(HANDLERS.get(operation));
  }

  /** Returns the operations the engine simulates, in declaration order. */
  public static java.util.Set<Operation> simulated() {
    return HANDLERS.keySet();
  }

  private static ImmutableMap<Operation, Handler<WorkspacesRequest>> build() {
    Map<Operation, Handler<WorkspacesRequest>> table = new EnumMap<>(Operation.class);
    WorkspaceHandlers.register(new Registrar(table));
    DirectoryHandlers.register(new Registrar(table));
    ImageHandlers.register(new Registrar(table));
    IpGroupHandlers.register(new Registrar(table));
    return ImmutableMap.copyOf(table);
  }

  /** Collects typed handlers into the table; each operation is registered once. */
  static final class Registrar {
    private final Map<Operation, Handler<WorkspacesRequest>> table;

    Registrar(Map<Operation, Handler<WorkspacesRequest>> table) {
      this.table = table;
    }

    <R extends WorkspacesRequest> void add(Operation operation, Class<R> type, Handler<R> handler) {
      com.google.common.base.Preconditions.checkArgument(
          operation.inputSchema().javaType().equals(type), "%s does not take %s", operation, type);
      Handler<WorkspacesRequest> erased =
          (state, scope, request) -> handler.handle(state, scope, type.cast(request));
      com.google.common.base.Preconditions.checkState(table.put(operation, erased) == null,
          "%s registered twice", operation);
    }
  }
}
