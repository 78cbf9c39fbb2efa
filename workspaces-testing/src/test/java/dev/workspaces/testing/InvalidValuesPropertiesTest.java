package dev.workspaces.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.workspaces.engine.Engine;
import dev.workspaces.engine.Outcome;
import dev.workspaces.engine.Scope;
import dev.workspaces.engine.State;
import dev.workspaces.model.error.ErrorCode;
import dev.workspaces.model.request.CreateWorkspacesRequest;
import dev.workspaces.model.request.DescribeWorkspacesRequest;
import dev.workspaces.model.request.ModifyWorkspacePropertiesRequest;
import dev.workspaces.model.request.RebootWorkspacesRequest;
import dev.workspaces.model.validation.Validation;
import dev.workspaces.model.validation.Violation;
import dev.workspaces.model.WorkspacesRequest;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Invalid values break exactly one constraint, and the engine answers them with ValidationException. */
class InvalidValuesPropertiesTest {

  @Provide
  Arbitrary<InvalidValue<? extends WorkspacesRequest>> invalidRequests() {
    return Arbitraries.oneOf(List.of(
        WorkspacesArbitraries.invalidValuesOf(CreateWorkspacesRequest.class).map(v -> v),
        WorkspacesArbitraries.invalidValuesOf(DescribeWorkspacesRequest.class).map(v -> v),
        WorkspacesArbitraries.invalidValuesOf(RebootWorkspacesRequest.class).map(v -> v),
        WorkspacesArbitraries.invalidValuesOf(ModifyWorkspacePropertiesRequest.class).map(v -> v)));
  }

  @Property(tries = 300)
  void eachInvalidValueBreaksExactlyTheNamedConstraint(
      @ForAll("invalidRequests") InvalidValue<? extends WorkspacesRequest> invalid) {
    List<Violation> violations = Validation.validate(invalid.value()).violations();
    assertEquals(1, violations.size(), violations::toString);
    assertEquals(invalid.path(), violations.get(0).path());
    assertEquals(invalid.constraint(), violations.get(0).constraint());
  }

  @Property(tries = 200)
  void theEngineRefusesThemWithValidationExceptionAndChangesNothing(
      @ForAll("invalidRequests") InvalidValue<? extends WorkspacesRequest> invalid) {
    State state = State.initial(1);
    Outcome outcome = Engine.apply(state, Scope.DEFAULT, invalid.value());
    assertEquals(ErrorCode.VALIDATION_EXCEPTION, outcome.error().orElseThrow().code());
    assertTrue(outcome.error().orElseThrow().message().startsWith("1 validation error detected: "));
    assertTrue(outcome.error().orElseThrow().message().contains("at '" + invalid.path() + "'"));
    assertEquals(state, outcome.state());
  }
}
