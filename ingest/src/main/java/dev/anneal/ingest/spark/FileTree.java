package dev.anneal.ingest.spark;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Every file below a path, listed one directory at a time with {@link FileSystem#listStatus}.
 *
 * <p>Not {@link FileSystem#listFiles}: it wraps each entry in a {@code LocatedFileStatus}, whose
 * constructor reads the file's permissions, and on a local file system without Hadoop's native
 * library that runs one {@code ls} process per file (75,000 input files took over ten minutes
 * to list twice). Sizes, times and paths need no permissions.
 */
public final class FileTree {

  private FileTree() {
  }

  /** The files below {@code root} (or {@code root} itself if it is a file), in no set order. */
  public static List<FileStatus> files(FileSystem fs, Path root) throws IOException {
    List<FileStatus> files = new ArrayList<>();
    FileStatus top = fs.getFileStatus(root);
    if (!top.isDirectory()) {
      files.add(top);
      return files;
    }
    Deque<Path> directories = new ArrayDeque<>();
    directories.push(top.getPath());
    while (!directories.isEmpty()) {
      for (FileStatus status : fs.listStatus(directories.pop())) {
        if (status.isDirectory()) {
          directories.push(status.getPath());
        } else {
          files.add(status);
        }
      }
    }
    return files;
  }
}
