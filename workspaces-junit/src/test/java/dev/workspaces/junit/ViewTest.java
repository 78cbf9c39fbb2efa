package dev.workspaces.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A view whose artifact is missing is refused with a message naming the artifact. */
class ViewTest {
  private static final ClassLoader NOTHING_OF_OURS = ClassLoader.getPlatformClassLoader();

  @Test
  void withoutTheSdkAdapterTheClientViewNamesTheArtifactToAdd() {
    assertEquals(Optional.of("A WorkSpacesClient parameter needs dev.workspaces:workspaces-aws-sdk on the test"
            + " classpath: add it as a test-scoped dependency (same version as workspaces-junit)"),
        View.CLIENT.missing(NOTHING_OF_OURS));
  }

  @Test
  void withoutTheServerTheServerViewNamesTheArtifactToAdd() {
    assertEquals(true, View.SERVER.missing(NOTHING_OF_OURS).orElseThrow().contains("dev.workspaces:workspaces-server"));
  }

  @Test
  void withTheArtifactsPresentNothingIsMissing() {
    for (View view : View.values()) {
      assertEquals(Optional.empty(), view.missing(ViewTest.class.getClassLoader()), view.name());
    }
  }
}
