package dev.workspaces.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.workspaces.model.Operation;
import dev.workspaces.model.WorkspacesRequest;
import dev.workspaces.model.error.ErrorCode;
import dev.workspaces.model.error.SerializationException;
import dev.workspaces.model.request.DeleteTagsRequest;
import org.junit.jupiter.api.Test;

/** Each way a request body can fail to be JSON of its shape gives SerializationException naming where. */
class SerializationErrorTest {
  private static final String AUTO_STOP = "Workspaces.1.WorkspaceProperties.RunningModeAutoStopTimeoutInMinutes";

  @Test
  void stringWhereIntegerIsExpectedNamesTheMemberPath() {
    assertRefused(Operation.CREATE_WORKSPACES, createWorkspaces("\"60\""),
        "Expected an integer at '" + AUTO_STOP + "', found a string");
  }

  @Test
  void numberWithFractionWhereIntegerIsExpectedIsRefused() {
    assertRefused(Operation.CREATE_WORKSPACES, createWorkspaces("60.5"),
        "Expected an integer at '" + AUTO_STOP + "', found a number with a fraction or exponent");
    assertRefused(Operation.CREATE_WORKSPACES, createWorkspaces("60.0"),
        "Expected an integer at '" + AUTO_STOP + "', found a number with a fraction or exponent");
    assertRefused(Operation.CREATE_WORKSPACES, createWorkspaces("6e1"),
        "Expected an integer at '" + AUTO_STOP + "', found a number with a fraction or exponent");
  }

  @Test
  void integerBeyond32BitsIsRefused() {
    assertRefused(Operation.CREATE_WORKSPACES, createWorkspaces("2147483648"),
        "Expected a 32-bit integer at '" + AUTO_STOP + "', found 2147483648, which is out of range");
    assertRefused(Operation.CREATE_WORKSPACES, createWorkspaces("-2147483649"),
        "Expected a 32-bit integer at '" + AUTO_STOP + "', found -2147483649, which is out of range");
    assertRefused(Operation.CREATE_WORKSPACES, createWorkspaces("1" + "0".repeat(60)),
        "Expected a 32-bit integer at '" + AUTO_STOP + "', found 1000000000000000000000000000000000000000..., which is out of range");
  }

  @Test
  void integerAtThe32BitLimitsIsAccepted() {
    assertTrue(WorkspacesJson.decode(Operation.CREATE_WORKSPACES.inputSchema(),
        createWorkspaces("2147483647").getBytes(UTF_8)).isSuccess());
    assertTrue(WorkspacesJson.decode(Operation.CREATE_WORKSPACES.inputSchema(),
        createWorkspaces("-2147483648").getBytes(UTF_8)).isSuccess());
  }

  @Test
  void objectWhereListIsExpectedIsRefused() {
    assertRefused(Operation.CREATE_WORKSPACES, "{\"Workspaces\":{}}", "Expected a list at 'Workspaces', found an object");
  }

  @Test
  void listWhereStructureIsExpectedIsRefused() {
    assertRefused(Operation.CREATE_WORKSPACES, "{\"Workspaces\":[[]]}", "Expected an object at 'Workspaces.1', found a list");
  }

  @Test
  void booleanAndStringMixUpsAreRefused() {
    assertRefused(Operation.CREATE_WORKSPACES, "{\"Workspaces\":[{\"UserVolumeEncryptionEnabled\":\"true\"}]}",
        "Expected a boolean at 'Workspaces.1.UserVolumeEncryptionEnabled', found a string");
    assertRefused(Operation.DESCRIBE_TAGS, "{\"ResourceId\":true}", "Expected a string at 'ResourceId', found a boolean");
    assertRefused(Operation.DESCRIBE_TAGS, "{\"ResourceId\":12}", "Expected a string at 'ResourceId', found an integer");
  }

