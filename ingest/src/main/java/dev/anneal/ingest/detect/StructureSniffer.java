package dev.anneal.ingest.detect;

import java.util.regex.Pattern;

/**
 * Recognizes the text structure formats that carry no magic word — VASP POSCAR and (extended)
 * XYZ — by the shape of their first lines, so a file under any name is read by its content.
 */
final class StructureSniffer {

  private static final String NUMBER = "[-+]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eEdD][-+]?\\d+)?";
  private static final Pattern ONE_OR_THREE_NUMBERS =
      Pattern.compile("\\s*" + NUMBER + "(?:\\s+" + NUMBER + "\\s+" + NUMBER + ")?\\s*");
  private static final Pattern THREE_NUMBERS =
      Pattern.compile("\\s*" + NUMBER + "\\s+" + NUMBER + "\\s+" + NUMBER + "(?:\\s.*)?");
  private static final Pattern COUNTS = Pattern.compile("\\s*\\d+(?:\\s+\\d+)*\\s*");
  private static final Pattern SYMBOLS =
      Pattern.compile("\\s*[A-Z][a-z]?\\S*(?:\\s+[A-Z][a-z]?\\S*)*\\s*");
  private static final Pattern COORDINATE_MODE = Pattern.compile("\\s*[DdCcKkSs].*");
  private static final Pattern ATOM_COUNT = Pattern.compile("\\s*[1-9]\\d*\\s*");
  private static final Pattern XYZ_ATOM = Pattern.compile(
      "\\s*[A-Z][a-z]?\\s+" + NUMBER + "\\s+" + NUMBER + "\\s+" + NUMBER + "(?:\\s.*)?");

  private StructureSniffer() {
  }

  /**
   * A POSCAR: a comment, a scale (one number or three), three lattice rows of three numbers,
   * species symbols (VASP 5 and later) or straight away the counts, then the coordinate mode
   * (Direct, Cartesian, or Selective dynamics first).
   */
  static boolean isPoscar(String start) {
    String[] lines = start.split("\r?\n", 10);
    if (lines.length < 8 || !ONE_OR_THREE_NUMBERS.matcher(lines[1]).matches()) {
      return false;
    }
    for (int i = 2; i <= 4; i++) {
      if (!THREE_NUMBERS.matcher(lines[i]).matches()) {
        return false;
      }
    }
    int next = 5;
    if (SYMBOLS.matcher(lines[next]).matches()) {
      next++;
    }
    return COUNTS.matcher(lines[next]).matches()
        && COORDINATE_MODE.matcher(lines[next + 1]).matches();
  }

  /** An XYZ file: a positive atom count alone on the first line, then a comment line, then atoms. */
  static boolean isXyz(String start) {
    String[] lines = start.split("\r?\n", 4);
    return lines.length >= 3 && ATOM_COUNT.matcher(lines[0]).matches()
        && XYZ_ATOM.matcher(lines[2]).matches();
  }
}
