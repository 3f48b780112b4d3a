package dev.anneal.normalize.synthesis;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Names a synthesis route from the words of its description, by ordered keyword rules (the first
 * that matches wins): {@code hydrothermal}, {@code sol_gel}, {@code flux}, {@code thin_film},
 * {@code colloidal}, {@code combustion}, {@code precipitation}, {@code crystal_growth},
 * {@code mechanochemical}, {@code melting}, {@code solid_state}; "" when none applies.
 */
public final class MethodClassifier {

  private record Rule(String method, Pattern words) {
  }

  private static final List<Rule> RULES = List.of(
      rule("hydrothermal", "hydrothermal|solvothermal|autoclave"),
      rule("sol_gel", "sol[-–‐ ]gel|pechini|citrate|\\bgel\\b|alkoxide|isopropoxide"),
      rule("flux", "\\bflux\\b|molten[- ]salt|molten NaCl|NaCl[–-]KCl"),
      rule("thin_film", "sputter|pulsed laser deposition|\\bPLD\\b|vapou?r deposition|\\bCVD\\b|"
          + "atomic layer deposition|\\bALD\\b|molecular beam epitaxy|\\bMBE\\b|thin films?|"
          + "films were"),
      rule("colloidal", "hot[- ]injection|oleylamine|oleic acid|nanocrystals"),
      rule("combustion", "combustion|self-ignition|auto-ignition"),
      rule("precipitation", "co-?precipitat|precipitation"),
      rule("crystal_growth", "bridgman|floating[- ]zone|czochralski|single crystals? .{0,40}grown"),
      rule("mechanochemical", "high-energy ball milling|mechanochemical|mechanical alloying"),
      rule("melting", "arc[- ]melt|induction melt|melted|melting|melt-quench"),
      rule("solid_state", "solid[- ]state|calcin|sinter|\\bground\\b|grinding|fired|firing|"
          + "ball[- ]mill"));

  private MethodClassifier() {
  }

  private static Rule rule(String method, String words) {
    return new Rule(method, Pattern.compile(words, Pattern.CASE_INSENSITIVE));
  }

  /** The route {@code text} describes, or "". */
  public static String classify(String text) {
    for (Rule r : RULES) {
      if (r.words().matcher(text).find()) {
        return r.method();
      }
    }
    return "";
  }
}
