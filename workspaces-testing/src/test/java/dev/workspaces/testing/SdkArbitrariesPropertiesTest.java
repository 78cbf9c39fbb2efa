package dev.workspaces.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.workspaces.json.DecodeResult;
import dev.workspaces.json.WorkspacesJson;
import dev.workspaces.model.Operation;
import dev.workspaces.model.Structure;
import dev.workspaces.model.schema.StructureSchema;
import dev.workspaces.model.schema.WorkspacesSchema;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.http.SdkHttpFullRequest;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.protocols.core.OperationInfo;
import software.amazon.awssdk.services.workspaces.model.DescribeWorkspacesResponse;
import software.amazon.awssdk.services.workspaces.model.ResourceNotFoundException;
import software.amazon.awssdk.services.workspaces.model.Workspace;
import software.amazon.awssdk.services.workspaces.model.WorkspaceState;

/**
 * The SDK's own types, made through the codec: for every shape the SDK has a type of, the SDK's
 * value marshalled back to JSON by the SDK decodes with the codec to the kit's value it came from,
 * less the members the model has and this SDK version does not ({@link SdkVersionProjection}).
 */
class SdkArbitrariesPropertiesTest {
  /** Marshals any SDK model value the way the client marshals a request body. */
  private static final OperationInfo ANY_BODY = OperationInfo.builder()
      .requestUri("/")
      .httpMethod(SdkHttpMethod.POST)
      .hasExplicitPayloadMember(false)
      .hasImplicitPayloadMembers(true)
      .hasPayloadMembers(true)
      .operationIdentifier("WorkspacesService.Any")
      .build();

  /** Every structure shape with its SDK type: operation inputs and outputs, then named shapes. */
  static List<Tuple2<StructureSchema<?, ?>, Class<?>>> shapesWithSdkTypes() {
    List<Tuple2<StructureSchema<?, ?>, Class<?>>> pairs = new ArrayList<>();
    for (Operation operation : Operation.values()) {
      sdkType(operation.operationName() + "Request").ifPresent(type -> pairs.add(Tuple.of(operation.inputSchema(), type)));
      sdkType(operation.operationName() + "Response").ifPresent(type -> pairs.add(Tuple.of(operation.outputSchema(), type)));
    }
    WorkspacesSchema.shapes().values().stream()
        .filter(schema -> schema instanceof StructureSchema<?, ?>)
        .<StructureSchema<?, ?>>map(schema -> (StructureSchema<?, ?>) schema)
        .forEach(schema -> sdkType(schema.name())
            .filter(SdkArbitraries::canMake)
            .ifPresent(type -> pairs.add(Tuple.of(schema, type))));
    return pairs;
  }

  private static Optional<Class<?>> sdkType(String simpleName) {
    try {
      return Optional.of(Class.forName(SdkArbitraries.SDK_MODEL_PACKAGE + "." + simpleName));
    } catch (ClassNotFoundException e) {
      return Optional.empty();
    }
  }

  @Example
  void everyOperationHasItsSdkRequestAndResponseTypeAndEachTypeMapsBackToItsShape() {
    for (Operation operation : Operation.values()) {
      assertEquals(Optional.of(operation.inputSchema()),
          sdkType(operation.operationName() + "Request").flatMap(SdkArbitraries::schemaOf), operation::operationName);
      assertEquals(Optional.of(operation.outputSchema()),
          sdkType(operation.operationName() + "Response").flatMap(SdkArbitraries::schemaOf), operation::operationName);
    }
    List<Tuple2<StructureSchema<?, ?>, Class<?>>> pairs = shapesWithSdkTypes();
    pairs.forEach(pair -> assertEquals(Optional.of(pair.get1()), SdkArbitraries.schemaOf(pair.get2()),
        pair.get2().getName()));
  }

  @Provide
  Arbitrary<Tuple2<Structure, Object>> kitAndSdkValues() {
    return Arbitraries.oneOf(shapesWithSdkTypes().stream()
        .map(pair -> SchemaArbitraries.structures(pair.get1())
            .map(value -> Tuple.<Structure, Object>of((Structure) value,
                SdkJson.read(pair.get2(), WorkspacesJson.encode((Structure) value)))))
        .toList());
  }

  @Property(tries = 2000)
  void theSdksOwnJsonOfAnSdkValueDecodesToTheValueItCameFrom(
      @ForAll("kitAndSdkValues") Tuple2<Structure, Object> values) {
    Structure kitValue = values.get1();
    byte[] sdkJson = sdkJson(values.get2());
    @SuppressWarnings("unchecked")
    StructureSchema<Structure, ?> schema =
        (StructureSchema<Structure, ?>) SdkArbitraries.schemaOf(values.get2().getClass()).orElseThrow();
    DecodeResult<Structure> decoded = WorkspacesJson.decode(schema, sdkJson);
    assertTrue(decoded.isSuccess(), () -> decoded.error().getMessage());
    assertEquals(SdkVersionProjection.of(schema, kitValue, ((SdkPojo) values.get2()).sdkFields()), decoded.value());
  }

  @Property(tries = 200)
  void sdkWorkspacesAsForAllParameters(@ForAll Workspace workspace, @ForAll WorkspaceState state) {
    assertTrue(workspace.workspaceId() == null || workspace.workspaceId().startsWith("ws-"), workspace::toString);
    assertFalse(state == WorkspaceState.UNKNOWN_TO_SDK_VERSION);
    assertRoundTrips(workspace);
  }

  @Property(tries = 100)
  void sdkResponsesAsForAllParameters(@ForAll DescribeWorkspacesResponse response) {
    assertRoundTrips(response);
  }

  @Example
  void exceptionsAreNotMade() {
    assertFalse(SdkArbitraries.canMake(ResourceNotFoundException.class));
    assertFalse(SdkArbitraries.canMake(String.class));
  }

  /** The SDK's JSON of {@code value}, read back by the codec and then by the SDK, is the same SDK value. */
  private static void assertRoundTrips(SdkPojo value) {
    StructureSchema<?, ?> schema = SdkArbitraries.schemaOf(value.getClass()).orElseThrow();
    DecodeResult<?> decoded = WorkspacesJson.decode(schema, sdkJson(value));
    assertTrue(decoded.isSuccess(), () -> decoded.error().getMessage());
    SdkPojo again = (SdkPojo) SdkJson.read(value.getClass(), WorkspacesJson.encode((Structure) decoded.value()));
    assertTrue(value.equalsBySdkFields(again), () -> value + " became " + again);
  }

  private static byte[] sdkJson(Object value) {
    SdkHttpFullRequest request = SdkJson.factory().createProtocolMarshaller(ANY_BODY).marshall((SdkPojo) value);
    try (InputStream in = request.contentStreamProvider().orElseThrow().newStream()) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
