package dev.workspaces.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.workspaces.engine.Engine;
import dev.workspaces.engine.Scope;
import dev.workspaces.engine.ServiceError;
import dev.workspaces.engine.State;
import dev.workspaces.model.Operation;
import dev.workspaces.model.WorkspacesRequest;
import dev.workspaces.model.error.ErrorCode;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.GenerationMode;
import net.jqwik.api.Property;

/**
 * {@link Engine#simulatedOperations()} names exactly the operations the engine answers: a listed
 * operation answers some valid request with something other than OperationNotSupportedException
 * (a simulated operation may still refuse a case it does not model with that error), and every
 * other operation answers every valid request with it.
 */
class SimulatedOperationsTest {
  private static final int REQUESTS_PER_OPERATION = 20;

  @Property(generation = GenerationMode.EXHAUSTIVE)
  void onlyTheListedOperationsAnswerOtherwiseThanNotSupported(@ForAll Operation operation) {
    List<Optional<ServiceError>> errors = WorkspacesArbitraries.valuesOf(operation.inputSchema())
        .map(WorkspacesRequest.class::cast)
        .sampleStream().limit(REQUESTS_PER_OPERATION)
        .map(request -> Engine.apply(State.initial(1), Scope.DEFAULT, request).error())
        .toList();
    boolean answered = errors.stream().anyMatch(error -> !notSupported(error));
    if (Engine.simulatedOperations().contains(operation)) {
      assertTrue(answered, () -> operation + " is listed as simulated but answered " + errors);
    } else {
      assertTrue(!answered, () -> operation + " is not listed as simulated but answered " + errors);
    }
  }

  private static boolean notSupported(Optional<ServiceError> error) {
    return error.map(ServiceError::code).equals(Optional.of(ErrorCode.OPERATION_NOT_SUPPORTED_EXCEPTION));
  }
}
