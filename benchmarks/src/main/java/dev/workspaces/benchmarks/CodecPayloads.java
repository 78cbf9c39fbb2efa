package dev.workspaces.benchmarks;

import dev.workspaces.json.WorkspacesJson;
import dev.workspaces.model.request.CreateWorkspacesRequest;
import dev.workspaces.model.response.DescribeWorkspacesResult;
import software.amazon.awssdk.services.workspaces.model.DescribeWorkspacesResponse;

/**
 * The two payloads of the codec benchmark in every form it needs: our value, its bytes, and the
 * SDK's object for the same bytes.
 *
 * <p>The response is the first DescribeWorkspaces page of a state with 25 WorkSpaces created by
 * the engine; the request is a CreateWorkspaces call with 25 items ({@link Fixtures#item}). The
 * SDK objects are read by the SDK from our bytes, so both sides hold the same data; the tests
 * check that each side reads the other's bytes back to equal values.
 */
public final class CodecPayloads {
  /** DescribeWorkspaces output with 25 WorkSpaces, as our value. */
  public final DescribeWorkspacesResult response;
  /** {@link #response} encoded by us. */
  public final byte[] responseBytes;
  /** {@link #responseBytes} read by the SDK. */
  public final DescribeWorkspacesResponse sdkResponse;
  /** CreateWorkspaces input with 25 items, as our value. */
  public final CreateWorkspacesRequest request;
  /** {@link #request} encoded by us. */
  public final byte[] requestBytes;
  /** {@link #requestBytes} read by the SDK. */
  public final software.amazon.awssdk.services.workspaces.model.CreateWorkspacesRequest sdkRequest;

  /** Builds both payloads; {@code sdk} reads our bytes into its objects. */
  public CodecPayloads(SdkCodec sdk) {
    response = Fixtures.describePage();
    responseBytes = WorkspacesJson.encode(response);
    sdkResponse = sdk.unmarshalResponse(responseBytes);
    request = Fixtures.createRequest(0, Fixtures.BATCH);
    requestBytes = WorkspacesJson.encode(request);
    sdkRequest = sdk.unmarshalRequest(requestBytes);
    if (response.workspaces().size() != Fixtures.BATCH || sdkResponse.workspaces().size() != Fixtures.BATCH
        || sdkRequest.workspaces().size() != Fixtures.BATCH) {
      throw new IllegalStateException("a payload does not hold " + Fixtures.BATCH + " items");
    }
  }
}
