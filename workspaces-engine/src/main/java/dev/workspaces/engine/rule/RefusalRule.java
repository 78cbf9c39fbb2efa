package dev.workspaces.engine.rule;

import dev.workspaces.model.Operation;
import dev.workspaces.model.error.ErrorCode;
import java.util.Set;

/**
 * A row of a precondition table ({@link ImageRule}, {@link IpGroupRule}): the operations it governs,
 * the error a request it refuses gets, and the documented rule it follows.
 */
public interface RefusalRule {

  /** Returns the operations this row governs, in declaration order. */
  Set<Operation> operations();

  /** Returns the error a request refused by this row gets. */
  ErrorCode refusal();

  /** Returns the year and month of the documentation this row follows. */
  String docDate();

  /** Returns the rule in our own words. */
  String rule();
}
