package dev.workspaces.model.validation;

import org.jspecify.annotations.Nullable;

/**
 * One broken constraint: where it is, the offending raw value, and the constraint in the service's
 * words.
 *
 * @param path the member path, for example {@code rebootWorkspaceRequests.1.member.workspaceId}
 * @param value the raw value found there ({@code null} when missing)
 * @param constraint the constraint sentence, for example {@code Member must not be null}
 */
public record Violation(String path, @Nullable Object value, String constraint) {

  /**
   * Renders the violation as the service does:
   * {@code Value 'x' at 'path' failed to satisfy constraint: Member must ...}.
   */
  public String render() {
    return "Value " + ValueRendering.render(value) + " at '" + path
        + "' failed to satisfy constraint: " + constraint;
  }
}
