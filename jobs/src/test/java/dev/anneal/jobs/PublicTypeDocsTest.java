package dev.anneal.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.anneal.ingest.testing.ProjectPaths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The house rule that every public type has a javadoc sentence and every package a
 * {@code package-info.java}, checked over every module's main sources.
 */
class PublicTypeDocsTest {

  private static final Pattern PUBLIC_TYPE = Pattern.compile(
      "^\\s*public\\s+(?:(?:static|final|abstract|sealed|non-sealed)\\s+)*"
          + "(?:class|interface|record|enum|@interface)\\s+\\w+");

  private static List<Path> mainSources() throws IOException {
    try (Stream<Path> files = Files.walk(ProjectPaths.root())) {
      return files.filter(p -> p.toString().endsWith(".java"))
          .filter(p -> p.toString().contains("/src/main/java/"))
          .filter(p -> !p.toString().contains("/target/"))
          .toList();
    }
  }

  @Test
  void everyPublicTypeHasAJavadoc() throws IOException {
    List<String> missing = new ArrayList<>();
    for (Path file : mainSources()) {
      List<String> lines = Files.readAllLines(file);
      for (int i = 0; i < lines.size(); i++) {
        if (!PUBLIC_TYPE.matcher(lines.get(i)).find()) {
          continue;
        }
        // Walk back over annotations (possibly spanning lines) to the javadoc's end, stopping at
        // the previous statement or block.
        int j = i - 1;
        while (j >= 0 && !endsDocOrStatement(lines.get(j).strip())) {
          j--;
        }
        if (j < 0 || !lines.get(j).strip().endsWith("*/")) {
          missing.add(ProjectPaths.root().relativize(file) + ":" + (i + 1));
        }
      }
    }
    assertEquals(List.of(), missing, "public types without a javadoc");
  }

  private static boolean endsDocOrStatement(String line) {
    return line.endsWith("*/") || line.endsWith(";") || line.endsWith("{") || line.endsWith("}");
  }

  @Test
  void everyPackageHasAPackageInfo() throws IOException {
    List<String> missing = mainSources().stream()
        .map(Path::getParent).distinct()
        .filter(dir -> !Files.exists(dir.resolve("package-info.java")))
        .map(dir -> ProjectPaths.root().relativize(dir).toString())
        .sorted().toList();
    assertEquals(List.of(), missing, "packages without package-info.java");
  }
}
