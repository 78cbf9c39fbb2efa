package dev.workspaces.model.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableMap;
import dev.workspaces.model.Blob;
import dev.workspaces.model.DefaultImportClientBrandingAttributes;
import dev.workspaces.model.ImageSourceIdentifier;
import dev.workspaces.model.RebootRequest;
import dev.workspaces.model.RunningMode;
import dev.workspaces.model.Tag;
import dev.workspaces.model.WorkspaceProperties;
import dev.workspaces.model.WorkspaceRequest;
import dev.workspaces.model.request.CreateTagsRequest;
import dev.workspaces.model.request.CreateWorkspacesRequest;
import dev.workspaces.model.request.DescribeWorkspacesRequest;
import dev.workspaces.model.request.ImportClientBrandingRequest;
import dev.workspaces.model.request.ImportCustomWorkspaceImageRequest;
import dev.workspaces.model.request.RebootWorkspacesRequest;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValidationTest {

  @Test
  void aValidRequestHasNoViolations() {
    RebootWorkspacesRequest request = RebootWorkspacesRequest.builder()
        .addRebootWorkspaceRequest(RebootRequest.builder().workspaceId("ws-abc123def").build())
        .build();
    ValidationResult result = Validation.validate(request);
    assertTrue(result.isValid());
    assertEquals("", result.message());
  }

  @Test
  void missingRequiredMemberIsReportedAsNull() {
    assertEquals(
        "1 validation error detected: Value null at 'rebootWorkspaceRequests' failed to satisfy "
            + "constraint: Member must not be null",
        Validation.validate(RebootWorkspacesRequest.builder().build()).message());
  }

  @Test
  void patternViolationInsideAListNamesTheElementPath() {
    RebootWorkspacesRequest request = RebootWorkspacesRequest.builder()
        .addRebootWorkspaceRequest(RebootRequest.builder().workspaceId("ws-abc123def").build())
        .addRebootWorkspaceRequest(RebootRequest.builder().workspaceId("x").build())
        .build();
    assertEquals(
        "1 validation error detected: Value 'x' at 'rebootWorkspaceRequests.2.member.workspaceId' "
            + "failed to satisfy constraint: Member must satisfy regular expression pattern: "
            + "^ws-[0-9a-z]{8,63}$",
        Validation.validate(request).message());
  }

  @Test
  void everyViolationIsListedInModelOrder() {
    CreateTagsRequest request = CreateTagsRequest.builder()
        .addTag(Tag.builder().key("").value("v").build())
        .build();
    assertEquals(
        "2 validation errors detected: Value null at 'resourceId' failed to satisfy constraint: "
            + "Member must not be null; Value '' at 'tags.1.member.key' failed to satisfy "
            + "constraint: Member must have length greater than or equal to 1",
        Validation.validate(request).message());
  }

  @Test
  void listSizeAndNumericRangeAreChecked() {
    DescribeWorkspacesRequest request = DescribeWorkspacesRequest.builder()
        .workspaceIds(List.of())
        .limit(26)
        .build();
    assertEquals(
        List.of(
            "Value '[]' at 'workspaceIds' failed to satisfy constraint: Member must have length "
                + "greater than or equal to 1",
            "Value '26' at 'limit' failed to satisfy constraint: Member must have value less than "
                + "or equal to 25"),
        Validation.validate(request).violations().stream().map(Violation::render).toList());
  }

  @Test
  void anUnknownEnumValueIsKeptAndReported() {
    WorkspaceRequest item = WorkspaceRequest.builder()
        .directoryId("d-1234567890").userName("alice").bundleId("wsb-1234567890")
        .workspaceProperties(WorkspaceProperties.builder().runningMode("FLYING").build())
        .build();
    CreateWorkspacesRequest request = CreateWorkspacesRequest.builder().addWorkspace(item).build();
    assertEquals(RunningMode.UNKNOWN_TO_SDK_VERSION,
        item.workspaceProperties().orElseThrow().runningMode().orElseThrow());
    assertEquals(
        "1 validation error detected: Value 'FLYING' at "
            + "'workspaces.1.member.workspaceProperties.runningMode' failed to satisfy constraint: "
            + "Member must satisfy enum value set: [AUTO_STOP, ALWAYS_ON, MANUAL]",
        Validation.validate(request).message());
  }

  @Test
  void stringLengthCountsCodePointsNotUtf16Units() {
    String emoji = "\uD83D\uDE00"; // one code point, two UTF-16 units
    Tag tag = Tag.builder().key(emoji.repeat(127)).build();
    CreateTagsRequest request = CreateTagsRequest.builder().resourceId("ws-abc123def").addTag(tag).build();
    assertTrue(Validation.validate(request).isValid());
  }

  @Test
  void blobSizeAndMapValuesAreChecked() {
    DefaultImportClientBrandingAttributes attributes = DefaultImportClientBrandingAttributes.builder()
        .logo(Blob.of(new byte[0]))
        .loginMessage(ImmutableMap.of("en_US", "x".repeat(2001), "english", "hi"))
        .build();
    ImportClientBrandingRequest request = ImportClientBrandingRequest.builder()
        .resourceId("d-1234567890").deviceTypeWindows(attributes).build();
    List<String> rendered =
        Validation.validate(request).violations().stream().map(Violation::render).toList();
    assertEquals(
        List.of(
            "Value 'Blob[0 bytes]' at 'deviceTypeWindows.logo' failed to satisfy constraint: "
                + "Member must have length greater than or equal to 1",
            "Value '" + "x".repeat(Echo.MAX_CODE_POINTS) + "...(2001 characters, first 256 shown)' at 'deviceTypeWindows.loginMessage.en_US.member' "
                + "failed to satisfy constraint: Member must have length less than or equal to 2000",
            "Value 'english' at 'deviceTypeWindows.loginMessage' failed to satisfy constraint: "
                + "Member must have length less than or equal to 5",
            "Value 'english' at 'deviceTypeWindows.loginMessage' failed to satisfy constraint: "
                + "Member must satisfy regular expression pattern: ^[a-z]{2}_[A-Z]{2}$"),
        rendered);
  }

  @Test
  void aUnionNeedsExactlyOneMember() {
    ImportCustomWorkspaceImageRequest.Builder base = ImportCustomWorkspaceImageRequest.builder()
        .imageName("img").imageDescription("d").computeType("BASE").protocol("DCV")
        .infrastructureConfigurationArn(
            "arn:aws:imagebuilder:us-east-1:123456789012:infrastructure-configuration/cfg")
        .platform("WINDOWS").osVersion("Windows_11");
    ImageSourceIdentifier two = ImageSourceIdentifier.builder()
        .ec2ImageId("ami-12345678").ec2ImportTaskId("import-ami-12345678").build();
    ImageSourceIdentifier one = ImageSourceIdentifier.builder().ec2ImageId("ami-12345678").build();
    assertTrue(Validation.validate(base.imageSource(one).build()).isValid(),
        () -> Validation.validate(base.imageSource(one).build()).message());
    assertEquals(
        List.of("imageSource: Member must have exactly one member set"),
        Validation.validate(base.imageSource(two).build()).violations().stream()
            .map(v -> v.path() + ": " + v.constraint()).toList());
  }
}
