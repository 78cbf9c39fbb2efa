package dev.workspaces.junit;

import java.util.Optional;
import java.util.function.Function;

/**
 * The types a test can ask for, each a view of the test's one state. Types are named, not
 * referenced, so that this table loads without the optional artifacts; a view's factory touches
 * them only when the view is made.
 */
enum View {
  FAKE("dev.workspaces.engine.WorkspacesFake", "dev.workspaces.engine.WorkspacesFake",
      "dev.workspaces:workspaces-engine", views -> views.fake()),
  ENDPOINT("dev.workspaces.server.WorkspacesEndpoint", "dev.workspaces.server.WorkspacesEndpoint",
      "dev.workspaces:workspaces-server", views -> ServerViews.endpoint(views)),
  SERVER("dev.workspaces.server.WorkspacesServer", "dev.workspaces.server.WorkspacesServer",
      "dev.workspaces:workspaces-server", views -> ServerViews.server(views)),
  CLIENT("software.amazon.awssdk.services.workspaces.WorkSpacesClient", "dev.workspaces.awssdk.InProcessWorkspaces",
      "dev.workspaces:workspaces-aws-sdk", views -> SdkViews.client(views));

  private final String typeName;
  private final String neededClass;
  private final String artifact;
  private final Function<Views, Object> factory;

  View(String typeName, String neededClass, String artifact, Function<Views, Object> factory) {
    this.typeName = typeName;
    this.neededClass = neededClass;
    this.artifact = artifact;
    this.factory = factory;
  }

  /** Returns the view a parameter of {@code type} asks for, if any. */
  static Optional<View> of(Class<?> type) {
    for (View view : values()) {
      if (view.typeName.equals(type.getName())) {
        return Optional.of(view);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns why this view cannot be made with the classes {@code loader} sees: the artifact to add,
   * or empty when it is there.
   */
  Optional<String> missing(ClassLoader loader) {
    try {
      Class.forName(neededClass, false, loader);
      return Optional.empty();
    } catch (ClassNotFoundException | LinkageError absent) {
      return Optional.of("A " + typeName.substring(typeName.lastIndexOf('.') + 1) + " parameter needs "
          + artifact + " on the test classpath: add it as a test-scoped dependency (same version as workspaces-junit)");
    }
  }

  /** Makes this view of {@code views}' state. */
  Object make(Views views) {
    return factory.apply(views);
  }
}
