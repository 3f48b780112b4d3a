package dev.anneal.ingest.detect;

import dev.anneal.ingest.SourceFile;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides a file's format from its name and its first bytes. Content wins over a misleading
 * extension where it is unambiguous: NUL bytes mean binary, whatever the name says.
 */
public final class FormatDetector {

  /** How many leading bytes are inspected. */
  public static final int HEAD_BYTES = 8192;

  private static final Map<String, Format> BY_EXTENSION = Map.ofEntries(
      Map.entry("cif", Format.CIF),
      Map.entry("mmcif", Format.CIF),
      Map.entry("vasp", Format.POSCAR),
      Map.entry("poscar", Format.POSCAR),
      Map.entry("extxyz", Format.EXTXYZ),
      Map.entry("xyz", Format.EXTXYZ),
      Map.entry("md", Format.MARKDOWN),
      Map.entry("markdown", Format.MARKDOWN),
      Map.entry("txt", Format.TEXT),
      Map.entry("text", Format.TEXT),
      Map.entry("csv", Format.LABLOG_CSV),
      Map.entry("tsv", Format.LABLOG_CSV),
      Map.entry("tab", Format.LABLOG_CSV),
      Map.entry("eln", Format.ELN),
      Map.entry("tex", Format.LATEX),
      Map.entry("ltx", Format.LATEX),
      Map.entry("html", Format.HTML),
      Map.entry("htm", Format.HTML),
      Map.entry("xhtml", Format.XHTML),
      Map.entry("xht", Format.XHTML));

  private static final Set<String> JSON_EXTENSIONS = Set.of("json", "jsonl", "ndjson");
  private static final Pattern OPTIMADE_KEYS = Pattern.compile(
      "\"(?:lattice_vectors|species_at_sites|cartesian_site_positions)\"|\"type\"\\s*:\\s*\"structures\"");

  /** Keys of a structured synthesis recipe (the text-mined solid-state dataset's shape). */
  private static final Pattern RECIPE_KEYS = Pattern.compile(
      "^\\s*\\{.*?\"(?:targets_string|reaction_string)\"\\s*:", Pattern.DOTALL);

  /** A vasprun's root element, after the XML declaration and comments. */
  private static final Pattern VASPRUN_ROOT = Pattern.compile(
      "^\\s*(?:<\\?xml[^>]*\\?>\\s*)?(?:<!--.*?-->\\s*)*<modeling>", Pattern.DOTALL);

  /** The format of {@code file}, judged from its name and {@code head}, its first bytes. */
  public Format detect(SourceFile file, byte[] head, int headLength) {
    if (isBlank(head, headLength)) {
      return Format.EMPTY;
    }
    // Notebook exports and workbooks are zips: their extension decides before the binary check.
    boolean zip = headLength >= 2 && head[0] == 'P' && head[1] == 'K';
    if (zip && file.extension().equals("eln")) {
      return Format.ELN;
    }
    if (zip && file.extension().equals("xlsx")) {
      return Format.LABLOG_XLSX;
    }
    if (zip && file.extension().equals("docx")) {
      return Format.DOCX;
    }
    if (zip && (file.extension().equals("epub") || DocumentSniffer.isEpub(head, headLength))) {
      return Format.EPUB;
    }
    if (DocumentSniffer.isPdf(head, headLength)) {
      return Format.PDF;
    }
    if (looksBinary(head, headLength)) {
      return Format.BINARY;
    }
    String name = file.name().toUpperCase(Locale.ROOT);
    if (name.startsWith("POSCAR") || name.startsWith("CONTCAR")) {
      return Format.POSCAR;
    }
    String start = new String(head, 0, Math.min(headLength, 4096), StandardCharsets.ISO_8859_1);
    // Content first, the name only a hint: a vasprun.xml renamed run.scstep is still a vasprun,
    // an OUTCAR begins with VASP's version line whatever it is called.
    if (name.startsWith("OUTCAR") || start.stripLeading().startsWith("vasp.")) {
      return Format.OUTCAR;
    }
    if (name.startsWith("VASPRUN") && name.endsWith(".XML")
        || VASPRUN_ROOT.matcher(start).find()) {
      return Format.VASPRUN;
    }
    if (start.contains("Program PWSCF")) {
      return Format.PWSCF;
    }
    if (name.equals("LOG.LAMMPS") || name.endsWith(".LOG.LAMMPS") || start.startsWith("LAMMPS (")) {
      return Format.LAMMPS_LOG;
    }
    if (StructureSniffer.isPoscar(start)) {
      return Format.POSCAR;
    }
    if (StructureSniffer.isXyz(start)) {
      return Format.EXTXYZ;
    }
    Format document = DocumentSniffer.markup(start);
    if (document != null) {
      return document;
    }
    Format byName = BY_EXTENSION.get(file.extension());
    if (byName != null) {
      return byName;
    }
    String text = new String(head, 0, headLength, StandardCharsets.UTF_8);
    if (JSON_EXTENSIONS.contains(file.extension())) {
      // OPTIMADE structure entries, synthesis recipes (one object per line), else measurement
      // objects from an instrument or a lab log.
      if (OPTIMADE_KEYS.matcher(text).find()) {
        return Format.OPTIMADE;
      }
      return RECIPE_KEYS.matcher(text).find() ? Format.SYNTHESIS_RECIPES : Format.LABLOG_JSON;
    }
    if (text.matches("(?s)(?:\\s*#[^\\n]*\\n)*\\s*data_\\S.*")) {
      return Format.CIF;
    }
    if (DocumentSniffer.isLatex(text)) {
      return Format.LATEX;
    }
    return Format.UNSUPPORTED;
  }

  private static boolean isBlank(byte[] head, int length) {
    for (int i = 0; i < length; i++) {
      byte b = head[i];
      if (b != ' ' && b != '\t' && b != '\n' && b != '\r' && b != '\f') {
        return false;
      }
    }
    return true;
  }

  /**
   * Binary if it has a NUL byte, or if more than one byte in ten is a control character other
   * than whitespace (text in any 8-bit encoding has almost none).
   */
  private static boolean looksBinary(byte[] head, int length) {
    int control = 0;
    for (int i = 0; i < length; i++) {
      int b = head[i] & 0xff;
      if (b == 0) {
        return true;
      }
      if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f' && b != 0x1a) {
        control++;
      }
    }
    return control * 10 > length;
  }
}
