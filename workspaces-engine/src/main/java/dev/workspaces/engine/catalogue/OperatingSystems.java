package dev.workspaces.engine.catalogue;

import dev.workspaces.model.OperatingSystemName;
import dev.workspaces.model.OperatingSystemType;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/** The family (Windows or Linux) of each operating system an image can run. */
public final class OperatingSystems {
  /** The Linux systems; every other one is a Windows system. */
  private static final Set<OperatingSystemName> LINUX = Collections.unmodifiableSet(EnumSet.of(
      OperatingSystemName.AMAZON_LINUX_2, OperatingSystemName.UBUNTU_18_04, OperatingSystemName.UBUNTU_20_04,
      OperatingSystemName.UBUNTU_22_04, OperatingSystemName.RHEL_8, OperatingSystemName.ROCKY_8));

  /** The system an image is taken to run when nothing says otherwise. */
  public static final OperatingSystemName DEFAULT = OperatingSystemName.WINDOWS_10;

  private OperatingSystems() {}

  /** Returns the family of {@code system}. */
  public static OperatingSystemType type(OperatingSystemName system) {
    return LINUX.contains(system) ? OperatingSystemType.LINUX : OperatingSystemType.WINDOWS;
  }
}
