package dev.anneal.normalize.measurement;

import dev.anneal.normalize.composition.FormulaFlag;
import dev.anneal.normalize.composition.FormulaParser;
import dev.anneal.normalize.composition.FormulaReason;
import dev.anneal.normalize.composition.FormulaResult;
import dev.anneal.normalize.composition.Variables;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the material cells of one file, in file order, into compositions. Besides plain
 * formulas it resolves two things and nothing more:
 * <ul>
 *   <li>a trade name from {@link MaterialAliases} (flag {@code alias});</li>
 *   <li>a cell that only assigns a variable ({@code x = 0.10}), or a bare number right after such
 *       a cell ({@code 0.15}, the same variable), when exactly one distinct formula with that
 *       variable was written earlier in the same group (the same mined document, or the same file
 *       when there is no document column). Flag {@code material_from_neighbour}. With none, or
 *       with two candidates, the record is {@code measurement.unresolved_material}: a material
 *       is never called "x".</li>
 * </ul>
 * Subscripts spaced out by PDF extraction ({@code Ba 2 Cu 3 O 7−δ}, {@code Sr x}) are joined when
 * the number (or x, y, z, δ) follows a letter and stands alone (flag {@code spacing_joined});
 * {@code CuSO4 5H2O} and
 * {@code Fe 2O3} are left for the parser to reject.
 */
final class MaterialResolver {

  /** A material read, or the reason it was not. */
  record Reading(FormulaResult.Parsed parsed, List<String> flags, MeasurementReason reason,
                 String message) {
    boolean ok() {
      return reason == null;
    }
  }

  private static final Pattern ASSIGNMENT = Pattern.compile(
      "^([xyzwnmdδ])\\s*=\\s*(\\d*\\.?\\d+)$");
  private static final Pattern BARE_NUMBER = Pattern.compile("^\\d*\\.?\\d+$");
  private static final Pattern SPACED_SUBSCRIPT = Pattern.compile(
      "(?<=[A-Za-z)\\]])\\s+(?=(?:\\d+(?:\\.\\d+)?|[xyzδ])(?:[+\\-−]|\\s|$|[)\\]]))");
  private static final String DOPING = "(?:(?:slightly|nearly|heavily|lightly|optimally|highly)\\s+)?"
      + "(?:under-?\\s?doped|over-?\\s?doped|optimally\\s+doped|non-?doped|undoped|doped)";
  private static final String FORM = "(?:single[- ]crystalline|single[- ]crystals?|polycrystalline"
      + "|thin[- ]films?|films?|crystals?|powders?|samples?|ceramics?|bulk|wires?|pure)";
  private static final Pattern DESCRIPTOR_BEFORE = Pattern.compile(
      "^(?i)(?:(?:" + DOPING + "|" + FORM + ")\\s+)+");
  private static final Pattern DESCRIPTOR_AFTER = Pattern.compile(
      "(?i)(?:\\s+" + FORM + ")+$");
  /** No solid in a lab log has more than this many atoms of one element per formula as written. */
  private static final double MAX_AMOUNT = 100;
  private static final Pattern LABEL_AFTER = Pattern.compile(
      "\\s*\\(\\s*[A-Z][a-z]?\\s*-?\\s*\\d{3,4}\\s*\\)$");
  private static final Pattern GLYPH_MINUS = Pattern.compile("(?<=\\d)À(?=[a-zδ\\d])");

  /** Per group: distinct formulas that left a variable open, in order of first appearance. */
  private final Map<String, Set<String>> templates = new HashMap<>();
  private static final int CACHE_LIMIT = 50_000;
  private final Map<String, Cached> cache = new HashMap<>();
  /** Per group: the variable of the last assignment, while bare numbers continue it. */
  private final Map<String, String> continuing = new HashMap<>();

  /** Reads {@code cell} of a record in {@code group}, with the row's own variable values. */
  Reading read(String cell, String group, Map<String, String> rowVariables) {
    String text = cell.strip();
    if (text.isEmpty()) {
      continuing.remove(group);
      return fail(MeasurementReason.MISSING_MATERIAL, "the material cell is blank");
    }
    Matcher assignment = ASSIGNMENT.matcher(text);
    String variable = null;
    String value = null;
    if (assignment.matches()) {
      variable = assignment.group(1);
      value = assignment.group(2);
    } else if (BARE_NUMBER.matcher(text).matches()) {
      variable = continuing.get(group);
      value = text;
      if (variable == null) {
        return fail(MeasurementReason.UNRESOLVED_MATERIAL,
            "a bare number with no variable assignment just before it");
      }
    }
    if (variable != null) {
      continuing.put(group, variable);
      return fromNeighbour(group, variable, value);
    }
    continuing.remove(group);
    if (!rowVariables.isEmpty()) {
      return readFormula(text, group, rowVariables);
    }
    // Logs repeat materials row after row; a cell without row variables always reads the same.
    Cached cached = cache.get(text);
    if (cached == null) {
      Set<String> before = new LinkedHashSet<>(templates.getOrDefault(group, Set.of()));
      Reading reading = readFormula(text, group, rowVariables);
      Set<String> after = new LinkedHashSet<>(templates.getOrDefault(group, Set.of()));
      after.removeAll(before);
      cached = new Cached(reading, after.isEmpty() ? null : after.iterator().next());
      if (cache.size() < CACHE_LIMIT) {
        cache.put(text, cached);
      }
    } else if (cached.template() != null) {
      templates.computeIfAbsent(group, g -> new LinkedHashSet<>()).add(cached.template());
    }
    return cached.reading();
  }

