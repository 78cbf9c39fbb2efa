package dev.workspaces.engine.state;

import dev.workspaces.engine.Scope;
import java.util.Optional;

/**
 * Where an image came from: the operation that made it and the resource it was made from.
 *
 * @param kind how the image was made
 * @param sourceId the WorkSpace, image, EC2 image or import source it was made from
 * @param sourceScope for a copy, the account and region of the source image; empty otherwise
 */
public record ImageOrigin(Kind kind, String sourceId, Optional<Scope> sourceScope) {

  /** How an image was made. */
  public enum Kind {
    /** CreateWorkspaceImage, from a WorkSpace. */
    WORKSPACE,
    /** CreateUpdatedWorkspaceImage, from another image of the account. */
    UPDATE,
    /** CopyWorkspaceImage, from an image of the account or shared with it, possibly in another region. */
    COPY,
    /** ImportWorkspaceImage, from a BYOL EC2 image. */
    IMPORT,
    /** ImportCustomWorkspaceImage, through EC2 Image Builder. */
    CUSTOM_IMPORT
  }

  /** Returns an origin with no source scope. */
  public static ImageOrigin of(Kind kind, String sourceId) {
    return new ImageOrigin(kind, sourceId, Optional.empty());
  }

  /** Returns whether the image was brought in by the account (bring your own licence). */
  public boolean byol() {
    return kind == Kind.IMPORT || kind == Kind.CUSTOM_IMPORT;
  }
}
