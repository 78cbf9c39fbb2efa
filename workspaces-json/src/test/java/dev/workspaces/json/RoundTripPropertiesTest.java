package dev.workspaces.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.workspaces.model.Structure;
import dev.workspaces.model.error.WorkspacesException;
import dev.workspaces.model.schema.StructureKind;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** decode(encode(x)) equals x for every structure shape, and encoding is deterministic. */
class RoundTripPropertiesTest {

  /** Each try holds one value of each of the 285 structure shapes, so no shape is left out by chance. */
  @Property(tries = 100, edgeCases = EdgeCasesMode.NONE)
  void everyStructureShapeRoundTrips(@ForAll("oneValuePerShape") List<Structure> values) {
    for (Structure value : values) {
      assertRoundTrips(value);
    }
  }

  @Provide
  Arbitrary<List<Structure>> oneValuePerShape() {
    return SchemaArbitraries.oneValuePerShape();
  }

  /** One shape per try: the failing value shrinks better here. */
  @Property(tries = 2000)
  void anyStructureRoundTrips(@ForAll("anyStructure") Structure value) {
    assertRoundTrips(value);
  }

  @Provide
  Arbitrary<Structure> anyStructure() {
    return SchemaArbitraries.anyStructure();
  }

  @Example
  void theGeneratorCoversEveryStructureShapeOfTheModel() {
    assertEquals(285, SchemaArbitraries.structureShapes().size());
  }

  private static void assertRoundTrips(Structure value) {
    byte[] json = WorkspacesJson.encode(value);
    String shape = value.schema().name() + " " + new String(json, StandardCharsets.UTF_8);
    DecodeResult<?> decoded = WorkspacesJson.decode(value.schema(), json);
    assertTrue(decoded.isSuccess(), () -> shape + " -> " + decoded);
    assertEquals(value, decoded.value(), shape);
    assertArrayEquals(json, WorkspacesJson.encode(value), "encoding twice differs: " + shape);
    assertArrayEquals(json, WorkspacesJson.encode((Structure) decoded.value()), "re-encoding differs: " + shape);
    if (value.schema().kind() == StructureKind.ERROR) {
      WorkspacesException error = (WorkspacesException) value;
      assertEquals(DecodeResult.success(error), WorkspacesJson.decodeError(WorkspacesJson.encodeError(error)), shape);
    }
  }
}
