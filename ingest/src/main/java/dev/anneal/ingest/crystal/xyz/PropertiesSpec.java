package dev.anneal.ingest.crystal.xyz;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The column layout an extended XYZ {@code Properties=name:type:count:...} value declares, with
 * where the species (or atomic number) and position columns are, wherever the writer put them.
 *
 * @param columns      every declared property in order
 * @param speciesIndex the token index of the species column, or -1
 * @param numberIndex  the token index of an atomic-number ({@code Z}) column, or -1
 * @param posIndex     the token index of the first of the three position columns
 * @param width        how many tokens an atom line must have
 */
record PropertiesSpec(List<Column> columns, int speciesIndex, int numberIndex, int posIndex,
                      int width) {

  /** The spec ASE assumes when a frame declares none. */
  static final String DEFAULT = "species:S:1:pos:R:3";

  /**
   * One declared property.
   *
   * @param name  the property name
   * @param type  S (string), R (real), I (integer) or L (logical)
   * @param count how many columns it spans
   */
  record Column(String name, char type, int count) {
  }

  /** Thrown for a malformed spec; the message says what is wrong. */
  static final class BadSpec extends Exception {
    private static final long serialVersionUID = 1L;

    BadSpec(String message) {
      super(message, null, false, false);
    }
  }

  /** Parses a Properties value. */
  static PropertiesSpec parse(String spec) throws BadSpec {
    String[] parts = spec.trim().split(":", -1);
    if (parts.length == 0 || parts.length % 3 != 0) {
      throw new BadSpec("Properties must be name:type:count triples: '" + spec + "'");
    }
    List<Column> columns = new ArrayList<>();
    int species = -1;
    int number = -1;
    int pos = -1;
    int offset = 0;
    for (int i = 0; i < parts.length; i += 3) {
      String name = parts[i];
      String type = parts[i + 1].toUpperCase(Locale.ROOT);
      int count;
      try {
        count = Integer.parseInt(parts[i + 2]);
      } catch (NumberFormatException e) {
        throw new BadSpec("column count '" + parts[i + 2] + "' of " + name + " is not a number");
      }
      if (name.isEmpty() || type.length() != 1 || "SRIL".indexOf(type.charAt(0)) < 0
          || count < 1) {
        throw new BadSpec("bad property '" + name + ":" + parts[i + 1] + ":" + parts[i + 2] + "'");
      }
      Column c = new Column(name, type.charAt(0), count);
      columns.add(c);
      // ASE's names: species→symbols, pos→positions, Z→numbers
      if ((name.equals("species") || name.equals("symbols")) && c.type() == 'S' && count == 1) {
        species = offset;
      } else if ((name.equals("Z") || name.equals("numbers")) && c.type() == 'I' && count == 1) {
        number = offset;
      } else if ((name.equals("pos") || name.equals("positions")) && c.type() == 'R'
          && count == 3) {
        pos = offset;
      }
      offset += count;
    }
    if (pos < 0) {
      throw new BadSpec("no pos:R:3 column in '" + spec + "'");
    }
    if (species < 0 && number < 0) {
      throw new BadSpec("no species:S:1 or Z:I:1 column in '" + spec + "'");
    }
    return new PropertiesSpec(List.copyOf(columns), species, number, pos, offset);
  }
}
