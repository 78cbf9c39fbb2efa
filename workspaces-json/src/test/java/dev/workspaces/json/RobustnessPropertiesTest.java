package dev.workspaces.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.workspaces.model.Operation;
import dev.workspaces.model.Structure;
import dev.workspaces.model.error.ErrorCode;
import java.io.IOException;
import java.util.Arrays;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * No input bytes make a public method throw: random bytes, JSON-like noise, truncations and
 * corruptions of valid bodies all come back as a result, and never as an internal failure.
 */
class RobustnessPropertiesTest {

  @Property(tries = 1000)
  void randomBytesNeverThrow(@ForAll byte[] body, @ForAll Operation operation) {
    decodeEverywhere(operation, body);
  }

  @Property(tries = 2000)
  void jsonLikeNoiseNeverThrows(@ForAll("jsonNoise") String body, @ForAll Operation operation) {
    decodeEverywhere(operation, body.getBytes(UTF_8));
  }

  @Provide
  Arbitrary<String> jsonNoise() {
    Arbitrary<String> tokens = Arbitraries.of(
        "{", "}", "[", "]", ":", ",", "\"", "\\", "\\u00", "null", "true", "false", "0", "-1", "1.5e3",
        "1e999999999", "\"Tags\"", "\"Key\"", "\"Value\"", "\"Workspaces\"", "\"WorkspaceProperties\"",
        "\"RunningModeAutoStopTimeoutInMinutes\"", "\"ResourceId\"", "\"Logo\"", "\"LoginMessage\"",
        "\"__type\"", "\"message\"", "\"ResourceNotFoundException\"", " ", "\n", "ü", "\uD83D\uDE00");
    return tokens.list().ofMaxSize(40).map(list -> String.join("", list));
  }

  @Property(tries = 300)
  void everyTruncationOfAnEncodedValueIsASerializationFailure(@ForAll("anyStructure") Structure value,
      @ForAll @IntRange(min = 1, max = 10_000) int cut) {
    byte[] json = WorkspacesJson.encode(value);
    byte[] prefix = Arrays.copyOf(json, Math.min(cut, json.length - 1));
    DecodeResult<?> result = WorkspacesJson.decode(value.schema(), prefix);
    assertEquals(ErrorCode.SERIALIZATION_EXCEPTION, result.error().errorCode(), new String(prefix, UTF_8));
  }

  @Property(tries = 1000)
  void corruptedEncodedValuesNeverThrow(@ForAll("anyStructure") Structure value,
      @ForAll @IntRange(min = 0, max = 10_000) int position, @ForAll byte replacement) {
    byte[] json = WorkspacesJson.encode(value);
    json[position % json.length] = replacement;
    DecodeResult<?> result = WorkspacesJson.decode(value.schema(), json);
    if (!result.isSuccess()) {
      assertEquals(ErrorCode.SERIALIZATION_EXCEPTION, result.error().errorCode());
    }
  }

  @Provide
  Arbitrary<Structure> anyStructure() {
    return SchemaArbitraries.anyStructure();
  }

  @Example
  void everyPrefixOfEveryRecordedBodyIsHandled() throws IOException {
    for (WireGoldenTest.Recorded recorded : WireGoldenTest.javaSdkRequests()) {
      byte[] body = recorded.body().getBytes(UTF_8);
      for (int length = 1; length < body.length; length++) {
        byte[] prefix = Arrays.copyOf(body, length);
        DecodeResult<?> result = WorkspacesJson.decodeRequest(recorded.operation(), prefix);
        assertEquals(ErrorCode.SERIALIZATION_EXCEPTION, result.error().errorCode(), new String(prefix, UTF_8));
      }
    }
  }

  @Example
  void deeplyNestedUnknownMemberIsRefusedNotOverflowed() {
    String deep = "{\"x\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}";
    DecodeResult<?> result = WorkspacesJson.decodeRequest(Operation.DESCRIBE_TAGS, deep.getBytes(UTF_8));
    assertEquals(ErrorCode.SERIALIZATION_EXCEPTION, result.error().errorCode());
  }

  private static void decodeEverywhere(Operation operation, byte[] body) {
    assertNoInternalFailure(WorkspacesJson.decodeRequest(operation, body));
    assertNoInternalFailure(WorkspacesJson.decodeResponse(operation, body));
    assertNoInternalFailure(WorkspacesJson.decodeError(body));
  }

  private static void assertNoInternalFailure(DecodeResult<?> result) {
    if (!result.isSuccess()) {
      assertNotEquals(ErrorCode.INTERNAL_FAILURE, result.error().errorCode(), result.error().getMessage());
    }
  }
}
