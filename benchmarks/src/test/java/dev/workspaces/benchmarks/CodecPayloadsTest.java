package dev.workspaces.benchmarks;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.workspaces.json.WorkspacesJson;
import dev.workspaces.model.request.CreateWorkspacesRequest;
import dev.workspaces.model.response.DescribeWorkspacesResult;
import org.junit.jupiter.api.Test;

/**
 * The codec benchmark compares like with like: each implementation reads the other's bytes back to
 * the same payload, and the jackson floor writes a document of the same meaning.
 */
class CodecPayloadsTest {
  private final SdkCodec sdk = new SdkCodec();
  private final CodecPayloads payloads = new CodecPayloads(sdk);

  @Test
  void theSdkRequestIsOurRequest() {
    byte[] sdkBytes = sdk.marshalRequest(payloads.sdkRequest);
    assertEquals(payloads.request,
        WorkspacesJson.decode(CreateWorkspacesRequest.SCHEMA, sdkBytes).value());
  }

  @Test
  void theSdkResponseIsOurResponse() {
    byte[] sdkBytes = sdk.marshalResponse(payloads.sdkResponse);
    assertEquals(payloads.response,
        WorkspacesJson.decode(DescribeWorkspacesResult.SCHEMA, sdkBytes).value());
    assertEquals(payloads.sdkResponse, sdk.unmarshalResponse(sdkBytes));
  }

  @Test
  void everySdkCallStandsAlone() {
    assertArrayEquals(sdk.marshalResponse(payloads.sdkResponse), sdk.marshalResponse(payloads.sdkResponse));
    assertArrayEquals(sdk.marshalRequest(payloads.sdkRequest), sdk.marshalRequest(payloads.sdkRequest));
    assertEquals(sdk.unmarshalRequest(payloads.requestBytes), sdk.unmarshalRequest(payloads.requestBytes));
  }

  @Test
  void theFloorWritesTheSameDocument() {
    assertEquals(payloads.response, WorkspacesJson.decode(DescribeWorkspacesResult.SCHEMA,
        JacksonFloor.recording(payloads.responseBytes).write()).value());
    assertEquals(payloads.request, WorkspacesJson.decode(CreateWorkspacesRequest.SCHEMA,
        JacksonFloor.recording(payloads.requestBytes).write()).value());
  }
}
