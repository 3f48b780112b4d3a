package dev.anneal.normalize.link;

import dev.anneal.ingest.chem.Composition;
import dev.anneal.ingest.chem.Element;
import dev.anneal.normalize.composition.FormulaParser;
import dev.anneal.normalize.composition.FormulaResult;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tells formula-like tokens that are not materials from those that are: coordination polyhedra
 * and structural motifs ({@code FeO6 octahedra}, {@code PO4 tetrahedra}, {@code CuO2 planes},
 * {@code Cu-O chains}), bare polyanions ({@code PO4}, {@code SO4}: no neutral compound has these
 * formulas), single-metal oxygen polyhedra ({@code TiO6}, {@code NbO6}), structure-type names
 * ({@code AlB2-type}), ions ({@code NH4+},
 * {@code Li⁺}, {@code PO4³⁻}) and element systems ({@code Li-Fe-P-O}, {@code Y–Ba–Cu–O}).
 */
public final class MotifFilter {

  private static final Pattern MOTIF_AFTER = Pattern.compile(
      "^[\\s-]*(?:\\(\\w+\\)\\s*)?(?:octahedr|tetrahedr|polyhedr|pyramid|trigonal prism|"
      + "square[- ]plan|prism|dimer|trimer|chains?\\b|planes?\\b|units?\\b|groups?\\b|anion|"
      + "polyanion|cluster|bonds?\\b|framework|moiet|ligand|ion\\b|ions\\b|radical)",
      Pattern.CASE_INSENSITIVE);
  /** A structure-type name: {@code AlB2-type MgB2}, {@code NaCl-like}. */
  private static final Pattern PROTOTYPE_AFTER = Pattern.compile(
      "^[- ](?:type|like|structure[sd]?)\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern CHARGE_AFTER = Pattern.compile("^(?:[0-9]?[+⁺⁻]|[²³⁴]?[⁺⁻])");
  private static final Pattern SYSTEM = Pattern.compile(
      "^[A-Z][a-z]?(?:\\s*[-–−]\\s*[A-Z][a-z]?)+$");
  private static final Set<String> POLYANIONS = Set.of("PO4", "SO4", "SiO4", "BO3", "CO3",
      "NO3", "WO4", "MoO4", "VO4", "ClO4", "AsO4", "BO4", "GeO4", "CrO4", "BF4", "PF6",
      "P2O7", "Si2O7", "SiO3", "AlO4", "AlO6", "BO2");

  private MotifFilter() {
  }

  /** {@code text} with subscript digits and signs written as plain ones (same length). */
  public static String plainDigits(String text) {
    StringBuilder b = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      char plain = c >= '₀' && c <= '₉' ? (char) ('0' + (c - '₀')) : c == '₋' ? '-'
          : c == '₊' ? '+' : c;
      if (plain != c) {
        if (b == null) {
          b = new StringBuilder(text);
        }
        b.setCharAt(i, plain);
      }
    }
    return b == null ? text : b.toString();
  }

  /**
   * Whether the token at {@code [start, end)} of {@code text} (matched up to {@code rawEnd}) is
   * not a material: a motif by the word after it, an ion by its charge, an element system, a
   * bare polyanion or a single-metal oxygen polyhedron.
   */
  public static boolean notAMaterial(String text, int start, int end, int rawEnd) {
    String token = text.substring(start, end);
    String after = text.substring(Math.min(rawEnd, text.length()));
    if (CHARGE_AFTER.matcher(after).find() || token.endsWith("+")) {
      return true;
    }
    if (SYSTEM.matcher(token).matches() && allElements(token)) {
      return true;
    }
    if (MOTIF_AFTER.matcher(after).find() || PROTOTYPE_AFTER.matcher(after).find()) {
      return true;
    }
    return isMotifFormula(token);
  }

  /** Whether {@code formula} is a bare polyanion or a single-metal oxygen polyhedron (MO5, MO6). */
  public static boolean isMotifFormula(String formula) {
    String f = formula.strip();
    if (POLYANIONS.contains(f)) {
      return true;
    }
    FormulaResult r = FormulaParser.parse(f);
    if (!(r instanceof FormulaResult.Parsed p)) {
      return false;
    }
    Composition c = p.composition();
    if (c.elements().size() != 2 || !c.elements().contains("O")) {
      return false;
    }
    double o = c.amount("O");
    double other = c.numAtoms() - o;
    return Math.abs(other - 1) < 1e-9 && o >= 5;
  }

  private static boolean allElements(String token) {
    for (String s : token.split("\\s*[-–−]\\s*")) {
      if (!Element.isSymbol(s)) {
        return false;
      }
    }
    return true;
  }
}