  @Test
  void invalidBase64IsRefused() {
    assertRefused(Operation.IMPORT_CLIENT_BRANDING,
        "{\"ResourceId\":\"wsd-12345678\",\"DeviceTypeIos\":{\"Logo\":\"not base64!\"}}",
        "Expected base64 at 'DeviceTypeIos.Logo', found invalid base64");
    for (String invalid : new String[] {"AAECA", "_w==", "AA==AA==", "AAEC\\n/w=="}) {
      assertRefused(Operation.IMPORT_CLIENT_BRANDING,
          "{\"ResourceId\":\"wsd-12345678\",\"DeviceTypeIos\":{\"Logo\":\"" + invalid + "\"}}",
          "Expected base64 at 'DeviceTypeIos.Logo', found invalid base64");
    }
  }

  @Test
  void base64WithoutPaddingIsAcceptedAsJavaSdkDoes() {
    DecodeResult<WorkspacesRequest> result = WorkspacesJson.decodeRequest(Operation.IMPORT_CLIENT_BRANDING,
        "{\"ResourceId\":\"wsd-12345678\",\"DeviceTypeIos\":{\"Logo\":\"AAE\"}}".getBytes(UTF_8));
    assertTrue(result.isSuccess(), result::toString);
  }

  @Test
  void nullElementInsideListIsRefused() {
    assertRefused(Operation.DELETE_TAGS, "{\"ResourceId\":\"ws-abc123def\",\"TagKeys\":[\"env\",null]}",
        "Expected a string at 'TagKeys.2', found null");
    assertRefused(Operation.CREATE_WORKSPACES, "{\"Workspaces\":[null]}",
        "Expected an object at 'Workspaces.1', found null");
  }

  @Test
  void nullMapValueIsRefused() {
    assertRefused(Operation.IMPORT_CLIENT_BRANDING,
        "{\"ResourceId\":\"wsd-12345678\",\"DeviceTypeIos\":{\"LoginMessage\":{\"en_US\":\"hi\",\"de_DE\":null}}}",
        "Expected a string at 'DeviceTypeIos.LoginMessage.de_DE', found null");
  }

  @Test
  void topLevelThatIsNotAnObjectIsRefused() {
    assertRefused(Operation.DESCRIBE_TAGS, "[]", "Expected a JSON object at the top level, found a list");
    assertRefused(Operation.DESCRIBE_TAGS, "\"{}\"", "Expected a JSON object at the top level, found a string");
    assertRefused(Operation.DESCRIBE_TAGS, "42", "Expected a JSON object at the top level, found an integer");
    assertRefused(Operation.DESCRIBE_TAGS, "null", "Expected a JSON object at the top level, found null");
    assertRefused(Operation.DESCRIBE_TAGS, " \n", "Expected a JSON object at the top level, found the end of the body");
  }

  @Test
  void trailingContentAfterTheObjectIsRefused() {
    assertRefused(Operation.DESCRIBE_TAGS, "{}{}",
        "Unexpected content after the top-level object: found an object (line 1, column 3)");
    assertRefused(Operation.DESCRIBE_TAGS, "{} x",
        "Malformed JSON at the top level (line 1, column 5): Unrecognized token 'x': was expecting "
            + "(JSON String, Number, Array, Object or token 'null', 'true' or 'false')");
  }

  @Test
  void truncatedBodyIsRefused() {
    assertRefused(Operation.DELETE_TAGS, "{\"ResourceId\":\"ws-abc123def\",\"TagKeys\":[\"env\"",
        "Malformed JSON at 'TagKeys' (line 1, column 46): Unexpected end-of-input: expected close marker "
            + "for Array (start marker at line 1, column 40)");
    assertRefused(Operation.DELETE_TAGS, "{\"ResourceId\":\"ws-abc",
        "Malformed JSON at 'ResourceId' (line 1, column 22): Unexpected end-of-input: was expecting "
            + "closing quote for a string value");
  }

  @Test
  void invalidUtf8IsRefusedWithItsOffset() {
    byte[] overlong = {'{', '"', 'a', '"', ':', '"', (byte) 0xC0, (byte) 0xAF, '"', '}'};
    byte[] strayContinuation = {'{', (byte) 0x80, '}'};
    byte[] encodedSurrogate = {'{', '"', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '"', ':', '1', '}'};
    byte[] cutSequence = {'{', '"', 'a', '"', ':', '"', (byte) 0xE2, (byte) 0x98};
    assertRefused(overlong, "The body is not valid UTF-8: invalid byte sequence at offset 6");
    assertRefused(strayContinuation, "The body is not valid UTF-8: invalid byte sequence at offset 1");
    assertRefused(encodedSurrogate, "The body is not valid UTF-8: invalid byte sequence at offset 2");
    assertRefused(cutSequence, "The body is not valid UTF-8: invalid byte sequence at offset 6");
  }

