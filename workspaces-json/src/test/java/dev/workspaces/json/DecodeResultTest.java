package dev.workspaces.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.workspaces.model.error.SerializationException;
import dev.workspaces.model.error.WorkspacesException;
import org.junit.jupiter.api.Test;

/** The small result type: exactly one side is available. */
class DecodeResultTest {
  private static final WorkspacesException ERROR = SerializationException.builder().message("bad").build();

  @Test
  void successHoldsOnlyAValue() {
    DecodeResult<String> result = DecodeResult.success("v");
    assertTrue(result.isSuccess());
    assertEquals("v", result.value());
    assertThrows(IllegalStateException.class, result::error);
    assertEquals(DecodeResult.success(1), result.map(String::length));
  }

  @Test
  void failureHoldsOnlyAnError() {
    DecodeResult<String> result = DecodeResult.failure(ERROR);
    assertFalse(result.isSuccess());
    assertEquals(ERROR, result.error());
    assertThrows(IllegalStateException.class, result::value);
    assertEquals(DecodeResult.failure(ERROR), result.map(String::length));
    assertEquals(DecodeResult.failure(ERROR), result.flatMap(v -> DecodeResult.success(v.length())));
  }

  @Test
  void nullsAreRefused() {
    assertThrows(NullPointerException.class, () -> DecodeResult.success(null));
    assertThrows(NullPointerException.class, () -> DecodeResult.failure(null));
  }
}
