package dev.workspaces.engine;

/**
 * Completes the steps of images and bundles. Images and bundles join the engine with their own
 * operations; until then no such step is ever scheduled, so completing one changes nothing.
 */
final class ResourceSteps {
  private ResourceSteps() {}

  static void complete(StateEditor editor, ScheduledStep step) {
    // No image or bundle step is scheduled by any operation yet.
  }
}
