package dev.workspaces.testing;

/**
 * A value that breaks exactly one constraint of its shape, and the violation the service reports
 * for it (as {@link dev.workspaces.model.validation.Violation#path()} and {@code constraint()}).
 *
 * @param value the invalid value
 * @param path the member path of the broken constraint
 * @param constraint the constraint sentence, for example {@code Member must not be null}
 * @param <T> the value type
 */
public record InvalidValue<T>(T value, String path, String constraint) {
  @Override
  public String toString() {
    return path + " breaks '" + constraint + "' in " + value;
  }
}
