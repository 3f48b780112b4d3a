package dev.anneal.ingest.detect;

/** The input formats Anneal reads, and the pseudo-formats for files it cannot read. */
public enum Format {
  /** Crystallographic Information File (CIF 1.1). */
  CIF("cif"),
  /** VASP POSCAR/CONTCAR structure. */
  POSCAR("poscar"),
  /** Extended XYZ frames with a lattice. */
  EXTXYZ("extxyz"),
  /** OPTIMADE structure entries (a JSON response or JSON Lines). */
  OPTIMADE("optimade"),
  /** VASP vasprun.xml. */
  VASPRUN("vasprun"),
  /** VASP OUTCAR. */
  OUTCAR("outcar"),
  /** Quantum ESPRESSO pw.x output. */
  PWSCF("pwscf"),
  /** LAMMPS log file. */
  LAMMPS_LOG("lammps_log"),
  /** A lab log as CSV or TSV. */
  LABLOG_CSV("csv"),
  /** A lab log as JSON or JSON Lines of measurement objects. */
  LABLOG_JSON("json"),
  /** A lab log as an Excel workbook (first sheet). */
  LABLOG_XLSX("xlsx"),
  /** Structured synthesis recipes, one JSON object per line (text-mined recipe sets). */
  SYNTHESIS_RECIPES("recipes"),
  /** An electronic lab notebook export (ELN file format: an RO-Crate zip). */
  ELN("eln"),
  /** Markdown text, e.g. a paper converted to Markdown. */
  MARKDOWN("markdown"),
  /** Plain UTF-8 text. */
  TEXT("text"),
  /** A JATS XML article (PubMed Central, publishers), recognized by its content. */
  JATS("jats"),
  /** A LaTeX source file with {@code \\documentclass} (bundles are read from archives). */
  LATEX("latex"),
  /** A PDF document. */
  PDF("pdf"),
  /** An HTML page. */
  HTML("html"),
  /** An XHTML page (XML syntax). */
  XHTML("xhtml"),
  /** A Word document (Office Open XML). */
  DOCX("docx"),
  /** An EPUB book. */
  EPUB("epub"),
  /** A file with no content (zero bytes, or only whitespace). */
  EMPTY("empty"),
  /** A binary file none of the parsers reads. */
  BINARY("binary"),
  /** A text file in a format none of the parsers reads. */
  UNSUPPORTED("unsupported");

  private final String code;

  Format(String code) {
    this.code = code;
  }

  /** The lower-case name used in the {@code format} column of the raw tables. */
  public String code() {
    return code;
  }
}
