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
 * named by its escaped bytes. Nothing is silently skipped. When links are followed (configured),
 * a link is read only if its target is inside the root; a link that leaves the root, dangles or
 * leads back to a directory that holds it is listed with its reason instead.
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
  /** A followed link whose target is outside the input root. */
  public static final String LINK_OUTSIDE = "input.link_outside_root";
  /** A followed link whose target does not exist (or that loops on itself). */
  public static final String LINK_BROKEN = "input.broken_link";
  /** A followed link to a directory that holds the link: walking it would never end. */
  public static final String LINK_CYCLE = "input.link_cycle";

  /**
   * One entry: {@code reason} is empty for a regular file to read.
   *
   * @param uri     the entry's URI as text: its name in the input tree
   * @param size    its size in bytes (0 when not a regular file)
   * @param reason  "" or the stable reason it is not read
   * @param message for a person, "" when read
   * @param open    the URI to open: {@code uri}, or a followed link's target inside the root
   */
  public record Entry(String uri, long size, String reason, String message, String open) {

    Entry(String uri, long size, String reason, String message) {
      this(uri, size, reason, message, uri);
    }
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
    return entries(fs, root, false);
  }

  /**
   * As {@link #entries(FileSystem, org.apache.hadoop.fs.Path)}; with {@code followLinks}, local
   * links whose targets are inside the root are read under the link's own name.
   */
  public static List<Entry> entries(FileSystem fs, org.apache.hadoop.fs.Path root,
                                    boolean followLinks) throws IOException {
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
    return local(Paths.get(top.toUri()), followLinks);
  }

  /** The entries below the local path {@code root}, links not followed. */
  public static List<Entry> local(Path root) throws IOException {
    return local(root, false);
  }

  /** A directory to walk: its name in the tree and where it really is. */
  private record Dir(Path named, Path real) {
  }

  /** The entries below the local path {@code root}, following links inside it if asked. */
  public static List<Entry> local(Path root, boolean followLinks) throws IOException {
    List<Entry> out = new ArrayList<>();
    BasicFileAttributes rootAttrs = Files.readAttributes(root, BasicFileAttributes.class);
    if (!rootAttrs.isDirectory()) {
      out.add(entry(root, root, rootAttrs));
      return out;
    }
    Path realRoot = root.toRealPath();
    Deque<Dir> dirs = new ArrayDeque<>();
    dirs.push(new Dir(root, realRoot));
    while (!dirs.isEmpty()) {
      Dir dir = dirs.pop();
      try (DirectoryStream<Path> children = Files.newDirectoryStream(dir.named())) {
        for (Path child : children) {
          BasicFileAttributes a = Files.readAttributes(child, BasicFileAttributes.class,
              LinkOption.NOFOLLOW_LINKS);
          Path real = dir.real().resolve(child.getFileName());
          if (followLinks && a.isSymbolicLink() && !hiddenName(child) && !badName(child)) {
            followed(realRoot, dir.real(), child, dirs, out);
          } else if (a.isDirectory() && !hiddenName(child) && !badName(child)) {
            dirs.push(new Dir(child, real));
          } else {
            Entry e = entry(root, child, a);
            // Below a followed link the named path passes through the link: open the real one.
            out.add(followLinks && e.reason().isEmpty() && !real.equals(child)
                ? new Entry(e.uri(), e.size(), "", "", uri(real)) : e);
          }
        }
      }
    }
    return out;
  }

  /** A link met while following links: read (or walked) if its target is inside the root. */
  private static void followed(Path realRoot, Path realParent, Path link, Deque<Dir> dirs,
                               List<Entry> out) {
    String uri = uri(link);
    String target = target(link);
    Path real;
    BasicFileAttributes a;
    try {
      real = link.toRealPath();
      a = Files.readAttributes(real, BasicFileAttributes.class);
    } catch (IOException e) {
      out.add(new Entry(uri, 0, LINK_BROKEN, "a symbolic link (to " + target
          + ") whose target does not exist or loops"));
      return;
    }
    if (!real.startsWith(realRoot)) {
      out.add(new Entry(uri, 0, LINK_OUTSIDE, "a symbolic link (to " + target
          + ") leads outside the input root and is not followed"));
    } else if (a.isDirectory() && realParent.startsWith(real)) {
      out.add(new Entry(uri, 0, LINK_CYCLE, "a symbolic link (to " + target
          + ") leads back to a directory that holds it"));
    } else if (a.isDirectory()) {
      dirs.push(new Dir(link, real));
    } else if (a.isRegularFile()) {
      out.add(new Entry(uri, a.size(), "", "", uri(real)));
    } else {
      out.add(new Entry(uri, 0, SPECIAL, "a symbolic link to a FIFO, device or socket"));
    }
  }

  private static String target(Path link) {
    try {
      return Files.readSymbolicLink(link).toString();
    } catch (IOException | UnsupportedOperationException e) {
      return "?";
    }
  }

  private static Entry entry(Path root, Path p, BasicFileAttributes a) {
    String uri = uri(p);
    if (badName(p)) {
      return new Entry(uri, 0, BAD_NAME, "the name is not valid text in the file system's"
          + " encoding (" + escaped(p) + "); rename it to read it");
    }
    if (a.isSymbolicLink()) {
      return new Entry(uri, 0, SYMLINK, "a symbolic link (to " + target(p)
          + ") is not followed (ingest.follow_links is off)");
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
