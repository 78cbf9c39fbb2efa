package dev.workspaces.engine.rule;

import dev.workspaces.model.error.ErrorCode;

/** A row of a precondition table: the error a request it refuses gets. */
public interface RefusalRule {

  /** Returns the error a request refused by this row gets. */
  ErrorCode refusal();
}
