package dev.anneal.ingest.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.anneal.ingest.testing.LocalSpark;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The listing names every file by its path relative to the input root, so the same input in two
 * folders is the same sources (and ids); only the full path, used to open it, differs.
 */
class RawIngestListingTest {

  @TempDir
  Path dir;

  private static List<String> sources(Path input) {
    return RawIngest.listFiles(LocalSpark.get(), input.toString(), 2).collectAsList().stream()
        .map(r -> r.getString(2)).sorted().toList();
  }

  private static void tree(Path root) throws IOException {
    Files.createDirectories(root.resolve("papers/sub dir"));
    Files.writeString(root.resolve("papers/a.md"), "# A\n\ntext");
    Files.writeString(root.resolve("papers/sub dir/b é.md"), "# B\n\ntext");
    Files.writeString(root.resolve("x.cif"), "data_x\n");
  }

  @Test
  void theSameTreeInTwoFoldersListsTheSameRelativeSources() throws IOException {
    Path one = dir.resolve("one");
    Path two = dir.resolve("elsewhere/deeper/two");
    tree(one);
    tree(two);
    List<String> expected = List.of("papers/a.md", "papers/sub dir/b é.md", "x.cif");
    assertEquals(expected, sources(one));
    assertEquals(expected, sources(two));
    Map<String, String> fullPaths = new java.util.TreeMap<>();
    for (Row r : RawIngest.listFiles(LocalSpark.get(), two.toString(), 1).collectAsList()) {
      fullPaths.put(r.getString(2), r.getString(0));
    }
    assertEquals(two.resolve("x.cif").toUri().getPath(),
        new org.apache.hadoop.fs.Path(fullPaths.get("x.cif")).toUri().getPath(),
        "the full path still opens the file");
  }

  @Test
  void aSingleFileInputIsNamedByItsFileName() throws IOException {
    tree(dir);
    assertEquals(List.of("x.cif"), sources(dir.resolve("x.cif")));
  }
}
