package dev.anneal.ingest.detect;

import dev.anneal.ingest.SourceFile;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * What recognition rules look at: a file's name and its first bytes, with the views of them the
 * rules share (upper-case name, the head as Latin-1 and as UTF-8 text) computed once.
 */
public final class Probe {

  private final SourceFile file;
  private final byte[] head;
  private final int headLength;
  private String upperName;
  private String start;
  private String text;
  private Format markup;
  private boolean markupDone;

  /** A probe of {@code file} whose first {@code headLength} bytes are in {@code head}. */
  public Probe(SourceFile file, byte[] head, int headLength) {
    this.file = file;
    this.head = head;
    this.headLength = headLength;
  }

  /** The file. */
  public SourceFile file() {
    return file;
  }

  /** The head's bytes (only the first {@link #headLength()} count). */
  public byte[] head() {
    return head;
  }

  /** How many bytes of the head are valid. */
  public int headLength() {
    return headLength;
  }

  /** The lower-case extension, or empty. */
  public String extension() {
    return file.extension();
  }

  /** The file name in upper case (VASP and LAMMPS names are matched case-blind). */
  public String upperName() {
    if (upperName == null) {
      upperName = file.name().toUpperCase(Locale.ROOT);
    }
    return upperName;
  }

  /** The first 4 KiB as Latin-1: one char per byte, for signatures and shapes. */
  public String start() {
    if (start == null) {
      start = new String(head, 0, Math.min(headLength, 4096), StandardCharsets.ISO_8859_1);
    }
    return start;
  }

  /** The whole head decoded as UTF-8, for patterns in text formats. */
  public String text() {
    if (text == null) {
      text = new String(head, 0, headLength, StandardCharsets.UTF_8);
    }
    return text;
  }

  /** Whether the file starts like a zip archive. */
  public boolean zip() {
    return headLength >= 2 && head[0] == 'P' && head[1] == 'K';
  }

  /** The markup format the root element names (JATS, HTML, XHTML), or null. */
  public Format markup() {
    if (!markupDone) {
      markup = DocumentSniffer.markup(start());
      markupDone = true;
    }
    return markup;
  }
}
