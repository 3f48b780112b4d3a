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

  /** Expansion below this many bytes is never a bomb, whatever its ratio (a blank text file). */
  static final long RATIO_FLOOR_BYTES = 1 << 20;

  private final SourceFile archive;
  private final ArchiveKind kind;
  private final InputStream raw;
  private final long maxMemberBytes;
  private final long maxMembers;
  private final long maxRatio;
  /** Compressed bytes taken from the archive so far. */
  private long rawBytes;
  /** Member bytes handed out so far. */
  private long expandedBytes;
  /** Why the member handed out last was refused while it was read, or null. */
  private Rejection refusal;
  private ArchiveInputStream<? extends ArchiveEntry> entries;
  private Member pending;
  private boolean done;
  private String lastMember = "";
  private int count;

  /** The members of {@code archive}, whose bytes are {@code in}, of kind {@code kind}. */
  public ArchiveMembers(SourceFile archive, InputStream in, ArchiveKind kind) {
    this(archive, in, kind, dev.anneal.ingest.IngestLimits.defaults());
  }

  /**
   * The members of {@code archive}, refused while streaming when a member is larger than
   * {@code limits.archiveMaxMemberBytes()} ({@code archive.member_too_large}: that member only),
   * when there are more than {@code archiveMaxMembers()} ({@code archive.too_many_members}: the
   * rest), or when the bytes expanded so far exceed {@code archiveMaxRatio()} times the
   * compressed bytes read ({@code archive.ratio_exceeded}: the member and the rest).
   */
  public ArchiveMembers(SourceFile archive, InputStream in, ArchiveKind kind,
                        dev.anneal.ingest.IngestLimits limits) {
    this.archive = archive;
    this.kind = kind;
    this.raw = new FilterInputStream(in) {
      @Override
      public int read() throws IOException {
        int b = super.read();
        rawBytes += b < 0 ? 0 : 1;
        return b;
      }

      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        rawBytes += Math.max(n, 0);
        return n;
      }
    };
    this.maxMemberBytes = limits.archiveMaxMemberBytes();
    this.maxMembers = limits.archiveMaxMembers();
    this.maxRatio = limits.archiveMaxRatio();
  }

  /**
   * Why the member returned last was refused while its content was read (too large, or the
   * archive expands like a bomb), or null: its reader's result is then replaced by this row.
   */
  public Rejection refusal() {
    return refusal;
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
    refusal = null;
    try {
      if (!kind.isMultiMember()) {
        done = true;
        String inner = stripSuffix(archive.name());
        SourceFile file = new SourceFile(archive.uri() + "!/" + inner, -1);
        return new Member(file, guarded(decompress(raw, kind), file, 1), null);
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
        if (count >= maxMembers) {
          done = true;
          return new Member(archive, null, new Rejection(archive.uri(), "ingest",
              "archive.too_many_members", "the archive has more than " + maxMembers
              + " members (ingest.limits.archive_max_members); the rest are not read",
              "after member " + count, ""));
        }
        count++;
        lastMember = entry.getName();
        long size = entry.getSize() >= 0 ? entry.getSize() : -1;
        SourceFile file = new SourceFile(archive.uri() + "!/" + entry.getName(), size);
        if (size > maxMemberBytes) {
          // The header says so: refused unread (skipping it is the next getNextEntry's work).
          return new Member(file, null, tooLarge(file, "declares " + size + " bytes"));
        }
        return new Member(file, guarded(entries, file, count), null);
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

  private Rejection tooLarge(SourceFile file, String what) {
    return new Rejection(file.uri(), "ingest", "archive.member_too_large", "the member " + what
        + ", more than the limit of " + maxMemberBytes
        + " bytes (ingest.limits.archive_max_member_bytes); not read", "", "");
  }

  /**
   * A member's content that counts what it expands to and fails its reads (so its reader stops)
   * once the member is over the size limit or the archive over the expansion ratio. Parsers must
   * not close the archive under the next member, so close() is a no-op here.
   */
  private InputStream guarded(InputStream in, SourceFile file, int member) {
    return new FilterInputStream(in) {
      private long bytes;

      @Override
      public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n <= 0 ? -1 : one[0] & 0xff;
      }

      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        if (refusal != null) {
          throw new IOException(refusal.message());
        }
        int n = super.read(b, off, len);
        if (n > 0) {
          bytes += n;
          expandedBytes += n;
          check();
        }
        return n;
      }

      @Override
      public long skip(long n) throws IOException {
        byte[] sink = new byte[(int) Math.min(n, 8192)];
        int r = read(sink, 0, sink.length);
        return Math.max(r, 0);
      }

      private void check() throws IOException {
        if (bytes > maxMemberBytes) {
          refusal = tooLarge(file, "holds more than " + maxMemberBytes + " bytes");
        } else if (expandedBytes > RATIO_FLOOR_BYTES
            && expandedBytes > maxRatio * Math.max(rawBytes, 1)) {
          // A bomb: stop the whole archive, not only this member.
          done = true;
          refusal = new Rejection(file.uri(), "ingest", "archive.ratio_exceeded",
              "the archive expands to more than " + maxRatio + " times its compressed size ("
                  + expandedBytes + " bytes from " + rawBytes + " at member " + member
                  + "; ingest.limits.archive_max_ratio); it is not read further", "", "");
        }
        if (refusal != null) {
          throw new IOException(refusal.message());
        }
      }

      @Override
      public void close() {
      }
    };
  }
}
