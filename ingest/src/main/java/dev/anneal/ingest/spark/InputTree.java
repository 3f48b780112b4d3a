package dev.anneal.ingest.spark;

import java.io.IOException;
import java.net.URI;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;

/**
 * The input tree as a boundary: every entry below the input root, each either a regular file
 * to read or a reason it is not read. Symbolic links, FIFOs, devices and sockets are never
 * opened (a FIFO blocks {@code open()} forever; a link may lead outside the root), hidden names
 * are listed rather than dropped, and a name that cannot be carried as text (not valid UTF-8) is
 * named by its escaped bytes. Nothing is silently skipped.
 */
public final class InputTree {

  /** A symbolic link (not followed). */
  public static final String SYMLINK = "input.symlink";
  /** A FIFO, device or socket. */
  public static final String SPECIAL = "input.special_file";
  /** A name starting with '.' or '_' (editor backups, Hadoop markers). */
  public static final String HIDDEN = "input.hidden";
  /** A name that is not valid text in the file system's encoding. */
  public static final String BAD_NAME = "input.unreadable_name";

  /**
   * One entry: {@code reason} is empty for a regular file to read.
   *
   * @param uri     the entry's URI as text
   * @param size    its size in bytes (0 when not a regular file)
   * @param reason  "" or the stable reason it is not read
   * @param message for a person, "" when read
   */
  public record Entry(String uri, long size, String reason, String message) {
  }

  private InputTree() {
  }

  /**
   * The entries below {@code root}. A local root is walked with {@link java.nio.file} without
   * following links; other file systems (HDFS, S3) hold only files and directories and are
   * listed with {@link FileTree}.
   */
  public static List<Entry> entries(FileSystem fs, org.apache.hadoop.fs.Path root)
      throws IOException {
    org.apache.hadoop.fs.Path top = fs.makeQualified(root);
    if (!"file".equals(top.toUri().getScheme())) {
      List<Entry> out = new ArrayList<>();
      for (FileStatus s : FileTree.files(fs, top)) {
        boolean hidden = hidden(top.toString(), s.getPath().toString());
        out.add(new Entry(s.getPath().toString(), s.getLen(), hidden ? HIDDEN : "",
            hidden ? "a hidden name (starting with '.' or '_') is not read" : ""));
      }
      return out;
    }
    return local(Paths.get(top.toUri()));
  }

  /** The entries below the local path {@code root}. */
  public static List<Entry> local(Path root) throws IOException {
    List<Entry> out = new ArrayList<>();
    BasicFileAttributes rootAttrs = Files.readAttributes(root, BasicFileAttributes.class);
    if (!rootAttrs.isDirectory()) {
      out.add(entry(root, root, rootAttrs));
      return out;
    }
    Deque<Path> dirs = new ArrayDeque<>();
    dirs.push(root);
    while (!dirs.isEmpty()) {
      try (DirectoryStream<Path> children = Files.newDirectoryStream(dirs.pop())) {
        for (Path child : children) {
          BasicFileAttributes a = Files.readAttributes(child, BasicFileAttributes.class,
              LinkOption.NOFOLLOW_LINKS);
          if (a.isDirectory() && !hiddenName(child) && !badName(child)) {
            dirs.push(child);
          } else {
            out.add(entry(root, child, a));
          }
        }
      }
    }
    return out;
  }

  private static Entry entry(Path root, Path p, BasicFileAttributes a) {
    String uri = uri(p);
    if (badName(p)) {
      return new Entry(uri, 0, BAD_NAME, "the name is not valid text in the file system's"
          + " encoding (" + escaped(p) + "); rename it to read it");
    }
    if (a.isSymbolicLink()) {
      String target;
      try {
        target = Files.readSymbolicLink(p).toString();
      } catch (IOException | UnsupportedOperationException e) {
        target = "?";
      }
      return new Entry(uri, 0, SYMLINK, "a symbolic link (to " + target
          + ") is not followed: inputs stay inside the input root");
    }
    if (a.isOther()) {
      return new Entry(uri, 0, SPECIAL, "not a regular file (a FIFO, device or socket)");
    }
    if (a.isDirectory()) {
      return new Entry(uri, 0, hiddenName(p) ? HIDDEN : "", "a hidden directory is not read");
    }
    if (!p.equals(root) && hidden(root, p)) {
      return new Entry(uri, a.size(), HIDDEN,
          "a hidden name (starting with '.' or '_') is not read");
    }
    return new Entry(uri, a.size(), "", "");
  }

  private static String uri(Path p) {
    // Hadoop's Path(String) reads "a:b" as a scheme; the URI form keeps a colon in a name.
    // Path.toUri ends a directory (or a link to one) with '/': an entry is named without it.
    String u = p.toAbsolutePath().toUri().toString();
    return new org.apache.hadoop.fs.Path(URI.create(u.endsWith("/") && u.length() > 8
        ? u.substring(0, u.length() - 1) : u)).toString();
  }

  private static boolean hidden(Path root, Path file) {
    for (Path p = file; p != null && !p.equals(root); p = p.getParent()) {
      if (hiddenName(p)) {
        return true;
      }
    }
    return false;
  }

  private static boolean hidden(String root, String file) {
    for (String part : file.substring(Math.min(root.length(), file.length())).split("/")) {
      if (part.startsWith(".") || part.startsWith("_")) {
        return true;
      }
    }
    return false;
  }

  private static boolean hiddenName(Path p) {
    Path name = p.getFileName();
    return name != null && (name.toString().startsWith(".") || name.toString().startsWith("_"));
  }

  private static boolean badName(Path p) {
    Path name = p.getFileName();
    return name != null && name.toString().indexOf('\uFFFD') >= 0;
  }

  private static String escaped(Path p) {
    StringBuilder b = new StringBuilder();
    for (char c : p.getFileName().toString().toCharArray()) {
      b.append(c == '\uFFFD' ? "\\x??" : String.valueOf(c));
    }
    return b.toString();
  }
}
