package dev.workspaces.server.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.workspaces.model.Operation;
import dev.workspaces.model.schema.MemberSchema;
import dev.workspaces.model.schema.StringSchema;
import dev.workspaces.model.validation.Echo;
import dev.workspaces.server.reliability.EndpointCalls.Reply;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Error messages quote at most {@link Echo#MAX_CODE_POINTS} code points of a value and say when they
 * shortened it: a 1 MB value in any top-level string member of any operation gets a short reply.
 */
class BoundedEchoTest {
  private static final int MEGABYTE = 1 << 20;
  /** The longest reply a request with one huge member may get: a few quoted prefixes and sentences. */
  private static final int MAX_REPLY_CHARS = 4 * 1024;

  @Test
  void aOneMegabyteResourceIdGetsAShortMessageThatSaysItWasShortened() {
    String huge = "r".repeat(MEGABYTE);
    Reply reply = EndpointCalls.fresh().call("CreateTags",
        "{\"ResourceId\":\"" + huge + "\",\"Tags\":[{\"Key\":\"k\",\"Value\":\"v\"}]}");
    assertTrue(reply.isError("ResourceNotFoundException"), reply.body().substring(0, 200));
    assertTrue(reply.body().length() < MAX_REPLY_CHARS, "reply of " + reply.body().length() + " characters");
    assertTrue(reply.body().contains("r".repeat(Echo.MAX_CODE_POINTS) + "...(" + MEGABYTE + " characters, first "
        + Echo.MAX_CODE_POINTS + " shown)"), reply.body());
  }

  @Test
  void aValidationMessageQuotesABoundedPrefix() {
    String huge = "x".repeat(MEGABYTE);
    Reply reply = EndpointCalls.fresh().call("RebootWorkspaces",
        "{\"RebootWorkspaceRequests\":[{\"WorkspaceId\":\"" + huge + "\"}]}");
    assertTrue(reply.isError("ValidationException"), reply.body().substring(0, 200));
    assertTrue(reply.body().length() < MAX_REPLY_CHARS, "reply of " + reply.body().length() + " characters");
  }

  @Test
  void everyTopLevelStringMemberOfEveryOperationEchoesAMegabyteBriefly() {
    String huge = "x".repeat(MEGABYTE);
    EndpointCalls calls = EndpointCalls.fresh();
    List<String> tooLong = new ArrayList<>();
    int sent = 0;
    for (Operation operation : Operation.values()) {
      for (MemberSchema<?, ?> member : operation.inputSchema().members()) {
        if (member.target() instanceof StringSchema) {
          Reply reply = calls.call(operation.operationName(), "{\"" + member.wireName() + "\":\"" + huge + "\"}");
          sent++;
          if (reply.body().length() >= MAX_REPLY_CHARS) {
            tooLong.add(operation.operationName() + "." + member.wireName() + ": " + reply.body().length());
          }
        }
      }
    }
    assertEquals(List.of(), tooLong);
    assertTrue(sent > 100, "sent " + sent);
  }
}
