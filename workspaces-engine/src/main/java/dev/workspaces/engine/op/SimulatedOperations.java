package dev.workspaces.engine.op;

import static org.apiguardian.api.API.Status.INTERNAL;

import com.google.common.collect.Iterables;
import com.google.common.collect.Sets;
import dev.workspaces.engine.Outcome;
import dev.workspaces.engine.ServiceError;
import dev.workspaces.engine.op.alias.SimulatedConnectionAliases;
import dev.workspaces.engine.op.bundle.SimulatedBundles;
import dev.workspaces.engine.op.directory.SimulatedDirectories;
import dev.workspaces.engine.op.image.SimulatedImages;
import dev.workspaces.engine.op.ipgroup.SimulatedIpGroups;
import dev.workspaces.engine.op.link.SimulatedAccountLinks;
import dev.workspaces.engine.op.tag.SimulatedTags;
import dev.workspaces.engine.op.workspace.SimulatedWorkspaces;
import dev.workspaces.engine.rule.EngineRule;
import dev.workspaces.model.Operation;
import dev.workspaces.model.WorkspacesRequest;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * The engine's answer to every operation: each API area's interface overrides the operations it
 * simulates, and every other operation is refused with OperationNotSupportedException.
 *
 * <p>{@link #operations()} must name exactly the overridden operations; a test in the testing kit
 * applies a valid request of every operation to check that it does.
 */
@API(status = INTERNAL)
public final class SimulatedOperations
    implements SimulatedWorkspaces, SimulatedTags, SimulatedDirectories, SimulatedBundles, SimulatedImages,
        SimulatedIpGroups, SimulatedConnectionAliases, SimulatedAccountLinks {

  /** The only instance; it holds no state. */
  public static final SimulatedOperations INSTANCE = new SimulatedOperations();

  private static final Set<Operation> OPERATIONS = Sets.immutableEnumSet(Iterables.concat(
      SimulatedWorkspaces.operations(),
      SimulatedTags.operations(),
      SimulatedDirectories.operations(),
      SimulatedBundles.operations(),
      SimulatedImages.operations(),
      SimulatedIpGroups.operations(),
      SimulatedConnectionAliases.operations(),
      SimulatedAccountLinks.operations()));

  private SimulatedOperations() {}

  /** Returns the operations the engine simulates, in declaration order. */
  public static Set<Operation> operations() {
    return OPERATIONS;
  }

  @Override
  public Outcome notSimulated(Call call, WorkspacesRequest request) {
    return Outcome.failure(call.state(), ServiceError.of(EngineRule.OPERATION_SIMULATED,
        request.operation().operationName() + " is not simulated by this engine."));
  }
}
