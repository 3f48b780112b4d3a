package dev.anneal.ingest.literature.latex;

import dev.anneal.ingest.SourceFile;
import dev.anneal.ingest.archive.ArchiveKind;
import dev.anneal.ingest.archive.ArchiveMembers;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Tells a LaTeX source bundle from an archive of unrelated files: a bundle has a main
 * {@code .tex} file (with {@code \documentclass} and {@code \begin{document}}) among its first
 * {@value #MAX_SCANNED_MEMBERS} members. A bundle is one document; its figures, styles and
 * bibliography files are the document's assets, not inputs of their own.
 */
public final class LatexBundles {

  /** Archives larger than this are never treated as bundles (arXiv caps sources at 50 MB). */
  public static final long MAX_BUNDLE_BYTES = 64L << 20;
  /** Only the first members are looked at, so a container of many files is not read twice. */
  public static final int MAX_SCANNED_MEMBERS = 2000;
  /** The largest {@code .tex} member read. */
  public static final int MAX_TEX_BYTES = 8 << 20;

  private static final Set<String> ASSETS = Set.of("tex", "ltx", "bbl", "bib", "sty", "cls",
      "bst", "clo", "def", "cfg", "fd", "png", "jpg", "jpeg", "gif", "pdf", "eps", "ps", "svg",
      "pgf", "tikz", "pdf_tex", "pdftex_t", "pstex_t", "dat", "blg", "aux", "out", "log", "toc",
      "spl", "xbb", "bb", "mps", "ind", "idx", "gls", "nlo", "synctex", "gz");

  /**
   * The bundle's {@code .tex} files.
   *
   * @param texts path inside the bundle → text, for every {@code .tex} member
   */
  public record Bundle(Map<String, String> texts) {
  }

  private LatexBundles() {
  }

  /** The bundle in {@code bytes}, an archive of {@code kind}, if it is one. */
  public static Optional<Bundle> scan(SourceFile archive, byte[] bytes, ArchiveKind kind) {
    if (!kind.isMultiMember() || bytes.length > MAX_BUNDLE_BYTES) {
      return Optional.empty();
    }
    Map<String, String> texts = new LinkedHashMap<>();
    ArchiveMembers members = new ArchiveMembers(archive, new ByteArrayInputStream(bytes), kind);
    int seen = 0;
    String prefix = archive.uri() + "!/";
    try {
      while (members.hasNext() && seen++ < MAX_SCANNED_MEMBERS) {
        ArchiveMembers.Member m = members.next();
        if (m.failure() != null) {
          break;
        }
        String path = m.file().uri().substring(prefix.length());
        if (path.toLowerCase(Locale.ROOT).endsWith(".tex")) {
          byte[] content = m.content().readNBytes(MAX_TEX_BYTES);
          texts.put(path, decode(content));
        }
      }
    } catch (IOException e) {
      return Optional.empty();
    }
    return LatexReader.mainFile(texts).isPresent() ? Optional.of(new Bundle(texts))
        : Optional.empty();
  }

  /** Whether a member of a bundle is one of the document's own files (source, figure, style). */
  public static boolean isAsset(String memberName) {
    String n = memberName.toLowerCase(Locale.ROOT);
    int dot = n.lastIndexOf('.');
    int slash = n.lastIndexOf('/');
    return dot > slash && ASSETS.contains(n.substring(dot + 1)) || n.endsWith("/00readme.xxx")
        || n.equals("00readme.xxx");
  }

  /** UTF-8, or Latin-1 for the older sources that are not UTF-8. */
  static String decode(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      return new String(bytes, StandardCharsets.ISO_8859_1);
    }
  }
}
