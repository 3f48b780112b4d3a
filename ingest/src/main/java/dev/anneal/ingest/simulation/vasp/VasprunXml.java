package dev.anneal.ingest.simulation.vasp;

import dev.anneal.ingest.Decimals;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * StAX helpers for the few vasprun.xml shapes ({@code <i>}, {@code <v>}, {@code <varray>},
 * {@code <structure>}): each starts on a START_ELEMENT and returns on its matching END_ELEMENT,
 * so callers can walk the file one element at a time without building a tree.
 */
final class VasprunXml {

  private VasprunXml() {
  }

  /** A structure as vasprun writes it: basis rows (Å) and fractional positions. */
  record Cell(double[][] basis, List<double[]> positions) {
  }

  /** Skips the current element and everything inside it. */
  static void skip(XMLStreamReader r) throws XMLStreamException {
    int depth = 1;
    while (depth > 0) {
      int e = r.next();
      if (e == XMLStreamConstants.START_ELEMENT) {
        depth++;
      } else if (e == XMLStreamConstants.END_ELEMENT) {
        depth--;
      }
    }
  }

  /**
   * Advances to the next child START_ELEMENT of the current element and returns true, or to the
   * current element's END_ELEMENT and returns false.
   */
  static boolean nextChild(XMLStreamReader r) throws XMLStreamException {
    while (true) {
      int e = r.next();
      if (e == XMLStreamConstants.START_ELEMENT) {
        return true;
      }
      if (e == XMLStreamConstants.END_ELEMENT) {
        return false;
      }
    }
  }

  /** The trimmed text of a leaf element ({@code <i>}, {@code <v>}, {@code <c>}). */
  static String text(XMLStreamReader r) throws XMLStreamException {
    return r.getElementText().trim();
  }

  /**
   * Reads every {@code <i>}/{@code <v>} below the current element into {@code out} by its
   * {@code name}, descending into {@code <separator>}s as pymatgen's {@code _parse_params} does:
   * values under "response functions" do not override the root values.
   */
  static void readParams(XMLStreamReader r, Map<String, String> out, boolean override)
      throws XMLStreamException {
    readParams(r, out, override, null);
  }

  /**
   * As {@link #readParams(XMLStreamReader, Map, boolean)}, keeping only the names in
   * {@code wanted} (all when null): the text of the others is never built.
   */
  static void readParams(XMLStreamReader r, Map<String, String> out, boolean override,
      Set<String> wanted) throws XMLStreamException {
    while (nextChild(r)) {
      String tag = r.getLocalName();
      String name = r.getAttributeValue(null, "name");
      if (tag.equals("i") || tag.equals("v")) {
        if (name != null && wanted != null && !wanted.contains(name)) {
          skip(r);
          continue;
        }
        String value = squeeze(text(r));
        if (name != null && (override || !out.containsKey(name))) {
          out.put(name, value);
        }
      } else {
        readParams(r, out, override && !"response functions".equals(name), wanted);
      }
    }
  }

  /** Reads the {@code <v>} rows of a {@code <varray>} as numbers. */
  static double[][] varray(XMLStreamReader r) throws XMLStreamException {
    List<double[]> rows = new ArrayList<>();
    while (nextChild(r)) {
      if (r.getLocalName().equals("v")) {
        rows.add(numbers(text(r)));
      } else {
        skip(r);
      }
    }
    return rows.toArray(new double[0][]);
  }

  /** Reads a {@code <structure>}: the {@code basis} and {@code positions} varrays. */
  static Cell structure(XMLStreamReader r) throws XMLStreamException {
    double[][] basis = null;
    double[][] positions = null;
    while (nextChild(r)) {
      String tag = r.getLocalName();
      String name = r.getAttributeValue(null, "name");
      if (tag.equals("crystal")) {
        while (nextChild(r)) {
          if (r.getLocalName().equals("varray") && "basis".equals(r.getAttributeValue(null, "name"))) {
            basis = varray(r);
          } else {
            skip(r);
          }
        }
      } else if (tag.equals("varray") && "positions".equals(name)) {
        positions = varray(r);
      } else {
        skip(r);
      }
    }
    if (basis == null || basis.length != 3 || positions == null) {
      return null;
    }
    return new Cell(basis, List.of(positions));
  }

  /**
   * Whitespace-separated numbers. VASP prints {@code ****} when a value overflows its Fortran
   * field; that becomes NaN, as in pymatgen's {@code _vasprun_float}.
   */
  static double[] numbers(String s) {
    double[] out = new double[8];
    int n = 0;
    int len = s.length();
    int i = 0;
    while (true) {
      while (i < len && s.charAt(i) <= ' ') {
        i++;
      }
      if (i == len) {
        break;
      }
      int start = i;
      boolean overflow = false;
      while (i < len && s.charAt(i) > ' ') {
        overflow |= s.charAt(i) == '*';
        i++;
      }
      if (n == out.length) {
        out = java.util.Arrays.copyOf(out, n * 2);
      }
      out[n++] = overflow ? Double.NaN : Decimals.parse(s, start, i);
    }
    return n == out.length ? out : java.util.Arrays.copyOf(out, n);
  }

  /** One number, NaN for an overflow field of asterisks. */
  static double number(String s) {
    if (s.indexOf('*') >= 0) {
      return Double.NaN;
    }
    return Decimals.parse(s, 0, s.length());
  }

  /**
   * Every run of whitespace made one space, exactly what {@code replaceAll("\s+", " ")} gives
   * (callers pass trimmed text), without compiling a regex for every value.
   */
  static String squeeze(String s) {
    int len = s.length();
    int i = 0;
    while (i < len && !(space(s.charAt(i)) && (s.charAt(i) != ' '
        || (i + 1 < len && space(s.charAt(i + 1)))))) {
      i++;
    }
    if (i == len) {
      return s;
    }
    StringBuilder b = new StringBuilder(len).append(s, 0, i);
    while (i < len) {
      char c = s.charAt(i++);
      if (space(c)) {
        while (i < len && space(s.charAt(i))) {
          i++;
        }
        b.append(' ');
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }

  /** Java regex {@code \s}: space, tab, newline, vertical tab, form feed, carriage return. */
  private static boolean space(char c) {
    return c == ' ' || (c >= '\t' && c <= '\r');
  }
}
