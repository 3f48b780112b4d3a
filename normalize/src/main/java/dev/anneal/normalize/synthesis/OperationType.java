package dev.anneal.normalize.synthesis;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The kinds of synthesis step, each with the words (verbs and nouns) that name it in text. */
public enum OperationType {
  /** Mixing, blending, combining. */
  MIXING("mixing", "mix|mixed|mixing|blended|blending|combined|injected|homogenized|"
      + "homogenised|homogenization|sonicated|ultrasonicated|ultrasonication|dipped|immersed"),
  /** Grinding by hand. */
  GRINDING("grinding", "ground|grinding|reground|regrinding|grind|crushed"),
  /** Ball or planetary milling. */
  MILLING("milling", "milled|milling|ball-milled|ball-milling"),
  /** Calcination. */
  CALCINING("calcining", "calcined|calcination|calcining|pre-calcined|precalcined"),
  /** Sintering. */
  SINTERING("sintering", "sintered|sintering"),
  /** Annealing. */
  ANNEALING("annealing", "annealed|annealing|post-annealed"),
  /** Heating not named more precisely (firing, heat treatment, decomposition, reflux). */
  HEATING("heating", "heated|heating|fired|firing|pre-fired|prefired|heat-treated|treated|"
      + "decomposed|refluxed|reflux|reacted|evaporated|reduction|burning out|burned out"),
  /** Melting (arc, induction, in a crucible). */
  MELTING("melting", "melted|melting|remelted|arc-melted|melt"),
  /** Quenching. */
  QUENCHING("quenching", "quenched|quenching"),
  /** Cooling at a rate or in the furnace. */
  COOLING("cooling", "cooled|cooling|furnace-cooled"),
  /** Drying. */
  DRYING("drying", "dried|drying|pre-dried|predried|dehydrated"),
  /** Pressing or shaping. */
  PRESSING("pressing", "pressed|pressing|pelletized|pelletised|hot-pressed|cold-pressed|"
      + "uniaxially-pressed"),
  /** Dissolving. */
  DISSOLVING("dissolving", "dissolved|dissolving"),
  /** Stirring. */
  STIRRING("stirring", "stirred|stirring"),
  /** Washing, filtering, centrifuging. */
  WASHING("washing", "washed|washing|filtered|centrifuged"),
  /** Film deposition (sputtering, PLD, CVD, ALD). */
  DEPOSITION("deposition", "deposited|deposition|sputtered"),
  /** Crystal or film growth. */
  GROWTH("growth", "grown"),
  /** Ageing a sol or gel. */
  AGING("aging", "aged|ageing|aging"),
  /** A step the text does not name (a temperature or duration before any verb). */
  UNSPECIFIED("unspecified", "");

  /** Verbs that continue the previous step ({@code held for 10 h}) rather than start one. */
  static final Pattern CONTINUATION = Pattern.compile(
      "\\b(?:held|kept|maintained|dwelled|soaked|holding)\\b", Pattern.CASE_INSENSITIVE);

  private static final Pattern ANY;

  static {
    StringBuilder words = new StringBuilder();
    for (OperationType t : values()) {
      if (!t.words.isEmpty()) {
        words.append(words.length() == 0 ? "" : "|").append(t.words);
      }
    }
    // "heating rate" and "cooling rates" name a condition, not a step.
    ANY = Pattern.compile("(?<![\\w-])(?:(?:ball|pre|post|re|hot|cold|furnace|arc|heat)-)?(?:"
        + words + ")(?![\\w-])(?!\\s+rates?\\b)", Pattern.CASE_INSENSITIVE);
  }

  private final String code;
  private final String words;

  OperationType(String code, String words) {
    this.code = code;
    this.words = words;
  }

  /** The value written to {@code raw/synthesis}, e.g. {@code calcining}. */
  public String code() {
    return code;
  }

  /** A matcher over {@code text} for every word that names a step. */
  static Matcher matcher(CharSequence text) {
    return ANY.matcher(text);
  }

  /** The step a word names ({@code calcined}, {@code ball-milled}), or null. */
  public static OperationType ofWord(String word) {
    String w = word.toLowerCase(Locale.ROOT).strip();
    for (OperationType t : values()) {
      if (t.words.isEmpty()) {
        continue;
      }
      for (String form : t.words.split("\\|")) {
        if (w.equals(form)) {
          return t;
        }
      }
    }
    int dash = w.indexOf('-');
    return dash > 0 ? ofWord(w.substring(dash + 1)) : null;
  }

  /** The step a structured source's type names ({@code HeatingOperation}, {@code Mixing}). */
  public static OperationType ofSourceType(String type) {
    return switch (type) {
      case "HeatingOperation" -> HEATING;
      case "Mixing", "SolutionMixing" -> MIXING;
      case "LiquidGrinding" -> GRINDING;
      case "ShapingOperation" -> PRESSING;
      case "DryingOperation" -> DRYING;
      case "QuenchingOperation" -> QUENCHING;
      default -> UNSPECIFIED;
    };
  }
}
