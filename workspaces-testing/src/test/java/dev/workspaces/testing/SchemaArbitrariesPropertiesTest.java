package dev.workspaces.testing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.workspaces.json.DecodeResult;
import dev.workspaces.json.WorkspacesJson;
import dev.workspaces.model.Structure;
import dev.workspaces.model.Workspace;
import dev.workspaces.model.WorkspaceState;
import dev.workspaces.model.schema.StructureSchema;
import dev.workspaces.model.schema.WorkspacesSchema;
import dev.workspaces.model.validation.Validation;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The kit's schema-driven values: valid for every shape, and stable through the wire codec. */
class SchemaArbitrariesPropertiesTest {

  static List<StructureSchema<?, ?>> structures() {
    return WorkspacesSchema.shapes().values().stream()
        .filter(schema -> schema instanceof StructureSchema<?, ?>)
        .<StructureSchema<?, ?>>map(schema -> (StructureSchema<?, ?>) schema).toList();
  }

  @Provide
  Arbitrary<Structure> anyStructure() {
    return Arbitraries.oneOf(structures().stream()
        .map(schema -> WorkspacesArbitraries.valuesOf(schema).map(Structure.class::cast)).toList());
  }

  @Property(tries = 3000)
  void generatedValuesOfEveryShapeAreValid(@ForAll("anyStructure") Structure value) {
    assertTrue(Validation.validate(value).isValid(), () -> Validation.validate(value).message());
  }

  @Property(tries = 3000)
  void decodeOfEncodeGivesTheValueBackForEveryShape(@ForAll("anyStructure") Structure value) {
    byte[] json = WorkspacesJson.encode(value);
    DecodeResult<?> decoded = WorkspacesJson.decode(value.schema(), json);
    assertTrue(decoded.isSuccess(), () -> decoded.error().toString());
    assertEquals(value, decoded.value());
    assertArrayEquals(json, WorkspacesJson.encode((Structure) decoded.value()), "re-encoding is byte-identical");
  }

  @Property(tries = 50)
  void structureParametersNeedNoSetup(@ForAll Workspace workspace, @ForAll WorkspaceState state) {
    assertTrue(Validation.validate(workspace).isValid());
    assertTrue(state.isKnown());
  }

  @Property(tries = 100)
  void everyStructureShapeIsCoveredByTheGenerator() {
    assertEquals(285, structures().size());
  }
}
