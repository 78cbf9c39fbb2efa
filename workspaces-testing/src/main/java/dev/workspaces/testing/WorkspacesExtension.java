package dev.workspaces.testing;

import dev.workspaces.engine.State;
import dev.workspaces.engine.WorkspacesFake;
import dev.workspaces.server.ClockMode;
import dev.workspaces.server.ServerConfig;
import dev.workspaces.server.WorkspacesServer;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * A JUnit 5 extension that gives each test method a fresh {@link WorkspacesFake}, or a running
 * {@link WorkspacesServer} (on a free loopback port, manual clock, closed after the test; its
 * {@code endpoint()} is the URL for any SDK or the CLI): declare a parameter of either type. The
 * seed is 0 unless the test or its class carries {@link Seed}.
 *
 * <pre>{@code
 * @ExtendWith(WorkspacesExtension.class)
 * class MyClientTest {
 *   @Test void stopsIdleWorkspaces(WorkspacesFake workspaces) { ... }
 * }
 * }</pre>
 */
public final class WorkspacesExtension implements ParameterResolver {

  /** The seed of the fake's id generator for a test method or class. */
  @Retention(RetentionPolicy.RUNTIME)
  @Target({ElementType.METHOD, ElementType.TYPE})
  public @interface Seed {
    /** Returns the seed. */
    long value();
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    return type == WorkspacesFake.class || type == WorkspacesServer.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    if (parameter.getParameter().getType() == WorkspacesFake.class) {
      return WorkspacesFake.create(State.initial(seed(context)));
    }
    try {
      WorkspacesServer server = WorkspacesServer.start(ServerConfig.defaults().withPort(0)
          .withClockMode(ClockMode.MANUAL).withSeed(seed(context)));
      context.getStore(ExtensionContext.Namespace.create(WorkspacesExtension.class, context.getUniqueId()))
          .put(parameter.getIndex(), (ExtensionContext.Store.CloseableResource) server::close);
      return server;
    } catch (java.io.IOException e) {
      throw new org.junit.jupiter.api.extension.ParameterResolutionException("cannot start the endpoint", e);
    }
  }

  private static long seed(ExtensionContext context) {
    return context.getTestMethod().map(method -> method.getAnnotation(Seed.class))
        .or(() -> context.getTestClass().map(type -> type.getAnnotation(Seed.class)))
        .map(Seed::value).orElse(0L);
  }
}
