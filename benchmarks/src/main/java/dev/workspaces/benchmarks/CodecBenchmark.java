package dev.workspaces.benchmarks;

import dev.workspaces.json.DecodeResult;
import dev.workspaces.json.WorkspacesJson;
import dev.workspaces.model.Operation;
import dev.workspaces.model.WorkspacesRequest;
import dev.workspaces.model.request.CreateWorkspacesRequest;
import dev.workspaces.model.response.DescribeWorkspacesResult;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Our codec, the AWS SDK's and bare jackson-core side by side on the same two payloads
 * ({@link CodecPayloads}): a DescribeWorkspaces response with 25 WorkSpaces and a CreateWorkspaces
 * request with 25 items, each encoded and decoded.
 *
 * <p>Method names read {@code payload_direction_implementation}. {@code ours} decodes without
 * validation, as the SDK does; {@code oursValidated} is the server's path
 * ({@link WorkspacesJson#decodeRequest}, which also checks every model constraint).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class CodecBenchmark {
  private SdkCodec sdk;
  private CodecPayloads payloads;
  private JacksonFloor responseTokens;
  private JacksonFloor requestTokens;

  @Setup
  public void build() {
    sdk = new SdkCodec();
    payloads = new CodecPayloads(sdk);
    responseTokens = JacksonFloor.recording(payloads.responseBytes);
    requestTokens = JacksonFloor.recording(payloads.requestBytes);
  }

  @Benchmark
  public byte[] response_encode_ours() {
    return WorkspacesJson.encode(payloads.response);
  }

  @Benchmark
  public byte[] response_encode_sdk() {
    return sdk.marshalResponse(payloads.sdkResponse);
  }

  @Benchmark
  public byte[] response_encode_jackson() {
    return responseTokens.write();
  }

  @Benchmark
  public DecodeResult<DescribeWorkspacesResult> response_decode_ours() {
    return WorkspacesJson.decode(DescribeWorkspacesResult.SCHEMA, payloads.responseBytes);
  }

  @Benchmark
  public Object response_decode_sdk() {
    return sdk.unmarshalResponse(payloads.responseBytes);
  }

  @Benchmark
  public long response_decode_jackson() {
    return JacksonFloor.scan(payloads.responseBytes);
  }

  @Benchmark
  public byte[] request_encode_ours() {
    return WorkspacesJson.encode(payloads.request);
  }

  @Benchmark
  public byte[] request_encode_sdk() {
    return sdk.marshalRequest(payloads.sdkRequest);
  }

  @Benchmark
  public byte[] request_encode_jackson() {
    return requestTokens.write();
  }

  @Benchmark
  public DecodeResult<CreateWorkspacesRequest> request_decode_ours() {
    return WorkspacesJson.decode(CreateWorkspacesRequest.SCHEMA, payloads.requestBytes);
  }

  @Benchmark
  public DecodeResult<WorkspacesRequest> request_decode_oursValidated() {
    return WorkspacesJson.decodeRequest(Operation.CREATE_WORKSPACES, payloads.requestBytes);
  }

  @Benchmark
  public Object request_decode_sdk() {
    return sdk.unmarshalRequest(payloads.requestBytes);
  }

  @Benchmark
  public long request_decode_jackson() {
    return JacksonFloor.scan(payloads.requestBytes);
  }
}
