package dev.workspaces.engine.rule;

import com.google.common.base.Preconditions;
import dev.workspaces.model.Operation;
import dev.workspaces.model.error.ErrorCode;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * What every row of a precondition table states. Immutable.
 *
 * @param operations the operations the row governs (unmodifiable, in declaration order)
 * @param errorCode the error a request or item the row refuses gets
 * @param docDate the year and month of the documentation the row follows, {@code yyyy-MM}
 * @param rule the rule in our own words
 */
public record Precondition(Set<Operation> operations, ErrorCode errorCode, String docDate, String rule) {

  /**
   * Copies {@code operations} and checks that the row has a dated rule. A row governs no operation
   * only when it refuses a simulation hook (such as a user connecting), which is no API operation.
   */
  public Precondition {
    Preconditions.checkArgument(docDate.matches("\\d{4}-\\d{2}") && !rule.isBlank(),
        "a row needs a yyyy-MM date and a rule: %s", rule);
    EnumSet<Operation> copy = EnumSet.noneOf(Operation.class);
    copy.addAll(operations);
    operations = Collections.unmodifiableSet(copy);
  }
}
