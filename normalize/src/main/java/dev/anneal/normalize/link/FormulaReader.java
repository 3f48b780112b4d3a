package dev.anneal.normalize.link;

import dev.anneal.ingest.chem.Composition;
import dev.anneal.ingest.chem.Element;
import dev.anneal.normalize.composition.FormulaFlag;
import dev.anneal.normalize.composition.FormulaParser;
import dev.anneal.normalize.composition.FormulaResult;
import dev.anneal.normalize.composition.Variables;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a formula field (a synthesis target, a measurement's material, a mention in text) for
 * linking. Besides plain formulas: phase words before or after ({@code anatase TiO2},
 * {@code TiO2 (rutile)}), dopants in words ({@code Fe-doped TiO2}, {@code TiO2:Fe},
 * {@code TiO2 doped with Fe}), variable compositions ({@code La2-xSrxCuO4}, read at zero as the
 * parent) and fractional ones ({@code La1.85Sr0.15CuO4}, whose parent is {@link DopedParent}).
 */
public final class FormulaReader {

  private static final Pattern DOPED_PREFIX = Pattern.compile(
      "^([A-Z][a-z]?(?:\\s*(?:,|and|/|\\+)\\s*[A-Z][a-z]?)*)\\s*[- ]\\s*(?:co-?)?doped\\s+(.+)$");
  private static final Pattern DOPED_SUFFIX = Pattern.compile(
      "^(.+?)\\s+(?:doped|substituted)\\s+(?:with|by)\\s+([A-Z][a-z]?)$");
  private static final Pattern COLON_DOPANT = Pattern.compile(
      "^([^:\\s]+)\\s*:\\s*([A-Z][a-z]?(?:\\s*,\\s*[A-Z][a-z]?)*)$");
  private static final Pattern BRACKET_TAIL = Pattern.compile("\\s*\\(([^()]*)\\)\\s*$");
  private static final Pattern PHASE_WORD = Pattern.compile(
      "(?i)^(?:(?:" + PhaseHints.WORDS + ")(?:[- ]type)?[- ]+)");
  private static final Pattern PHASE_WORD_AFTER = Pattern.compile(
      "(?i)[- ]+(?:" + PhaseHints.WORDS + ")(?:[- ]type)?(?: phase)?$");
  /** Standard uncertainties after a decimal ({@code Fe1.039(8)}), dropped before reading. */
  private static final Pattern ESD = Pattern.compile("(?<=\\.\\d{1,8})\\(\\d{1,2}\\)");
  private static final Variables ZERO = Variables.parse("x=0", "y=0", "z=0", "w=0");

  private FormulaReader() {
  }

  /** The reading of {@code text}, or null when it names no composition. */
  public static FormulaRef read(String text) {
    if (text == null) {
      return null;
    }
    String t = ESD.matcher(text.strip().replace('−', '-').replace('–', '-')).replaceAll("");
    List<String> flags = new ArrayList<>();
    List<String> evidence = new ArrayList<>();
    Matcher tail = BRACKET_TAIL.matcher(t);
    if (tail.find() && tail.start() > 0 && !FormulaParser.parse(t).isParsed()) {
      t = t.substring(0, tail.start());
    }
    t = PHASE_WORD.matcher(t).replaceFirst("");
    t = PHASE_WORD_AFTER.matcher(t).replaceFirst("");
    Matcher m;
    if ((m = DOPED_PREFIX.matcher(t)).matches()) {
      addDopants(m.group(1), evidence);
      t = m.group(2).strip();
      flags.add("doped");
    } else if ((m = DOPED_SUFFIX.matcher(t)).matches()) {
      addDopants(m.group(2), evidence);
      t = m.group(1).strip();
      flags.add("doped");
    } else if ((m = COLON_DOPANT.matcher(t)).matches()) {
      addDopants(m.group(2), evidence);
      t = m.group(1).strip();
      flags.add("doped");
    }
    if (t.isEmpty() || t.length() > FormulaParser.MAX_LENGTH) {
      return null;
    }
    FormulaResult r = FormulaParser.parse(t);
    boolean variable = false;
    if (!r.isParsed()) {
      r = FormulaParser.parse(t, ZERO);
      variable = r.isParsed();
      if (!variable) {
        return null;
      }
    }
    FormulaResult.Parsed parsed = (FormulaResult.Parsed) r;
    Composition c = parsed.composition();
    if (c.isEmpty()) {
      return null;
    }
    if (parsed.has(FormulaFlag.NONSTOICHIOMETRIC)) {
      flags.add("nonstoichiometric");
    }
    String formula = c.reducedFormula();
    String parent = DopedParent.of(c);
    if (variable) {
      flags.add("variable_composition");
      evidence.add("variable_at_zero");
      if (parent != null) {
        formula = parent;
        parent = null;
      }
    }
    double atoms = c.numAtoms() / c.formulaUnits();
    return new FormulaRef(text, formula, parent, atoms, flags, evidence);
  }

  private static void addDopants(String list, List<String> evidence) {
    for (String s : list.split("\\s*(?:,|and|/|\\+)\\s*")) {
      String symbol = s.strip();
      if (Element.isSymbol(symbol)) {
        evidence.add("dopant:" + symbol);
      }
    }
  }

  /** Lower-case ASCII, for comparisons. */
  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
