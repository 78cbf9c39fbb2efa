package dev.workspaces.testing;

import java.io.ByteArrayInputStream;
import java.lang.reflect.InvocationTargetException;
import java.net.URI;
import software.amazon.awssdk.core.ClientEndpointProvider;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.client.config.SdkClientConfiguration;
import software.amazon.awssdk.core.client.config.SdkClientOption;
import software.amazon.awssdk.core.http.HttpResponseHandler;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.http.AbortableInputStream;
import software.amazon.awssdk.http.SdkHttpFullResponse;
import software.amazon.awssdk.protocols.json.AwsJsonProtocol;
import software.amazon.awssdk.protocols.json.AwsJsonProtocolFactory;
import software.amazon.awssdk.protocols.json.JsonOperationMetadata;
import software.amazon.awssdk.services.workspaces.model.WorkSpacesException;

/**
 * Reads AWS JSON 1.1 into the SDK's own model types with the SDK's own unmarshaller, set up as
 * {@code DefaultWorkSpacesClient} sets it up; the same for every type, with no code per shape.
 * Thread-safe.
 */
final class SdkJson {
  private static final JsonOperationMetadata JSON_PAYLOAD =
      JsonOperationMetadata.builder().hasStreamingSuccessResponse(false).isPayloadJson(true).build();
  private static final AwsJsonProtocolFactory FACTORY = AwsJsonProtocolFactory.builder()
      .clientConfiguration(SdkClientConfiguration.builder()
          .option(SdkClientOption.CLIENT_ENDPOINT_PROVIDER,
              ClientEndpointProvider.forEndpointOverride(URI.create("http://127.0.0.1")))
          .build())
      .defaultServiceExceptionSupplier(WorkSpacesException::builder)
      .protocol(AwsJsonProtocol.AWS_JSON)
      .protocolVersion("1.1")
      .build();

  private SdkJson() {}

  /** Returns the protocol factory the SDK client would use, for marshalling in tests. */
  static AwsJsonProtocolFactory factory() {
    return FACTORY;
  }

  /**
   * Returns the value of SDK model type {@code type} the SDK reads from {@code json}, as a client
   * reads a 200 reply's body.
   *
   * @throws IllegalArgumentException if {@code type} has no static {@code builder()}, or the SDK
   *     refuses the JSON
   */
  static <T> T read(Class<T> type, byte[] json) {
    HttpResponseHandler<SdkPojo> handler = FACTORY.createResponseHandler(JSON_PAYLOAD, () -> builderOf(type));
    SdkHttpFullResponse response = SdkHttpFullResponse.builder()
        .statusCode(200)
        .putHeader("Content-Type", "application/x-amz-json-1.1")
        .putHeader("Content-Length", Integer.toString(json.length))
        .content(AbortableInputStream.create(new ByteArrayInputStream(json)))
        .build();
    try {
      return type.cast(handler.handle(response, new ExecutionAttributes()));
    } catch (Exception e) {
      throw new IllegalArgumentException("the SDK refused JSON for " + type.getName(), e);
    }
  }

  private static SdkPojo builderOf(Class<?> type) {
    try {
      return (SdkPojo) type.getMethod("builder").invoke(null);
    } catch (NoSuchMethodException | IllegalAccessException | InvocationTargetException | ClassCastException e) {
      throw new IllegalArgumentException(type.getName() + " is not an SDK model type with a builder", e);
    }
  }
}
