package dev.workspaces.junit;

import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * A JUnit 5 extension that hands a test one WorkSpaces state in four views; declare a parameter of
 * any of these types, in the test, a {@code @BeforeEach} or an {@code @AfterEach} method:
 * <ul>
 *   <li>{@code WorkspacesFake} (workspaces-engine): the state's owner, with {@code advance},
 *       {@code replace} and {@code snapshot};
 *   <li>{@code WorkspacesEndpoint} (workspaces-server): the socket-free HTTP endpoint over it;
 *   <li>{@code WorkSpacesClient} (workspaces-aws-sdk): a real AWS SDK v2 client of account
 *       123456789012 in us-east-1, answered in process;
 *   <li>{@code WorkspacesServer} (workspaces-server): a running server on a free loopback port; its
 *       {@code endpoint()} is the URL for any SDK or the CLI.
 * </ul>
 * Every parameter of a test method and of its {@code @BeforeEach} and {@code @AfterEach} methods
 * is the same instance, so what one seeds the others see; the next test gets a fresh state (or the
 * same for the whole class: {@link WorkspacesTest#sharing()}). {@link WorkspacesTest} sets the
 * seed, the profile and the clock, and registers this extension; {@code @ExtendWith} works as well
 * and takes the defaults. Views are made on first request and what they open is closed after the
 * last method that shares them. Asking for a view whose artifact is missing fails the parameter's
 * resolution with a message naming the artifact.
 *
 * <pre>{@code
 * @WorkspacesTest
 * class JanitorTest {
 *   @BeforeEach void seed(WorkspacesFake workspaces) { ... }
 *   @Test void stopsIdle(WorkSpacesClient client) { ... }
 * }
 * }</pre>
 */
public final class WorkspacesExtension implements ParameterResolver {
  private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(WorkspacesExtension.class);

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return View.of(parameter.getParameter().getType()).isPresent();
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    View view = View.of(parameter.getParameter().getType()).orElseThrow();
    Optional<String> missing = view.missing(WorkspacesExtension.class.getClassLoader());
    if (missing.isPresent()) {
      throw new ParameterResolutionException(missing.get());
    }
    try {
      return views(context).get(view);
    } catch (RuntimeException e) {
      throw new ParameterResolutionException("cannot make the " + parameter.getParameter().getType().getSimpleName()
          + " parameter: " + e.getMessage(), e);
    }
  }

  /** Returns the state shared by {@code context}: its own, or its class's when sharing is per class. */
  private static Views views(ExtensionContext context) {
    ExtensionContext owner = context;
    if (Settings.of(context).sharing() == WorkspacesTest.Sharing.PER_CLASS) {
      while (owner.getTestMethod().isPresent() && owner.getParent().isPresent()) {
        owner = owner.getParent().get();
      }
    }
    Settings settings = Settings.of(owner);
    return owner.getStore(NAMESPACE).getOrComputeIfAbsent(Views.class, key -> new Views(settings), Views.class);
  }
}
