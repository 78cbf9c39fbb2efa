package dev.workspaces.testing;

import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.providers.ArbitraryProvider;
import net.jqwik.api.providers.TypeUsage;

/**
 * Lets {@code @ForAll} parameters of the AWS SDK's own WorkSpaces model types work with no setup,
 * through {@link SdkArbitraries}. Registered through
 * {@code META-INF/services/net.jqwik.api.providers.ArbitraryProvider}; it names no SDK type, so it
 * loads (and provides nothing) when the SDK is not on the classpath.
 */
public final class SdkArbitraryProvider implements ArbitraryProvider {

  @Override
  public boolean canProvideFor(TypeUsage targetType) {
    Class<?> type = targetType.getRawType();
    return type.getPackageName().equals(SdkArbitraries.SDK_MODEL_PACKAGE) && SdkArbitraries.canMake(type);
  }

  @Override
  public Set<Arbitrary<?>> provideFor(TypeUsage targetType, SubtypeProvider subtypeProvider) {
    return Set.of(SdkArbitraries.valuesOf(targetType.getRawType()));
  }

  @Override
  public int priority() {
    return 10;
  }
}
