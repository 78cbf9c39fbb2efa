package dev.workspaces.server.reliability;

import dev.workspaces.model.schema.WorkspacesSchema;
import dev.workspaces.server.ClockMode;
import dev.workspaces.server.EndpointReply;
import dev.workspaces.server.ServerConfig;
import dev.workspaces.server.WorkspacesEndpoint;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** Calls a socket-free endpoint as an AWS JSON 1.1 client would, for the reliability tests. */
final class EndpointCalls {
  private final WorkspacesEndpoint endpoint;

  EndpointCalls(WorkspacesEndpoint endpoint) {
    this.endpoint = endpoint;
  }

  /** Returns calls to a fresh endpoint with a manual clock. */
  static EndpointCalls fresh() {
    return new EndpointCalls(WorkspacesEndpoint.create(ServerConfig.defaults().withClockMode(ClockMode.MANUAL)));
  }

  WorkspacesEndpoint endpoint() {
    return endpoint;
  }

  /** Sends {@code json} to {@code operation} and returns the reply. */
  Reply call(String operation, String json) {
    return call(operation, json.getBytes(StandardCharsets.UTF_8));
  }

  /** Sends {@code body} to {@code operation} and returns the reply. */
  Reply call(String operation, byte[] body) {
    String target = WorkspacesSchema.TARGET_PREFIX + "." + operation;
    EndpointReply reply = endpoint.handle("POST", "/", name -> switch (name.toLowerCase(java.util.Locale.ROOT)) {
      case "x-amz-target" -> target;
      case "content-type" -> "application/x-amz-json-1.1";
      default -> null;
    }, body);
    return new Reply(reply.status(), new String(reply.body(), StandardCharsets.UTF_8));
  }

  /** Posts {@code json} to an admin path. */
  Reply admin(String path, String json) {
    EndpointReply reply = endpoint.handle("POST", path, name -> null, json.getBytes(StandardCharsets.UTF_8));
    return new Reply(reply.status(), new String(reply.body(), StandardCharsets.UTF_8));
  }

  void advance(Duration duration) {
    endpoint.advance(duration);
  }

  /** A reply's status and body. */
  record Reply(int status, String body) {
    boolean isError(String type) {
      return status == 400 && body.contains("\"__type\":\"" + type + "\"");
    }
  }
}