  /** A reading and the template it registers (a formula with a variable left open), if any. */
  private record Cached(Reading reading, String template) {
  }

  private Reading readFormula(String cell, String group, Map<String, String> rowVariables) {
    List<String> flags = new ArrayList<>();
    String text = stripDescriptors(cell);
    if (!text.equals(cell)) {
      flags.add("descriptor_dropped");
    }
    String formula = MaterialAliases.formulaFor(text);
    if (formula != null) {
      flags.add("alias");
    } else if (MaterialAliases.isFamilyNotation(text)) {
      return fail(MeasurementReason.TRADE_NAME, "a family notation such as Hg-2212 or Pr-123 that"
          + " is not in the alias table: '" + text + "'");
    } else if (MaterialAliases.hasAcronym(text)) {
      return fail(MeasurementReason.TRADE_NAME,
          "an acronym or trade name that names no single composition: '" + text + "'");
    } else {
      formula = prepare(text, flags);
    }
    Variables vars;
    try {
      vars = Variables.of(rowVariables);
    } catch (IllegalArgumentException e) {
      return fail(MeasurementReason.UNRESOLVED_MATERIAL, "a variable column is not a number: "
          + e.getMessage());
    }
    FormulaResult result = FormulaParser.parse(formula, vars);
    if (result instanceof FormulaResult.Parsed p) {
      if (p.has(FormulaFlag.CHARGE_STRIPPED)) {
        // A measured solid carries no charge: "Ta-2122" read as Ta with charge -2122 is a
        // family name, and any trailing charge means the cell is not the compound's formula.
        return fail(MeasurementReason.BAD_MATERIAL, "a charge on a measured material's formula"
            + " (the parser would drop it): not read as the compound");
      }
      double largest = p.composition().amounts().values().stream()
          .mapToDouble(Double::doubleValue).max().orElse(0);
      if (largest > MAX_AMOUNT) {
        // "O8+δ(Bi2212)" parses as Bi2212 inside brackets: a label number read as a subscript.
        return fail(MeasurementReason.BAD_MATERIAL, "an amount of " + largest + " in '" + formula
            + "': a number that is a label, not a subscript");
      }
      if (p.composition().amounts().size() == 1 && largest >= 2 && largest <= 9
          && largest == Math.rint(largest)) {
        // "B2", "B3": in a table of compounds these are sample or phase labels far more often
        // than molecules of one element.
        return fail(MeasurementReason.BAD_MATERIAL, "one element with a small count ('" + formula
            + "'): a sample label or a molecule, not read as either");
      }
      return new Reading(p, flags, null, null);
    }
    FormulaResult.Rejected r = (FormulaResult.Rejected) result;
    if (r.reason() == FormulaReason.UNRESOLVED_VARIABLE
        || r.reason() == FormulaReason.PLACEHOLDER_ELEMENT) {
      templates.computeIfAbsent(group, g -> new LinkedHashSet<>()).add(formula);
      return fail(MeasurementReason.UNRESOLVED_MATERIAL, r.reason().code() + ": " + r.message());
    }
    return fail(MeasurementReason.BAD_MATERIAL, r.reason().code() + ": " + r.message());
  }

  private Reading fromNeighbour(String group, String variable, String value) {
    List<FormulaResult.Parsed> candidates = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    // Only letters the formula parser reads as variables reach here (ASSIGNMENT), so this binds.
    Variables binding = Variables.NONE.with(variable, value);
    for (String template : templates.getOrDefault(group, Set.of())) {
      if (FormulaParser.parse(template, binding) instanceof FormulaResult.Parsed p) {
        candidates.add(p);
        texts.add(template);
      }
    }
    if (candidates.size() == 1) {
      List<String> flags = new ArrayList<>(List.of("material_from_neighbour"));
      return new Reading(candidates.get(0), flags, null, null);
    }
    if (candidates.isEmpty()) {
      return fail(MeasurementReason.UNRESOLVED_MATERIAL, "'" + variable + " = " + value
          + "' but no earlier row of this document names a compound with " + variable);
    }
    return fail(MeasurementReason.UNRESOLVED_MATERIAL, "'" + variable + " = " + value
        + "' fits " + candidates.size() + " earlier compounds: " + String.join(", ", texts));
  }

  /**
   * {@code cell} without the sample-form and doping words people put around a formula
   * ({@code CeOBiS2 crystals}, {@code overdoped Bi-2212}, {@code Sr2RuO4 thin film}) and a family
   * label in brackets after it ({@code … O8+δ (Bi2212)}); what is left
   * must still parse on its own, so prose stays prose.
   */
  static String stripDescriptors(String cell) {
    String s = DESCRIPTOR_BEFORE.matcher(cell).replaceFirst("");
    s = DESCRIPTOR_AFTER.matcher(s).replaceFirst("");
    s = LABEL_AFTER.matcher(s).replaceFirst("");
    return s.isBlank() ? cell : s.strip();
  }

  /** Joins spaced subscripts and repairs SuperMat's {@code À} minus; flags what it changed. */
  static String prepare(String text, List<String> flags) {
    String s = GLYPH_MINUS.matcher(text).replaceAll("−");
    if (!s.equals(text)) {
      flags.add("glyph_repaired");
    }
    String joined = SPACED_SUBSCRIPT.matcher(s).replaceAll("");
    if (!joined.equals(s)) {
      flags.add("spacing_joined");
    }
    return joined;
  }

  private static Reading fail(MeasurementReason reason, String message) {
    return new Reading(null, List.of(), reason, message);
  }
}
