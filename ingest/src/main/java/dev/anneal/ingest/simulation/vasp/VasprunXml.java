package dev.anneal.ingest.simulation.vasp;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
    while (nextChild(r)) {
      String tag = r.getLocalName();
      String name = r.getAttributeValue(null, "name");
      if (tag.equals("i") || tag.equals("v")) {
        String value = text(r).replaceAll("\\s+", " ");
        if (name != null && (override || !out.containsKey(name))) {
          out.put(name, value);
        }
      } else {
        readParams(r, out, override && !"response functions".equals(name));
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
    String t = s.trim();
    if (t.isEmpty()) {
      return new double[0];
    }
    String[] parts = t.split("\\s+");
    double[] out = new double[parts.length];
    for (int i = 0; i < parts.length; i++) {
      out[i] = number(parts[i]);
    }
    return out;
  }

  /** One number, NaN for an overflow field of asterisks. */
  static double number(String s) {
    if (s.indexOf('*') >= 0) {
      return Double.NaN;
    }
    return Double.parseDouble(s);
  }
}
