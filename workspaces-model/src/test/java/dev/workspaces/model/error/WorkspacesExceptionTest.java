package dev.workspaces.model.error;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.workspaces.model.schema.StructureKind;
import dev.workspaces.model.schema.StructureSchema;
import java.lang.reflect.Modifier;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** One class per error code, which is both the error's value and the exception a caller catches. */
class WorkspacesExceptionTest {
  private static final ResourceNotFoundException NOT_FOUND =
      ResourceNotFoundException.builder().message("gone").resourceId("ws-abc123def").build();

  @Test
  void everyErrorCodeHasExactlyOneClassNamedAfterIt() {
    Set<Class<?>> classes = new HashSet<>();
    for (ErrorCode code : ErrorCode.values()) {
      StructureSchema<? extends WorkspacesException, ?> schema = code.schema();
      Class<? extends WorkspacesException> type = schema.javaType();
      assertEquals(code.code(), type.getSimpleName());
      assertEquals(code.code(), schema.name());
      assertEquals(StructureKind.ERROR, schema.kind());
      assertEquals(WorkspacesException.class, type.getSuperclass(), code.code());
      assertTrue(Modifier.isAbstract(type.getModifiers()), code.code());
      assertTrue(classes.add(type), code.code());
      WorkspacesException built = WorkspacesException.of(code, "refused");
      assertInstanceOf(type, built);
      assertEquals(code, built.errorCode());
      assertSame(schema, built.schema());
    }
    assertEquals(ErrorCode.values().length, classes.size());
  }

  @Test
  void theProtocolErrorsHaveAMessageButNoModelShape() {
    for (ErrorCode code : new ErrorCode[] {ErrorCode.UNKNOWN_OPERATION_EXCEPTION,
        ErrorCode.SERIALIZATION_EXCEPTION, ErrorCode.INTERNAL_FAILURE, ErrorCode.THROTTLING_EXCEPTION}) {
      assertFalse(code.isModeled(), code.code());
      assertEquals(Set.of("message"), code.schema().membersByWireName().keySet(), code.code());
    }
    assertTrue(ErrorCode.RESOURCE_NOT_FOUND_EXCEPTION.isModeled());
  }

  @Test
  void ofBuildsTheClassOfTheCodeWithTheMembersItHas() {
    WorkspacesException notFound = WorkspacesException.of(
        ErrorCode.RESOURCE_NOT_FOUND_EXCEPTION, "gone", Optional.of("ws-abc123def"));
    assertEquals(NOT_FOUND, notFound);
    assertEquals(InvalidResourceStateException.builder().message("busy").build(),
        WorkspacesException.of(ErrorCode.INVALID_RESOURCE_STATE_EXCEPTION, "busy", Optional.of("ws-abc123def")));
    assertEquals(ThrottlingException.builder().message("slow down").build(),
        WorkspacesException.of(ErrorCode.THROTTLING_EXCEPTION, "slow down"));
    assertEquals(ComputeNotCompatibleException.builder().build(),
        WorkspacesException.of(ErrorCode.COMPUTE_NOT_COMPATIBLE_EXCEPTION, "ignored"));
  }

  @Test
  void equalErrorsAreEqualValues() {
    ResourceNotFoundException same =
        ResourceNotFoundException.builder().message("gone").resourceId("ws-abc123def").build();
    assertEquals(NOT_FOUND, same);
    assertEquals(NOT_FOUND.hashCode(), same.hashCode());
    assertNotEquals(NOT_FOUND, NOT_FOUND.toBuilder().resourceId("ws-000000000").build());
    assertNotEquals(ResourceInUseException.builder().message("gone").resourceId("ws-abc123def").build(), NOT_FOUND);
    assertEquals("ResourceNotFoundException{message=gone, resourceId=ws-abc123def}", NOT_FOUND.toString());
  }

  @Test
  void theMessageIsTheMessageMember() {
    assertEquals("gone", NOT_FOUND.getMessage());
    assertEquals("gone", NOT_FOUND.getLocalizedMessage());
    assertEquals(Optional.of("gone"), NOT_FOUND.errorMessage());
    assertNull(ResourceNotFoundException.builder().build().getMessage());
    assertNull(ComputeNotCompatibleException.builder().build().getMessage());
    assertEquals(Optional.empty(), ComputeNotCompatibleException.builder().build().errorMessage());
  }

  @Test
  void aThrownErrorIsCaughtAsItsClassAndRecordsNoStackTrace() {
    ResourceNotFoundException caught = assertThrows(ResourceNotFoundException.class, () -> {
      throw NOT_FOUND;
    });
    assertSame(NOT_FOUND, caught);
    assertEquals(0, caught.getStackTrace().length);
    assertEquals(0, ResourceNotFoundException.builder().build().fillInStackTrace().getStackTrace().length);
  }

  @Test
  void anErrorCannotBeChangedThroughThrowable() {
    NOT_FOUND.addSuppressed(new IllegalStateException("other"));
    assertEquals(0, NOT_FOUND.getSuppressed().length);
    assertNull(NOT_FOUND.getCause());
    assertThrows(IllegalStateException.class, () -> NOT_FOUND.initCause(new IllegalStateException("cause")));
  }
}
