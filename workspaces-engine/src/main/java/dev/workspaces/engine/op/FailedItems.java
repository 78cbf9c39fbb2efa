package dev.workspaces.engine.op;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.workspaces.engine.Outcome;
import dev.workspaces.engine.State;
import dev.workspaces.engine.rule.RefusalRule;
import dev.workspaces.model.WorkspacesResponse;
import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;

/**
 * The items a batch call refused so far, in request order: each as its {@code FailedRequests} entry
 * and as the row that refused it, so the outcome names the rows ({@link Outcome#itemRefusals()}).
 *
 * @param <F> the type of a {@code FailedRequests} entry
 */
@API(status = INTERNAL)
public final class FailedItems<F> {
  private final List<F> entries = new ArrayList<>();
  private final List<RefusalRule> rows = new ArrayList<>();

  /** Records one refused item: {@code entry} reports {@code refusal} in {@code FailedRequests}. */
  public void add(RuleRefusal refusal, F entry) {
    entries.add(entry);
    rows.add(refusal.row());
  }

  /** Returns the entries so far, in request order. */
  public List<F> entries() {
    return entries;
  }

  /** Returns the successful outcome with {@code response}, naming the row of each refused item. */
  public Outcome outcome(State state, WorkspacesResponse response) {
    return Outcome.success(state, response, rows);
  }
}
