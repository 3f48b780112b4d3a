package dev.anneal.ingest.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The recursive listing on the local file system: every file at every depth, with its size. */
class FileTreeTest {

  @TempDir
  Path dir;

  private static Map<String, Long> listed(Path root) throws IOException {
    FileSystem fs = FileSystem.getLocal(new Configuration());
    org.apache.hadoop.fs.Path top = fs.makeQualified(new org.apache.hadoop.fs.Path(root.toString()));
    Map<String, Long> files = new TreeMap<>();
    for (FileStatus f : FileTree.files(fs, top)) {
      files.put(f.getPath().toString().substring(top.toString().length()), f.getLen());
    }
    return files;
  }

  @Test
  void listsFilesAtEveryDepthWithTheirSizesButNotDirectories() throws IOException {
    Files.createDirectories(dir.resolve("a/b/c"));
    Files.createDirectories(dir.resolve("empty"));
    Files.writeString(dir.resolve("top.cif"), "data_x\n");
    Files.writeString(dir.resolve("a/one.md"), "# one");
    Files.writeString(dir.resolve("a/b/c/deep.xml"), "<a/>");
    assertEquals(Map.of("/top.cif", 7L, "/a/one.md", 5L, "/a/b/c/deep.xml", 4L), listed(dir));
  }

  @Test
  void aFileIsItsOwnListing() throws IOException {
    Files.writeString(dir.resolve("single.cif"), "data_y\n");
    assertEquals(Map.of("", 7L), listed(dir.resolve("single.cif")));
  }
}
