package dev.workspaces.engine.state;

import dev.workspaces.model.CustomWorkspaceImageImportState;
import dev.workspaces.model.ImageSourceIdentifier;
import java.time.Instant;

/**
 * The progress of an ImportCustomWorkspaceImage, as DescribeCustomWorkspaceImageImport shows it.
 *
 * @param state the import's current state
 * @param infrastructureConfigurationArn the EC2 Image Builder infrastructure the import runs on
 * @param source where the imported image comes from
 * @param created when the import started
 * @param lastUpdated when the import last changed state
 */
public record CustomImageImport(
    CustomWorkspaceImageImportState state,
    String infrastructureConfigurationArn,
    ImageSourceIdentifier source,
    Instant created,
    Instant lastUpdated) {

  /** Returns a copy in {@code next}, changed at {@code time}. */
  public CustomImageImport moveTo(CustomWorkspaceImageImportState next, Instant time) {
    return new CustomImageImport(next, infrastructureConfigurationArn, source, created, time);
  }
}
