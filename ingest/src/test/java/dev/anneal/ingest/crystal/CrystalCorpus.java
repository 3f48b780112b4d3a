package dev.anneal.ingest.crystal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/** Where the shared crystal corpus and the project root are, for tests that read them. */
final class CrystalCorpus {

  private CrystalCorpus() {
  }

  /** The project root: surefire's {@code anneal.project.root}, else the working directory's parent. */
  static Path projectRoot() {
    String prop = System.getProperty("anneal.project.root");
    if (prop != null && !prop.isBlank() && Files.isDirectory(Paths.get(prop))) {
      return Paths.get(prop).toAbsolutePath();
    }
    return Paths.get("").toAbsolutePath().getParent();
  }

  /** {@code ../shared/corpus/crystal} relative to the project root. */
  static Path dir() {
    return projectRoot().resolve("../shared/corpus/crystal").normalize();
  }
}