  @Test
  void duplicateMemberNameIsRefused() {
    assertRefused(Operation.DESCRIBE_TAGS, "{\"ResourceId\":\"ws-abc123def\",\"ResourceId\":\"ws-def456abc\"}",
        "Malformed JSON at the top level (line 1, column 42): Duplicate field 'ResourceId'");
  }

  @Test
  void nonStandardJsonIsRefused() {
    for (String body : new String[] {
        "{'ResourceId':'ws-abc123def'}", "{ResourceId:\"ws-abc123def\"}", "{\"ResourceId\":\"ws-abc123def\",}",
        "{\"ResourceId\":\"ws-abc123def\"/* c */}", "{\"ResourceId\":\"a\tb\"}", "{\"x\":NaN}", "{\"x\":01}"}) {
      DecodeResult<WorkspacesRequest> result = WorkspacesJson.decodeRequest(Operation.DESCRIBE_TAGS, body.getBytes(UTF_8));
      assertEquals(ErrorCode.SERIALIZATION_EXCEPTION, result.error().errorCode(), body);
    }
  }

  @Test
  void unknownMembersAreSkippedAtAnyDepthWithTheirWholeSubtree() {
    String body = "{\"Extra\":{\"a\":[1,{\"b\":null}],\"TagKeys\":7},\"ResourceId\":\"ws-abc123def\","
        + "\"TagKeys\":[\"env\"],\"More\":[[[\"x\"]]],\"Last\":null}";
    assertEquals(DeleteTagsRequest.builder().resourceId("ws-abc123def").addTagKey("env").build(),
        WorkspacesJson.decodeRequest(Operation.DELETE_TAGS, body.getBytes(UTF_8)).value());
  }

  @Test
  void nullMemberIsAbsent() {
    String body = "{\"ResourceId\":\"ws-abc123def\",\"TagKeys\":[\"env\"],\"Workspaces\":null}";
    DeleteTagsRequest request = (DeleteTagsRequest)
        WorkspacesJson.decodeRequest(Operation.DELETE_TAGS, body.getBytes(UTF_8)).value();
    assertEquals(request, WorkspacesJson.decodeRequest(Operation.DELETE_TAGS,
        "{\"ResourceId\":\"ws-abc123def\",\"TagKeys\":[\"env\"]}".getBytes(UTF_8)).value());
    DecodeResult<WorkspacesRequest> nullList = WorkspacesJson.decodeRequest(
        Operation.DELETE_TAGS, "{\"ResourceId\":\"ws-abc123def\",\"TagKeys\":null}".getBytes(UTF_8));
    assertEquals(ErrorCode.VALIDATION_EXCEPTION, nullList.error().errorCode(), "a null required list is missing");
  }

  private static String createWorkspaces(String autoStopValue) {
    return "{\"Workspaces\":[{\"DirectoryId\":\"d-1234567890\",\"UserName\":\"a\",\"BundleId\":\"wsb-1234567890\","
        + "\"WorkspaceProperties\":{\"RunningModeAutoStopTimeoutInMinutes\":" + autoStopValue + "}}]}";
  }

  private static void assertRefused(Operation operation, String body, String message) {
    DecodeResult<WorkspacesRequest> result = WorkspacesJson.decodeRequest(operation, body.getBytes(UTF_8));
    assertEquals(DecodeResult.failure(SerializationException.builder().message(message).build()), result, body);
  }

  private static void assertRefused(byte[] body, String message) {
    DecodeResult<WorkspacesRequest> result = WorkspacesJson.decodeRequest(Operation.DESCRIBE_TAGS, body);
    assertEquals(DecodeResult.failure(SerializationException.builder().message(message).build()), result);
  }
}
