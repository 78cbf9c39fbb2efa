package dev.workspaces.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.workspaces.json.WorkspacesJson;
import dev.workspaces.model.Operation;
import dev.workspaces.model.Structure;
import dev.workspaces.model.schema.ListSchema;
import dev.workspaces.model.schema.MemberSchema;
import dev.workspaces.model.schema.Schema;
import dev.workspaces.model.schema.StringSchema;
import dev.workspaces.model.schema.StructureSchema;
import dev.workspaces.model.schema.WorkspacesSchema;
import dev.workspaces.model.validation.Validation;
import dev.workspaces.model.validation.Violation;
import dev.workspaces.server.EndpointReply;
import dev.workspaces.server.ServerConfig;
import dev.workspaces.server.WorkspacesEndpoint;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;

/**
 * The model's patterns are anchored at the true end of a value, as the service's (ECMAScript)
 * expressions are: a valid value followed by any line terminator breaks every end-anchored pattern,
 * for every pattern-bound string member (or list element) of every structure shape, and the endpoint
 * answers such a request member with ValidationException.
 */
class LineTerminatorPatternsTest {
  private static final List<String> LINE_TERMINATORS = List.of("\n", "\r", "\r\n", "\u0085", "\u2028", "\u2029");

  /**
   * Patterns that legitimately admit a trailing line terminator: without an end anchor (the service
   * searches for the expression in the value), or ending in a class or alternative that takes it.
   */
  private static final Set<String> ADMITTING = Set.of(
      "[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}",
      "^(http|https)\\://\\S+",
      "arn:[\\w+=/,.@-]+:[\\w+=/,.@-]+:[\\w+=/,.@-]*:[0-9]*:[\\w+=,.@-]+(/[\\w+=,.@-]+)*",
      "^\\d{12}|AMAZON$",
      "^(?:[0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|[0-9a-fA-F]{1,4}(?::[0-9a-fA-F]{1,4}){0,6}::[0-9a-fA-F]{1,4}$");
  /** Patterns whose last repeated class is {@code \s}, which takes {@code \n} and {@code \r} (not the others). */
  private static final Set<String> WHITESPACE_TAIL = Set.of(
      "^([a-zA-Z0-9_])[\\\\a-zA-Z0-9_@#%*+=:?./!\\s-]{1,255}$",
      "^[a-zA-Z0-9][a-zA-Z0-9_.\\s-]{1,64}$");

  @Example
  void everyPatternBoundMemberOfEveryStructureRefusesATrailingLineTerminator() {
    Random random = new Random(19);
    int checked = 0;
    for (Schema shape : WorkspacesSchema.shapes().values()) {
      if (shape instanceof StructureSchema<?, ?> structure && !structure.members().isEmpty()) {
        checked += checkMembers(structure, random);
      }
    }
    assertTrue(checked > 100, "checked only " + checked + " member values");
  }

  @Example
  void theEndpointAnswersEveryOperationsPatternBoundMemberWithValidationException() {
    WorkspacesEndpoint endpoint = WorkspacesEndpoint.create(ServerConfig.defaults());
    Random random = new Random(20);
    int sent = 0;
    for (Operation operation : Operation.values()) {
      for (Bent<?> bent : bentValues(operation.inputSchema(), random)) {
        byte[] body = WorkspacesJson.encode((Structure) bent.value());
        EndpointReply reply = endpoint.handle("POST", "/",
            name -> name.equalsIgnoreCase("X-Amz-Target")
                ? WorkspacesSchema.TARGET_PREFIX + "." + operation.operationName()
                : name.equalsIgnoreCase("Content-Type") ? "application/x-amz-json-1.1" : null,
            body);
        String text = new String(reply.body(), StandardCharsets.UTF_8);
        assertEquals(400, reply.status(), () -> operation + " " + bent.path() + ": " + text);
        assertTrue(text.contains("ValidationException") && text.contains("'" + bent.path() + "'"),
            () -> operation + " " + bent.path() + ": " + text);
        sent++;
      }
    }
    assertTrue(sent > 50, "sent only " + sent + " requests");
  }

  private static <T, B> int checkMembers(StructureSchema<T, B> schema, Random random) {
    List<Bent<T>> bents = bentValues(schema, random);
    for (Bent<T> bent : bents) {
      List<Violation> violations = Validation.validate((Structure) bent.value()).violations();
      assertEquals(1, violations.size(), () -> schema.name() + "." + bent.path() + ": " + violations);
      assertEquals(bent.path(), violations.get(0).path());
      assertTrue(violations.get(0).constraint().startsWith("Member must satisfy regular expression pattern"),
          violations.get(0)::constraint);
    }
    return bents.size();
  }

  /** A valid value of a structure with one member (or its only list element) ended by a line terminator. */
  private record Bent<T>(T value, String path) {}

  private static <T, B> List<Bent<T>> bentValues(StructureSchema<T, B> schema, Random random) {
    List<Bent<T>> bents = new ArrayList<>();
    Arbitrary<T> valid = SchemaArbitraries.structures(schema);
    for (MemberSchema<T, B> member : schema.members()) {
      Schema target = member.target();
      boolean inList = target instanceof ListSchema list && list.size().min().orElse(0) <= 1
          && list.size().max().orElse(1) >= 1;
      StringSchema string = target instanceof StringSchema direct ? direct
          : inList && ((ListSchema) target).member() instanceof StringSchema element ? element : null;
      if (string == null || string.pattern().isEmpty() || ADMITTING.contains(string.pattern().get())) {
        continue;
      }
      for (String terminator : LINE_TERMINATORS) {
        if (WHITESPACE_TAIL.contains(string.pattern().get()) && "\n\r".contains(terminator.substring(0, 1))) {
          continue;
        }
        String bad = shortValid(string, terminator.length(), random) + terminator;
        Object memberValue = target instanceof StringSchema ? bad : List.of(bad);
        B builder = schema.newBuilder();
        T base = valid.generator(10).next(random).value();
        for (MemberSchema<T, B> other : schema.members()) {
          Object value = other == member ? memberValue : other.get(base);
          if (value != null) {
            other.set(builder, value);
          }
        }
        bents.add(new Bent<>(schema.build(builder), target instanceof StringSchema ? member.name() : member.name() + ".1.member"));
      }
    }
    return bents;
  }

  private static String shortValid(StringSchema schema, int room, Random random) {
    long max = schema.length().max().orElse(Long.MAX_VALUE);
    Arbitrary<String> valid = StringArbitraries.valid(schema)
        .filter(value -> value.codePointCount(0, value.length()) + room <= max);
    return valid.generator(10).next(random).value();
  }
}
