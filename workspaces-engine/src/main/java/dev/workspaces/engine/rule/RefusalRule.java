package dev.workspaces.engine.rule;

import dev.workspaces.model.Operation;
import dev.workspaces.model.error.ErrorCode;
import java.util.Map;
import java.util.Set;

/**
 * A row of a precondition table: every refusal the engine gives, of a whole request or of one item
 * in {@code FailedRequests}, names the row that makes it. A row states the operations it governs, the
 * error code a refused request or item gets, and the documented rule it follows with the date of that
 * documentation; {@link PreconditionTable} lists every table.
 */
public interface RefusalRule {

  /** Returns the row's name, unique within its table. */
  String name();

  /** Returns the table the row belongs to. */
  default PreconditionTable table() {
    return PreconditionTable.of(this);
  }

  /** Returns the row's operations, error code, documentation date and rule. */
  Precondition precondition();

  /** Returns the operations this row governs, in declaration order. */
  default Set<Operation> operations() {
    return precondition().operations();
  }

  /** Returns the error code a request or item refused by this row gets. */
  default ErrorCode errorCode() {
    return precondition().errorCode();
  }

  /**
   * Returns the code a {@code FailedRequests} item refused by this row carries: the service's own
   * dotted code where public sources show one (for example {@code ResourceNotFound.Directory}),
   * else the name of {@link #errorCode()}.
   */
  default String itemErrorCode() {
    return errorCode().code();
  }

  /** Returns the year and month of the documentation this row follows (of when we chose it, for our choices). */
  default String docDate() {
    return precondition().docDate();
  }

  /** Returns the rule in our own words. */
  default String rule() {
    return precondition().rule();
  }

  /**
   * Returns the row's own columns beyond the common ones (for example the states a WorkSpace action
   * is accepted from), named in the order {@code docs/preconditions.md} shows them; empty by default.
   * Every row of a table names the same columns.
   */
  default Map<String, String> details() {
    return Map.of();
  }

  /** Returns the table's type and the row's name, for example {@code TagRule.TAG_LIMIT}. */
  default String qualifiedName() {
    return table().typeName() + "." + name();
  }
}
