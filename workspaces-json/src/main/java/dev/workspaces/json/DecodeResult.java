package dev.workspaces.json;

import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;

import dev.workspaces.model.error.WorkspacesException;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of decoding a body: either the decoded value or the error explaining why there is
 * none, as the {@link WorkspacesException} a service answers with.
 *
 * <h2>Errors produced by the codec</h2>
 * <ul>
 *   <li>{@code SerializationException}: the bytes are not JSON of the expected shape; the message
 *       names the member path where reading stopped.
 *   <li>{@code ValidationException}: the JSON was read but breaks a constraint of the model; the
 *       message is exactly {@code ValidationResult.message()}.
 *   <li>{@code InternalFailure}: a defect of this codec was hit; never expected.
 * </ul>
 *
 * <h2>Guarantees</h2>
 * Immutable (as immutable as the value it holds); exactly one of {@link #value()} and
 * {@link #error()} is available, as told by {@link #isSuccess()}; equality is by content.
 *
 * @param <T> the type of the decoded value
 */
public final class DecodeResult<T> {
  private final @Nullable T value;
  private final @Nullable WorkspacesException error;

  private DecodeResult(@Nullable T value, @Nullable WorkspacesException error) {
    this.value = value;
    this.error = error;
  }

  /** Returns a successful result holding {@code value}. */
  public static <T> DecodeResult<T> success(T value) {
    return new DecodeResult<>(checkNotNull(value, "value"), null);
  }

  /** Returns a failed result holding {@code error}. */
  public static <T> DecodeResult<T> failure(WorkspacesException error) {
    return new DecodeResult<>(null, checkNotNull(error, "error"));
  }

  /** Returns whether this result holds a value. */
  public boolean isSuccess() {
    return error == null;
  }

  /**
   * Returns the decoded value.
   *
   * @throws IllegalStateException if this result is a failure
   */
  public T value() {
    checkState(error == null, "no value, decoding failed: %s", error);
    return value;
  }

  /**
   * Returns why decoding failed.
   *
   * @throws IllegalStateException if this result is a success
   */
  public WorkspacesException error() {
    checkState(error != null, "no error, decoding succeeded");
    return error;
  }

  /** Returns a result holding {@code function} applied to the value, or this failure unchanged. */
  public <U> DecodeResult<U> map(Function<? super T, ? extends U> function) {
    return error == null ? success(function.apply(value)) : failure(error);
  }

  /** Returns {@code function} applied to the value, or this failure unchanged. */
  public <U> DecodeResult<U> flatMap(Function<? super T, DecodeResult<U>> function) {
    return error == null ? checkNotNull(function.apply(value)) : failure(error);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof DecodeResult<?> that
        && Objects.equals(value, that.value)
        && Objects.equals(error, that.error);
  }

  @Override
  public int hashCode() {
    return Objects.hash(value, error);
  }

  @Override
  public String toString() {
    return error == null ? "DecodeResult.success(" + value + ")" : "DecodeResult.failure(" + error + ")";
  }
}
