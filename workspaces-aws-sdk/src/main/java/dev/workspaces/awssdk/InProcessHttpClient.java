package dev.workspaces.awssdk;

import dev.workspaces.server.EndpointReply;
import dev.workspaces.server.WorkspacesEndpoint;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import software.amazon.awssdk.http.AbortableInputStream;
import software.amazon.awssdk.http.ExecutableHttpRequest;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpFullResponse;
import software.amazon.awssdk.http.SdkHttpRequest;

/**
 * An SDK HTTP client that hands every request to a {@link WorkspacesEndpoint} in the same process:
 * no socket, no serialisation beyond the real wire format, so a real {@code WorkSpacesClient}
 * runs unchanged against the engine. Thread-safe.
 */
public final class InProcessHttpClient implements SdkHttpClient {
  private final WorkspacesEndpoint endpoint;

  /** Returns a client that sends to {@code endpoint}. */
  public InProcessHttpClient(WorkspacesEndpoint endpoint) {
    this.endpoint = endpoint;
  }

  @Override
  public ExecutableHttpRequest prepareRequest(HttpExecuteRequest request) {
    return new ExecutableHttpRequest() {
      @Override
      public HttpExecuteResponse call() {
        return execute(request);
      }

      @Override
      public void abort() {
        // Requests complete synchronously inside call(); there is nothing to abort.
      }
    };
  }

  private HttpExecuteResponse execute(HttpExecuteRequest request) {
    SdkHttpRequest http = request.httpRequest();
    byte[] body = request.contentStreamProvider().map(provider -> readAll(provider.newStream())).orElse(new byte[0]);
    String path = http.encodedPath().isEmpty() ? "/" : http.encodedPath();
    EndpointReply reply = endpoint.handle(http.method().name(), path,
        name -> http.firstMatchingHeader(name).orElse(null), body);
    SdkHttpFullResponse.Builder response = SdkHttpFullResponse.builder().statusCode(reply.status());
    reply.headers().forEach((name, value) -> response.putHeader(name, List.of(value)));
    response.putHeader("Content-Length", List.of(Integer.toString(reply.body().length)));
    return HttpExecuteResponse.builder()
        .response(response.build())
        .responseBody(AbortableInputStream.create(new ByteArrayInputStream(reply.body())))
        .build();
  }

  private static byte[] readAll(InputStream stream) {
    try (InputStream in = stream) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public String clientName() {
    return "WorkspacesInProcess";
  }

  @Override
  public void close() {
    // Nothing is held open.
  }
}
