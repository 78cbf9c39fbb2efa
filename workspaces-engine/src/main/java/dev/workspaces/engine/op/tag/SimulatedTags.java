package dev.workspaces.engine.op.tag;

import static org.apiguardian.api.API.Status.INTERNAL;

import com.google.common.collect.Sets;
import dev.workspaces.engine.Outcome;
import dev.workspaces.engine.op.Call;
import dev.workspaces.model.Operation;
import dev.workspaces.model.WorkspacesOperations;
import dev.workspaces.model.request.CreateTagsRequest;
import dev.workspaces.model.request.DeleteTagsRequest;
import dev.workspaces.model.request.DescribeTagsRequest;
import java.util.Set;
import org.apiguardian.api.API;

/** The tag operations, on every taggable resource of the caller's scope. */
@API(status = INTERNAL)
public interface SimulatedTags extends WorkspacesOperations<Call, Outcome> {

  /** Returns the operations this interface overrides. */
  static Set<Operation> operations() {
    return Sets.immutableEnumSet(
        Operation.CREATE_TAGS,
        Operation.DELETE_TAGS,
        Operation.DESCRIBE_TAGS);
  }

  @Override
  default Outcome createTags(Call call, CreateTagsRequest request) {
    return call.run(new CreateTagsHandler(), request);
  }

  @Override
  default Outcome deleteTags(Call call, DeleteTagsRequest request) {
    return call.run(new DeleteTagsHandler(), request);
  }

  @Override
  default Outcome describeTags(Call call, DescribeTagsRequest request) {
    return call.run(new DescribeTagsHandler(), request);
  }
}
