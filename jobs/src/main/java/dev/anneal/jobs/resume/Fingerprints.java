package dev.anneal.jobs.resume;

import dev.anneal.ingest.ContentId;
import dev.anneal.ingest.spark.FileTree;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.Path;

/**
 * The fingerprint of a file or folder: a SHA-256 over every file below it (relative path, size,
 * modification time), so any rewrite changes it, without reading the data.
 */
public final class Fingerprints {

  /** The fingerprint of a path that does not exist. */
  public static final String ABSENT = "absent";

  private Fingerprints() {
  }

  /** The fingerprint of {@code path}, or {@link #ABSENT}. */
  public static String of(Configuration conf, String path) {
    try {
      Path root = new Path(path);
      FileSystem fs = root.getFileSystem(conf);
      if (!fs.exists(root)) {
        return ABSENT;
      }
      String prefix = fs.getFileStatus(root).getPath().toString();
      List<String> entries = new ArrayList<>();
      for (FileStatus f : FileTree.files(fs, root)) {
        String name = f.getPath().getName();
        if (name.startsWith(".") && name.endsWith(".crc")) {
          continue; // checksum side files follow their data file
        }
        String relative = f.getPath().toString().substring(Math.min(prefix.length(),
            f.getPath().toString().length()));
        entries.add(relative + "\t" + f.getLen() + "\t" + f.getModificationTime());
      }
      entries.sort(null);
      return ContentId.sha256Hex(String.join("\n", entries).getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + path, e);
    }
  }
}
