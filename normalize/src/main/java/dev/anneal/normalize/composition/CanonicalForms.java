package dev.anneal.normalize.composition;

import dev.anneal.ingest.chem.Composition;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The canonical forms of one parsed formula, as the CLI prints them and later stages key on them.
 *
 * @param asWritten      the text as given
 * @param reducedFormula pymatgen's reduced formula, e.g. {@code Fe2O3}; fractional amounts stay unreduced, ones omitted: {@code Ba0.9Sr0.1TiO3}
 * @param hillFormula    the Hill formula
 * @param chemsys        the chemical system, e.g. {@code Ba-O-Sr-Ti}
 * @param elements       element symbols, alphabetical
 * @param fractions      atomic fraction per element, alphabetical
 * @param flags          the parser's flag codes, alphabetical
 * @param dopants        the dopants of dopant notation ({@code Nb}, {@code Nb 0.5 wt%}), or empty
 */
public record CanonicalForms(String asWritten, String reducedFormula, String hillFormula,
                             String chemsys, List<String> elements, Map<String, Double> fractions,
                             List<String> flags, List<String> dopants) {

  public CanonicalForms {
    Objects.requireNonNull(asWritten, "asWritten");
    elements = List.copyOf(elements);
    fractions = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(fractions));
    flags = List.copyOf(flags);
    dopants = dopants == null ? List.of() : List.copyOf(dopants);
  }

  /** The canonical forms of a parsed formula. */
  public static CanonicalForms of(FormulaResult.Parsed parsed) {
    Composition c = parsed.composition();
    return new CanonicalForms(parsed.asWritten(), c.reducedFormula(), c.hillFormula(), c.chemsys(),
        c.elements(), c.fractions(), parsed.flagCodes(), parsed.dopants());
  }

  /** One JSON object with every field, keys in declaration order; no library needed for so little. */
  public String toJson() {
    StringBuilder out = new StringBuilder(256).append('{');
    field(out, "as_written", asWritten).append(',');
    field(out, "reduced_formula", reducedFormula).append(',');
    field(out, "hill_formula", hillFormula).append(',');
    field(out, "chemsys", chemsys).append(',');
    string(out.append("\"elements\":["), elements).append("],");
    out.append("\"fractions\":{");
    boolean first = true;
    for (Map.Entry<String, Double> e : fractions.entrySet()) {
      if (!first) {
        out.append(',');
      }
      first = false;
      quote(out, e.getKey()).append(':').append(e.getValue());
    }
    out.append("},");
    string(out.append("\"flags\":["), flags).append(']');
    if (!dopants.isEmpty()) {
      string(out.append(",\"dopants\":["), dopants).append(']');
    }
    return out.append('}').toString();
  }

  private static StringBuilder field(StringBuilder out, String key, String value) {
    return quote(quote(out, key).append(':'), value);
  }

  private static StringBuilder string(StringBuilder out, List<String> values) {
    for (int i = 0; i < values.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      quote(out, values.get(i));
    }
    return out;
  }

  /** A JSON string literal: quotes, backslashes and control characters escaped. */
  static StringBuilder quote(StringBuilder out, String s) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c < 0x20) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.append('"');
  }
}
