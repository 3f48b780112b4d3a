package dev.anneal.ingest.detect;

/**
 * The order in which recognition rules are tried: strong evidence (emptiness, container and
 * magic bytes, signatures) before weak evidence (the extension, then text patterns). Within one
 * phase, rules are tried in the registry's order of formats.
 */
public enum Phase {
  /** Only whitespace: nothing to read. */
  BLANK,
  /** A zip whose extension names the application format inside (notebook, workbook, e-book). */
  CONTAINER,
  /** Magic bytes near the start (PDF). */
  MAGIC,
  /** NUL or many control bytes: binary, whatever the name says. */
  BINARY,
  /** A program's signature line or root element, or a file name a code always writes. */
  SIGNATURE,
  /** The shape of the first lines (POSCAR, XYZ), for formats without a magic word. */
  SHAPE,
  /** The root element of a markup document (JATS, HTML, XHTML). */
  MARKUP,
  /** The file name's extension, when the content said nothing. */
  EXTENSION,
  /** Keys in a JSON file (which of the JSON formats it is). */
  JSON_KEYS,
  /** A pattern anywhere in the head (a CIF data block, a LaTeX preamble). */
  TEXT_PATTERN,
  /** Nothing else matched. */
  FALLBACK
}
