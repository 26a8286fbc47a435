package org.homeward.linkage;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the project's shared public data sets are: the folder {@code shared/data} beside the
 * repository (as laid out for developers and CI), or the one a system property names.
 */
public final class SharedData {
  private SharedData() {}

  /** Skips a test when the data is missing on a developer's machine; fails it in CI. */
  public static void require(boolean available, String message) {
    if ("true".equals(System.getenv("CI"))) {
      org.junit.jupiter.api.Assertions.assertTrue(available, message);
    }
    org.junit.jupiter.api.Assumptions.assumeTrue(available, message);
  }

  public static Path root() {
    String configured = System.getProperty("homeward.shared.data");
    if (configured != null) {
      return Path.of(configured);
    }
    // Tests run in the module's folder: the repository is one up, shared/ beside it.
    for (Path candidate :
        new Path[] {
          Path.of("../../shared/data"), Path.of("../shared/data"), Path.of("/work/shared/data")
        }) {
      if (Files.isDirectory(candidate)) {
        return candidate.toAbsolutePath().normalize();
      }
    }
    return Path.of("../../shared/data").toAbsolutePath().normalize();
  }
}
