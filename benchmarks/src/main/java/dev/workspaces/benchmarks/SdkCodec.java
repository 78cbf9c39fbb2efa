package dev.workspaces.benchmarks;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import software.amazon.awssdk.core.ClientEndpointProvider;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.client.config.SdkClientConfiguration;
import software.amazon.awssdk.core.client.config.SdkClientOption;
import software.amazon.awssdk.core.http.HttpResponseHandler;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.http.AbortableInputStream;
import software.amazon.awssdk.http.SdkHttpFullRequest;
import software.amazon.awssdk.http.SdkHttpFullResponse;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.protocols.core.OperationInfo;
import software.amazon.awssdk.protocols.core.ProtocolMarshaller;
import software.amazon.awssdk.protocols.json.AwsJsonProtocol;
import software.amazon.awssdk.protocols.json.AwsJsonProtocolFactory;
import software.amazon.awssdk.protocols.json.JsonOperationMetadata;
import software.amazon.awssdk.services.workspaces.model.CreateWorkspacesRequest;
import software.amazon.awssdk.services.workspaces.model.DescribeWorkspacesResponse;
import software.amazon.awssdk.services.workspaces.model.WorkSpacesException;
import software.amazon.awssdk.services.workspaces.transform.CreateWorkspacesRequestMarshaller;

/**
 * The AWS SDK for Java v2's own wire code for the two benchmark payloads, set up the way
 * {@code DefaultWorkSpacesClient} sets it up (AWS JSON 1.1 protocol factory), minus the HTTP
 * pipeline around it.
 *
 * <p>The client path: {@link #marshalRequest} is {@code CreateWorkspacesRequestMarshaller}, and
 * {@link #unmarshalResponse} the response handler the client builds for DescribeWorkspaces, fed an
 * {@code SdkHttpFullResponse}. The other two directions are not on any client path (a client
 * never writes a response or reads a request), so they borrow the same generic machinery:
 * {@link #marshalResponse} runs the protocol marshaller on the response object, and
 * {@link #unmarshalRequest} runs the response unmarshaller with a request builder. They give the
 * SDK's cost for the same bytes and are labelled as such in the report.
 *
 * <p>Thread-safe after construction, like the SDK objects it holds.
 */
public final class SdkCodec {
  private static final JsonOperationMetadata JSON_PAYLOAD =
      JsonOperationMetadata.builder().hasStreamingSuccessResponse(false).isPayloadJson(true).build();

  private static final OperationInfo DESCRIBE_WORKSPACES = OperationInfo.builder()
      .requestUri("/")
      .httpMethod(SdkHttpMethod.POST)
      .hasExplicitPayloadMember(false)
      .hasImplicitPayloadMembers(true)
      .hasPayloadMembers(true)
      .operationIdentifier("WorkspacesService.DescribeWorkspaces")
      .build();

  private final AwsJsonProtocolFactory factory;
  private final CreateWorkspacesRequestMarshaller requestMarshaller;
  private final HttpResponseHandler<DescribeWorkspacesResponse> responseHandler;
  private final HttpResponseHandler<CreateWorkspacesRequest> requestHandler;

  /** Builds the protocol factory, the request marshaller and the two response handlers. */
  public SdkCodec() {
    SdkClientConfiguration configuration = SdkClientConfiguration.builder()
        .option(SdkClientOption.CLIENT_ENDPOINT_PROVIDER,
            ClientEndpointProvider.forEndpointOverride(URI.create("http://127.0.0.1")))
        .build();
    factory = AwsJsonProtocolFactory.builder()
        .clientConfiguration(configuration)
        .defaultServiceExceptionSupplier(WorkSpacesException::builder)
        .protocol(AwsJsonProtocol.AWS_JSON)
        .protocolVersion("1.1")
        .build();
    requestMarshaller = new CreateWorkspacesRequestMarshaller(factory);
    responseHandler = factory.createResponseHandler(JSON_PAYLOAD, DescribeWorkspacesResponse::builder);
    requestHandler = factory.createResponseHandler(JSON_PAYLOAD, CreateWorkspacesRequest::builder);
  }

  /** Returns the body the SDK client sends for {@code request}. */
  public byte[] marshalRequest(CreateWorkspacesRequest request) {
    return body(requestMarshaller.marshall(request));
  }

  /** Returns the response the SDK client reads from a 200 reply with {@code body}. */
  public DescribeWorkspacesResponse unmarshalResponse(byte[] body) {
    return handle(responseHandler, body);
  }

  /**
   * Returns the SDK's JSON for {@code response} (generic marshaller; no client does this). A
   * protocol marshaller writes one document, so each call makes one, as the generated request
   * marshallers do.
   */
  public byte[] marshalResponse(DescribeWorkspacesResponse response) {
    ProtocolMarshaller<SdkHttpFullRequest> marshaller = factory.createProtocolMarshaller(DESCRIBE_WORKSPACES);
    return body(marshaller.marshall(response));
  }

  /** Returns the request the SDK's unmarshaller reads from {@code body} (no client does this). */
  public CreateWorkspacesRequest unmarshalRequest(byte[] body) {
    return handle(requestHandler, body);
  }

  private static <T extends SdkPojo> T handle(HttpResponseHandler<T> handler, byte[] body) {
    SdkHttpFullResponse response = SdkHttpFullResponse.builder()
        .statusCode(200)
        .putHeader("Content-Type", "application/x-amz-json-1.1")
        .putHeader("Content-Length", Integer.toString(body.length))
        .content(AbortableInputStream.create(new ByteArrayInputStream(body)))
        .build();
    try {
      return handler.handle(response, new ExecutionAttributes());
    } catch (Exception e) {
      throw new IllegalStateException("the SDK refused the body", e);
    }
  }

  private static byte[] body(SdkHttpFullRequest request) {
    try (InputStream in = request.contentStreamProvider().orElseThrow().newStream()) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
