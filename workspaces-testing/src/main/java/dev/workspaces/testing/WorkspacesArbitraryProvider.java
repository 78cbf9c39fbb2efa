package dev.workspaces.testing;

import dev.workspaces.model.WorkspacesEnum;
import java.util.Arrays;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.providers.ArbitraryProvider;
import net.jqwik.api.providers.TypeUsage;

/**
 * Lets {@code @ForAll} parameters of any generated structure or enum type work with no setup:
 * structures are valid by their schema; enums are their known constants.
 * Registered through {@code META-INF/services/net.jqwik.api.providers.ArbitraryProvider}.
 */
public final class WorkspacesArbitraryProvider implements ArbitraryProvider {

  @Override
  public boolean canProvideFor(TypeUsage targetType) {
    Class<?> type = targetType.getRawType();
    return isKnownEnum(type) || WorkspacesArbitraries.findSchema(type).isPresent();
  }

  @Override
  public Set<Arbitrary<?>> provideFor(TypeUsage targetType, SubtypeProvider subtypeProvider) {
    Class<?> type = targetType.getRawType();
    if (isKnownEnum(type)) {
      return Set.of(Arbitraries.of(Arrays.stream(type.getEnumConstants())
          .filter(constant -> ((WorkspacesEnum) constant).isKnown()).toList()));
    }
    return Set.of(SchemaArbitraries.structures(WorkspacesArbitraries.findSchema(type).orElseThrow()));
  }

  @Override
  public int priority() {
    return 10;
  }

  private static boolean isKnownEnum(Class<?> type) {
    return type.isEnum() && WorkspacesEnum.class.isAssignableFrom(type);
  }
}
