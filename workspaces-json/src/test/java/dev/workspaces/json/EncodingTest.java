package dev.workspaces.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.workspaces.model.Blob;
import dev.workspaces.model.IosImportClientBrandingAttributes;
import dev.workspaces.model.Tag;
import dev.workspaces.model.request.CreateTagsRequest;
import dev.workspaces.model.request.DescribeWorkspacesConnectionStatusRequest;
import dev.workspaces.model.request.DescribeWorkspacesRequest;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the encoder writes, byte for byte. */
class EncodingTest {

  @Test
  void absentMembersAreLeftOutAndEmptyListsAreWritten() {
    assertEquals("{}", WorkspacesJson.encodeToString(DescribeWorkspacesConnectionStatusRequest.builder().build()));
    assertEquals("{\"WorkspaceIds\":[]}", WorkspacesJson.encodeToString(
        DescribeWorkspacesConnectionStatusRequest.builder().workspaceIds(List.of()).build()));
  }

  @Test
  void membersFollowModelOrderWhateverOrderTheBuilderWasCalledIn() {
    DescribeWorkspacesRequest request =
        DescribeWorkspacesRequest.builder().nextToken("page-2-token").limit(1).directoryId("d-1234567890").build();
    assertEquals("{\"DirectoryId\":\"d-1234567890\",\"Limit\":1,\"NextToken\":\"page-2-token\"}",
        WorkspacesJson.encodeToString(request));
  }

  @Test
  void stringsEscapeOnlyWhatJsonRequiresAndKeepNonAsciiAsRawUtf8() {
    String value = "q\" b\\ / <&> \n\t\r\b\f \u0000\u0001\u001f\u007f ü ☃ \uD83D\uDE00 \u2028";
    String expected = "q\\\" b\\\\ / <&> \\n\\t\\r\\b\\f \\u0000\\u0001\\u001F\u007f ü ☃ \uD83D\uDE00 \u2028";
    assertEquals("{\"ResourceId\":\"" + expected + "\"}",
        WorkspacesJson.encodeToString(CreateTagsRequest.builder().resourceId(value).build()));
    byte[] emoji = WorkspacesJson.encode(CreateTagsRequest.builder().resourceId("\uD83D\uDE00").build());
    assertArrayEquals("{\"ResourceId\":\"\uD83D\uDE00\"}".getBytes(UTF_8), emoji);
    assertEquals(21, emoji.length, "one four-byte UTF-8 sequence, not two escapes");
  }

  @Test
  void loneSurrogatesAreEscapedAndReadBackUnchanged() {
    CreateTagsRequest request = CreateTagsRequest.builder().resourceId("x\uD800y\uDC00").build();
    assertEquals("{\"ResourceId\":\"x\\uD800y\\uDC00\"}", WorkspacesJson.encodeToString(request));
    assertEquals(request, WorkspacesJson.decode(CreateTagsRequest.SCHEMA, WorkspacesJson.encode(request)).value());
  }

  @Test
  void blobsAreStandardBase64AndMapsKeepInsertionOrder() {
    IosImportClientBrandingAttributes ios = IosImportClientBrandingAttributes.builder()
        .logo(Blob.of(new byte[] {0, 1, 2, (byte) 0xFF}))
        .putLoginMessage("fr_FR", "Bonjour")
        .putLoginMessage("en_US", "Hello")
        .putLoginMessage("de_DE", "Hallo")
        .build();
    assertEquals("{\"Logo\":\"AAEC/w==\",\"LoginMessage\":{\"fr_FR\":\"Bonjour\",\"en_US\":\"Hello\",\"de_DE\":\"Hallo\"}}",
        WorkspacesJson.encodeToString(ios));
  }

  @Test
  void equalValuesGiveIdenticalBytes() {
    CreateTagsRequest first = CreateTagsRequest.builder().resourceId("ws-abc123def")
        .addTag(Tag.builder().key("k").value("v").build()).build();
    CreateTagsRequest second = CreateTagsRequest.builder().resourceId("ws-abc123def")
        .addTag(Tag.builder().value("v").key("k").build()).build();
    assertEquals(first, second);
    assertArrayEquals(WorkspacesJson.encode(first), WorkspacesJson.encode(second));
    assertArrayEquals(WorkspacesJson.encode(first), WorkspacesJson.encode(first));
  }
}
