package dev.anneal.ingest.archive;

import java.util.Locale;
import java.util.Optional;

/** The archive and compression formats Anneal reads through, detected by name or magic bytes. */
public enum ArchiveKind {
  /** A tar archive. */
  TAR,
  /** A gzip-compressed tar archive ({@code .tar.gz}, {@code .tgz}). */
  TAR_GZ,
  /** An xz-compressed tar archive ({@code .tar.xz}, {@code .txz}). */
  TAR_XZ,
  /** A bzip2-compressed tar archive ({@code .tar.bz2}, {@code .tbz2}). */
  TAR_BZ2,
  /** A zip archive. */
  ZIP,
  /** One gzip-compressed file. */
  GZ,
  /** One xz-compressed file. */
  XZ,
  /** One bzip2-compressed file. */
  BZ2;

  /** The kind of a file named {@code name} whose first bytes are {@code head}, if it is one. */
  public static Optional<ArchiveKind> detect(String name, byte[] head, int headLength) {
    String n = name.toLowerCase(Locale.ROOT);
    if (n.endsWith(".tar.gz") || n.endsWith(".tgz")) {
      return Optional.of(TAR_GZ);
    }
    if (n.endsWith(".tar.xz") || n.endsWith(".txz")) {
      return Optional.of(TAR_XZ);
    }
    if (n.endsWith(".tar.bz2") || n.endsWith(".tbz2")) {
      return Optional.of(TAR_BZ2);
    }
    if (n.endsWith(".tar")) {
      return Optional.of(TAR);
    }
    // A tar by its magic wherever it is nested (the tar inside an OUTCAR.gz, whatever its name).
    if (headLength >= 262 && head[257] == 'u' && head[258] == 's' && head[259] == 't'
        && head[260] == 'a' && head[261] == 'r') {
      return Optional.of(TAR);
    }
    // Zip by magic as well, wherever it is nested and whatever it is called, except the zip
    // formats a reader of their own reads (.eln notebooks, .xlsx, .docx, .epub).
    if (n.endsWith(".zip")) {
      return Optional.of(ZIP);
    }
    if (n.endsWith(".gz") || startsWith(head, headLength, 0x1f, 0x8b)) {
      return Optional.of(GZ);
    }
    if (n.endsWith(".xz") || startsWith(head, headLength, 0xfd, '7', 'z', 'X', 'Z', 0x00)) {
      return Optional.of(XZ);
    }
    if (n.endsWith(".bz2") || startsWith(head, headLength, 'B', 'Z', 'h')) {
      return Optional.of(BZ2);
    }
    String extension = n.lastIndexOf('.') < 0 ? "" : n.substring(n.lastIndexOf('.') + 1);
    if (startsWith(head, headLength, 'P', 'K', 3, 4)
        && !dev.anneal.ingest.detect.FormatRegistry.isZipFormatExtension(extension)) {
      return Optional.of(ZIP);
    }
    return Optional.empty();
  }

  /** Whether members are archive entries (else the file wraps one compressed stream). */
  public boolean isMultiMember() {
    return this == TAR || this == TAR_GZ || this == TAR_XZ || this == TAR_BZ2 || this == ZIP;
  }

  private static boolean startsWith(byte[] head, int length, int... magic) {
    if (length < magic.length) {
      return false;
    }
    for (int i = 0; i < magic.length; i++) {
      if ((head[i] & 0xff) != magic[i]) {
        return false;
      }
    }
    return true;
  }
}
