package dev.workspaces.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.workspaces.model.WorkspaceConnectionStatus;
import dev.workspaces.model.error.SerializationException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The timestamp cases of docs/wire.md section 5, plus the edges of the range. */
class TimestampFormatTest {

  @ParameterizedTest(name = "{0} reads as {1}")
  @CsvSource(delimiter = '|', value = {
      "1700000000.123          | 2023-11-14T22:13:20.123Z",
      "1700000000              | 2023-11-14T22:13:20Z",
      "1.700000000123E9        | 2023-11-14T22:13:20.123Z",
      "1.700000000123e+9       | 2023-11-14T22:13:20.123Z",
      "1700000000.123456789    | 2023-11-14T22:13:20.123Z",
      "\"1700000000.123\"      | 2023-11-14T22:13:20.123Z",
      "\"1700000000\"          | 2023-11-14T22:13:20Z",
      "1700000000.25           | 2023-11-14T22:13:20.250Z",
      "-1.5                    | 1969-12-31T23:59:58.500Z",
      "0                       | 1970-01-01T00:00:00Z",
      "-0.0                    | 1970-01-01T00:00:00Z",
      "1e-999999999            | 1970-01-01T00:00:00Z",
      "-1e-999999999           | 1969-12-31T23:59:59.999Z",
      "-0.0005                 | 1969-12-31T23:59:59.999Z",
  })
  void numbersAndNumericStringsAreRead(String json, String expected) {
    assertEquals(Instant.parse(expected), decode(json));
  }

  @ParameterizedTest(name = "{0} is refused")
  @CsvSource(delimiter = '|', value = {
      "\"2023-11-14T22:13:20.123Z\" | Expected a timestamp (epoch seconds) at 'ConnectionStateCheckTimestamp', found the string \"2023-11-14T22:13:20.123Z\", which is not a number",
      "\"2023-11-14T22:13:20Z\"     | Expected a timestamp (epoch seconds) at 'ConnectionStateCheckTimestamp', found the string \"2023-11-14T22:13:20Z\", which is not a number",
      "\"\"                         | Expected a timestamp (epoch seconds) at 'ConnectionStateCheckTimestamp', found the string \"\", which is not a number",
      "true                         | Expected a timestamp (epoch seconds) at 'ConnectionStateCheckTimestamp', found a boolean",
      "[]                           | Expected a timestamp (epoch seconds) at 'ConnectionStateCheckTimestamp', found a list",
      "1e999999999                  | Timestamp at 'ConnectionStateCheckTimestamp' is out of range: 1e999999999",
      "\"-1e20\"                    | Timestamp at 'ConnectionStateCheckTimestamp' is out of range: -1e20",
  })
  void otherFormsAreRefused(String json, String message) {
    byte[] body = ("{\"ConnectionStateCheckTimestamp\":" + json + "}").getBytes(UTF_8);
    assertEquals(DecodeResult.failure(SerializationException.builder().message(message).build()),
        WorkspacesJson.decode(WorkspaceConnectionStatus.SCHEMA, body));
  }

  @ParameterizedTest(name = "{0} is written as {1}")
  @CsvSource(delimiter = '|', value = {
      "2023-11-14T22:13:20.123Z            | 1700000000.123",
      "2023-11-14T22:13:20Z                | 1700000000",
      "2023-11-14T22:13:20.120Z            | 1700000000.12",
      "2023-11-14T22:13:20.100Z            | 1700000000.1",
      "2023-11-14T22:13:20.123456789Z      | 1700000000.123",
      "2023-11-14T22:13:20.000999Z         | 1700000000",
      "1969-12-31T23:59:58.500Z            | -1.5",
      "1969-12-31T23:59:59.999Z            | -0.001",
      "1969-12-31T23:59:59.9995Z           | -0.001",
      "1970-01-01T00:00:00Z                | 0",
      "1970-01-01T00:00:00.001Z            | 0.001",
  })
  void instantsAreWrittenAsEpochSecondsWithAtMostThreeDecimals(String instant, String json) {
    assertEquals(json, TimestampFormat.format(Instant.parse(instant)));
    String body = WorkspacesJson.encodeToString(
        WorkspaceConnectionStatus.builder().connectionStateCheckTimestamp(Instant.parse(instant)).build());
    assertEquals("{\"ConnectionStateCheckTimestamp\":" + json + "}", body);
  }

  @Test
  void theWholeInstantRangeSurvivesAtMillisecondPrecision() {
    for (Instant instant : new Instant[] {Instant.MIN, Instant.MAX.truncatedTo(ChronoUnit.MILLIS),
        Instant.ofEpochMilli(Long.MIN_VALUE), Instant.ofEpochMilli(Long.MAX_VALUE)}) {
      assertEquals(Optional.of(instant),
          TimestampFormat.fromEpochSeconds(new BigDecimal(TimestampFormat.format(instant))), instant.toString());
    }
    assertEquals(Optional.empty(), TimestampFormat.fromEpochSeconds(
        BigDecimal.valueOf(Instant.MAX.getEpochSecond()).add(BigDecimal.ONE)));
    assertEquals(Optional.empty(), TimestampFormat.fromEpochSeconds(
        BigDecimal.valueOf(Instant.MIN.getEpochSecond()).subtract(new BigDecimal("0.001"))));
  }

  @Test
  void decodedTimestampsAreNotFinerThanAMillisecond() {
    assertEquals(Instant.parse("2023-11-14T22:13:20.999Z"), decode("1700000000.999999999"));
  }

  private static Instant decode(String json) {
    byte[] body = ("{\"WorkspaceId\":\"ws-abc123def\",\"ConnectionStateCheckTimestamp\":" + json + "}").getBytes(UTF_8);
    WorkspaceConnectionStatus status = WorkspacesJson.decode(WorkspaceConnectionStatus.SCHEMA, body).value();
    return status.connectionStateCheckTimestamp().orElseThrow();
  }
}
