package dev.workspaces.junit;

import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;

/** What {@link WorkspacesTest} says for one extension context, or its defaults. */
record Settings(long seed, WorkspacesTest.Profile profile, WorkspacesTest.Clock clock, WorkspacesTest.Sharing sharing) {

  private static final Settings DEFAULTS = new Settings(0, WorkspacesTest.Profile.REALISTIC,
      WorkspacesTest.Clock.MANUAL, WorkspacesTest.Sharing.PER_METHOD);

  /** Returns the settings of the nearest {@link WorkspacesTest}: on the method, its class, or an enclosing class. */
  static Settings of(ExtensionContext context) {
    for (Optional<ExtensionContext> at = Optional.of(context); at.isPresent(); at = at.get().getParent()) {
      Optional<WorkspacesTest> found = AnnotationSupport.findAnnotation(at.get().getElement(), WorkspacesTest.class);
      if (found.isPresent()) {
        WorkspacesTest test = found.get();
        return new Settings(test.seed(), test.profile(), test.clock(), test.sharing());
      }
    }
    return DEFAULTS;
  }
}
