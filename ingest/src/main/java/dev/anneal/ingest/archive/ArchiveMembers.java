package dev.anneal.ingest.archive;

import dev.anneal.ingest.Rejection;
import dev.anneal.ingest.SourceFile;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.apache.commons.compress.archivers.ArchiveEntry;
import org.apache.commons.compress.archivers.ArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;

/**
 * The regular-file members of an archive, read as a stream: each member's content is readable
 * until {@link #next()} is called again. A damaged archive ends with a member that carries the
 * rejection instead of content; the members before it are kept.
 */
public final class ArchiveMembers implements Iterator<ArchiveMembers.Member> {

  /**
   * One member: its file (named {@code archive!/path/in/archive}) and either its content or,
   * for the last member of a damaged archive, why reading stopped.
   *
   * @param file    the member as a source file
   * @param content the member's bytes, or null when {@code failure} is set
   * @param failure why the archive could not be read further, or null
   */
  public record Member(SourceFile file, InputStream content, Rejection failure) {
  }

  private final SourceFile archive;
  private final ArchiveKind kind;
  private final InputStream raw;
  private ArchiveInputStream<? extends ArchiveEntry> entries;
  private Member pending;
  private boolean done;
  private String lastMember = "";
  private int count;

  /** The members of {@code archive}, whose bytes are {@code in}, of kind {@code kind}. */
  public ArchiveMembers(SourceFile archive, InputStream in, ArchiveKind kind) {
    this.archive = archive;
    this.kind = kind;
    this.raw = in;
  }

  @Override
  public boolean hasNext() {
    if (pending == null && !done) {
      pending = advance();
    }
    return pending != null;
  }

  @Override
  public Member next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    Member m = pending;
    pending = null;
    return m;
  }

  private Member advance() {
    try {
      if (!kind.isMultiMember()) {
        done = true;
        String inner = stripSuffix(archive.name());
        return new Member(new SourceFile(archive.uri() + "!/" + inner, -1),
            shielded(decompress(raw, kind)), null);
      }
      if (entries == null) {
        entries = open();
      }
      ArchiveEntry entry;
      while ((entry = entries.getNextEntry()) != null) {
        if (entry.isDirectory()) {
          continue;
        }
        if (!isRegular(entry)) {
          // A link or device member is never followed or read, and never silently skipped.
          count++;
          lastMember = entry.getName();
          return new Member(new SourceFile(archive.uri() + "!/" + entry.getName(), 0), null,
              new Rejection(archive.uri() + "!/" + entry.getName(), "ingest",
                  "archive.link_member", "a link or special-file member ("
                  + linkTarget(entry) + ") is not followed", "member " + count, ""));
        }
        count++;
        lastMember = entry.getName();
        long size = entry.getSize() >= 0 ? entry.getSize() : -1;
        return new Member(new SourceFile(archive.uri() + "!/" + entry.getName(), size),
            shielded(entries), null);
      }
      done = true;
      return null;
    } catch (IOException | RuntimeException e) {
      done = true;
      String where = count == 0 ? "before the first member" : "after member " + count + " ('"
          + lastMember + "')";
      return new Member(archive, null, new Rejection(archive.uri(), "ingest", "archive.corrupt",
          "the " + kind.name().toLowerCase(java.util.Locale.ROOT) + " archive cannot be read "
              + where + ": " + e.getMessage(), count == 0 ? "" : "member " + count, ""));
    }
  }

  private ArchiveInputStream<? extends ArchiveEntry> open() throws IOException {
    return switch (kind) {
      case ZIP -> new ZipArchiveInputStream(raw, "UTF-8", true, true);
      case TAR -> new TarArchiveInputStream(raw);
      case TAR_GZ -> new TarArchiveInputStream(decompress(raw, ArchiveKind.GZ));
      case TAR_XZ -> new TarArchiveInputStream(decompress(raw, ArchiveKind.XZ));
      case TAR_BZ2 -> new TarArchiveInputStream(decompress(raw, ArchiveKind.BZ2));
      default -> throw new IllegalStateException("not a multi-member kind: " + kind);
    };
  }

  private static InputStream decompress(InputStream in, ArchiveKind kind) throws IOException {
    return switch (kind) {
      case GZ, TAR_GZ -> new GzipCompressorInputStream(in, true);
      case XZ, TAR_XZ -> new XZCompressorInputStream(in, true);
      case BZ2, TAR_BZ2 -> new BZip2CompressorInputStream(in, true);
      default -> in;
    };
  }

  private static boolean isRegular(ArchiveEntry entry) {
    if (entry instanceof org.apache.commons.compress.archivers.tar.TarArchiveEntry tar) {
      // isFile() is true for any entry not named like a directory, links included.
      return tar.isFile() && !tar.isSymbolicLink() && !tar.isLink() && !tar.isCharacterDevice()
          && !tar.isBlockDevice() && !tar.isFIFO();
    }
    if (entry instanceof org.apache.commons.compress.archivers.zip.ZipArchiveEntry zip) {
      return !zip.isUnixSymlink();
    }
    return true;
  }

  private static String linkTarget(ArchiveEntry entry) {
    if (entry instanceof org.apache.commons.compress.archivers.tar.TarArchiveEntry tar
        && (tar.isSymbolicLink() || tar.isLink())) {
      return (tar.isSymbolicLink() ? "symbolic link to '" : "hard link to '")
          + tar.getLinkName() + "'";
    }
    return "not a regular file";
  }

  /** The name of the file inside a single-file compression: {@code a.cif.gz} → {@code a.cif}. */
  static String stripSuffix(String name) {
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  /** Parsers must not close the archive under the next member, so close() is a no-op here. */
  private static InputStream shielded(InputStream in) {
    return new FilterInputStream(in) {
      @Override
      public void close() {
      }
    };
  }
}
