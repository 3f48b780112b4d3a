package dev.anneal.ingest.simulation.vasp;

import dev.anneal.ingest.simulation.CalculationBuilder;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** Reads the vasprun.xml header blocks that are not plain parameter lists: k-points and atom info. */
final class VasprunHeader {

  private VasprunHeader() {
  }

  /**
   * {@code <kpoints>}: the generation scheme and divisions into {@code kpoints.*}, and the number
   * of irreducible points (only counted: the list can be long and is not needed downstream).
   */
  static void kpoints(XMLStreamReader r, CalculationBuilder calc) throws XMLStreamException {
    while (VasprunXml.nextChild(r)) {
      String tag = r.getLocalName();
      String name = r.getAttributeValue(null, "name");
      if (tag.equals("generation")) {
        calc.parameter("kpoints.scheme", r.getAttributeValue(null, "param"));
        while (VasprunXml.nextChild(r)) {
          String child = r.getAttributeValue(null, "name");
          if (child != null && (child.equals("divisions") || child.equals("usershift")
              || child.equals("shift"))) {
            calc.parameter("kpoints." + child, VasprunXml.squeeze(VasprunXml.text(r)));
          } else {
            VasprunXml.skip(r);
          }
        }
      } else if (tag.equals("varray") && "kpointlist".equals(name)) {
        int count = 0;
        while (VasprunXml.nextChild(r)) {
          count++;
          VasprunXml.skip(r);
        }
        calc.parameter("kpoints.count", Integer.toString(count));
      } else {
        VasprunXml.skip(r);
      }
    }
  }

  /** {@code <atominfo>}: the element of each ion in order, and the POTCAR title of each type. */
  static void atominfo(XMLStreamReader r, List<String> species, List<String> potcars)
      throws XMLStreamException {
    while (VasprunXml.nextChild(r)) {
      String name = r.getAttributeValue(null, "name");
      if (r.getLocalName().equals("array") && ("atoms".equals(name) || "atomtypes".equals(name))) {
        boolean atoms = "atoms".equals(name);
        while (VasprunXml.nextChild(r)) {
          if (!r.getLocalName().equals("set")) {
            VasprunXml.skip(r);
            continue;
          }
          while (VasprunXml.nextChild(r)) {
            List<String> cells = new java.util.ArrayList<>();
            while (VasprunXml.nextChild(r)) {
              cells.add(VasprunXml.text(r));
            }
            if (atoms && !cells.isEmpty()) {
              String symbol = element(cells.get(0));
              if (!dev.anneal.ingest.chem.Element.isSymbol(symbol)) {
                // Checked where it is read: a row built from it later could not name the atom.
                throw new UnknownElement(cells.get(0).trim(), r.getLocation() == null ? 0
                    : r.getLocation().getLineNumber());
              }
              species.add(symbol);
            } else if (!atoms && cells.size() >= 5) {
              potcars.add(VasprunXml.squeeze(cells.get(4)));
            }
          }
        }
      } else {
        VasprunXml.skip(r);
      }
    }
  }

  /**
   * An element symbol from an atominfo cell: VASP pads to two characters and some POTCARs
   * write suffixed names ({@code Fe_pv}), of which the element is the part before the underscore.
   */
  static String element(String raw) {
    String s = raw.trim();
    int cut = s.indexOf('_');
    if (cut > 0) {
      s = s.substring(0, cut);
    }
    if (s.equals("X")) {
      return "Xe";  // VASP writes Xe as "X" in atominfo (pymatgen fixes it the same way)
    }
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1).toLowerCase(java.util.Locale.ROOT);
  }

  /** An atom type in {@code <atominfo>} that is no element symbol ({@code vasp.unknown_element}). */
  static final class UnknownElement extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final int line;

    UnknownElement(String symbol, int line) {
      super("atom type '" + symbol + "' is not an element symbol");
      this.line = line;
    }
  }
}
