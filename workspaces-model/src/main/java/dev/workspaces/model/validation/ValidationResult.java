package dev.workspaces.model.validation;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Every constraint a value breaks, in the order the service reports them (members in model order,
 * depth first).
 *
 * @param violations the broken constraints; empty when the value is valid
 */
public record ValidationResult(ImmutableList<Violation> violations) {

  /** Returns a result holding a copy of {@code violations}. */
  public static ValidationResult of(List<Violation> violations) {
    return new ValidationResult(ImmutableList.copyOf(violations));
  }

  /** Returns whether no constraint is broken. */
  public boolean isValid() {
    return violations.isEmpty();
  }

  /**
   * Renders the violations as a ValidationException message, for example
   * {@code 2 validation errors detected: Value ...; Value ...}; empty when valid.
   */
  public String message() {
    if (violations.isEmpty()) {
      return "";
    }
    int count = violations.size();
    return count + (count == 1 ? " validation error detected: " : " validation errors detected: ")
        + violations.stream().map(Violation::render).collect(Collectors.joining("; "));
  }
}
