package dev.workspaces.testing;

import dev.workspaces.json.WorkspacesJson;
import dev.workspaces.model.Operation;
import dev.workspaces.model.Structure;
import dev.workspaces.model.schema.StructureSchema;
import dev.workspaces.model.schema.WorkspacesSchema;
import java.util.Arrays;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * Values of the AWS SDK for Java v2's own WorkSpaces model types
 * ({@code software.amazon.awssdk.services.workspaces.model}), for tests written against the SDK.
 *
 * <h2>How a value is made</h2>
 * The kit's own value of the same shape, valid by the schema, is encoded with the project's JSON
 * codec and read into the SDK type by the SDK's own unmarshaller, as a client reads a reply: one
 * path for every type, so an SDK value is exactly what the SDK makes of the wire the endpoint
 * sends, and shrinks as the kit's value does. Enums are their known constants.
 *
 * <h2>Which SDK type is which shape</h2>
 * {@code <Operation>Request} and {@code <Operation>Response} are the operation's input and output;
 * any other structure has the model's shape name. Exceptions are not generated.
 *
 * <p>Needs {@code software.amazon.awssdk:workspaces} on the test classpath (an optional dependency
 * of this artifact). With it, {@code @ForAll Workspace w} and {@code @ForAll
 * DescribeWorkspacesResponse r} of the SDK's types work with no setup, through
 * {@link SdkArbitraryProvider}.
 */
public final class SdkArbitraries {
  /** The package of the SDK's WorkSpaces model types. */
  public static final String SDK_MODEL_PACKAGE = "software.amazon.awssdk.services.workspaces.model";
  private static final String UNKNOWN_CONSTANT = "UNKNOWN_TO_SDK_VERSION";

  private SdkArbitraries() {}

  /**
   * Returns values of an SDK model structure or enum type.
   *
   * @throws IllegalArgumentException if {@code sdkType} is not one of the SDK's WorkSpaces model
   *     structures or enums, or is an exception
   */
  public static <T> Arbitrary<T> valuesOf(Class<T> sdkType) {
    if (sdkType.isEnum() && inSdkModelPackage(sdkType)) {
      return Arbitraries.of(Arrays.stream(sdkType.getEnumConstants())
          .filter(constant -> !((Enum<?>) constant).name().equals(UNKNOWN_CONSTANT))
          .toList());
    }
    StructureSchema<?, ?> schema = schemaOf(sdkType).orElseThrow(() -> new IllegalArgumentException(
        sdkType.getName() + " is not a structure of the SDK's WorkSpaces model"));
    return SchemaArbitraries.structures(schema)
        .map(value -> SdkJson.read(sdkType, WorkspacesJson.encode((Structure) value)));
  }

  /** Returns whether {@link #valuesOf} makes values of {@code type}. */
  public static boolean canMake(Class<?> type) {
    return inSdkModelPackage(type) && (type.isEnum() || schemaOf(type).isPresent());
  }

  /** Returns the model shape an SDK structure type stands for, if any (never for exceptions). */
  static Optional<StructureSchema<?, ?>> schemaOf(Class<?> sdkType) {
    if (!inSdkModelPackage(sdkType) || sdkType.isEnum() || Throwable.class.isAssignableFrom(sdkType)) {
      return Optional.empty();
    }
    String name = sdkType.getSimpleName();
    Optional<StructureSchema<?, ?>> io = operationSchema(name, "Request", true)
        .or(() -> operationSchema(name, "Response", false));
    return io.isPresent() ? io : WorkspacesSchema.shape(name)
        .filter(StructureSchema.class::isInstance)
        .map(schema -> (StructureSchema<?, ?>) schema);
  }

  private static Optional<StructureSchema<?, ?>> operationSchema(String name, String suffix, boolean input) {
    if (!name.endsWith(suffix)) {
      return Optional.empty();
    }
    return Operation.fromName(name.substring(0, name.length() - suffix.length()))
        .map(operation -> input ? operation.inputSchema() : operation.outputSchema());
  }

  private static boolean inSdkModelPackage(Class<?> type) {
    return type.getPackageName().equals(SDK_MODEL_PACKAGE);
  }
}
