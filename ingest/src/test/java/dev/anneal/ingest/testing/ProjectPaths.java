package dev.anneal.ingest.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where tests find the project root, the bundled examples and the shared real-world corpus. */
public final class ProjectPaths {

  private ProjectPaths() {
  }

  /** The project root: surefire's {@code anneal.project.root}, else the nearest folder with {@code examples/}. */
  public static Path root() {
    String configured = System.getProperty("anneal.project.root");
    if (configured != null && Files.isDirectory(Path.of(configured, "examples"))) {
      return Path.of(configured).toAbsolutePath().normalize();
    }
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !Files.isDirectory(dir.resolve("examples"))) {
      dir = dir.getParent();
    }
    if (dir == null) {
      throw new IllegalStateException("cannot find the project root from " + Path.of("").toAbsolutePath());
    }
    return dir;
  }

  /** {@code examples/corpus}. */
  public static Path exampleCorpus() {
    return root().resolve("examples/corpus");
  }

  /** {@code ../shared/corpus} beside the project; may not exist in a user's clone. */
  public static Path sharedCorpus() {
    return root().resolve("../shared/corpus").normalize();
  }
}
