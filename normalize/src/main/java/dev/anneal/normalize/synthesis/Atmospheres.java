package dev.anneal.normalize.synthesis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the gas or vacuum a step runs in ({@code in air}, {@code under flowing argon},
 * {@code in 5% H2/Ar}, {@code in evacuated quartz ampoules}) and names it canonically:
 * {@code air}, {@code O2}, {@code N2}, {@code Ar}, {@code H2}, {@code H2/Ar}, {@code He},
 * {@code NH3}, {@code vacuum}. Air a product is stable in, or a gas it is stored or handled
 * in, is not a step's atmosphere and is not found.
 */
public final class Atmospheres {

  private static final Map<String, String> CANONICAL = Map.ofEntries(
      Map.entry("air", "air"), Map.entry("ambient", "air"),
      Map.entry("oxygen", "O2"), Map.entry("o2", "O2"),
      Map.entry("nitrogen", "N2"), Map.entry("n2", "N2"),
      Map.entry("argon", "Ar"), Map.entry("ar", "Ar"),
      Map.entry("hydrogen", "H2"), Map.entry("h2", "H2"),
      Map.entry("helium", "He"), Map.entry("he", "He"),
      Map.entry("vacuum", "vacuum"), Map.entry("evacuated", "vacuum"),
      Map.entry("h2/ar", "H2/Ar"), Map.entry("ar/h2", "H2/Ar"),
      Map.entry("nh3", "NH3"), Map.entry("ammonia", "NH3"),
      Map.entry("carbon monoxide", "CO"), Map.entry("carbon dioxide", "CO2"));

  private static final Pattern MENTION = Pattern.compile(
      "\\b(?:in|under|with)\\s+(?:an?\\s+|the\\s+)?(?:\\d+(?:\\.\\d+)?\\s?%\\s*)?"
      + "(?:(?:flowing|static|dry|pure|high-purity|an?)\\s+)*"
      + "(?<gas>H2/Ar|Ar/H2|air|oxygen|O2|nitrogen|N2|argon|Ar|hydrogen|H2|helium|He|vacuum"
      + "|NH3|ammonia)\\b"
      + "|\\bflowing\\s+(?:high-purity\\s+)?(?<gas2>air|oxygen|O2|nitrogen|N2|argon|Ar|H2|NH3)\\b"
      + "|\\b(?<gas3>evacuated)\\b");

  /** Words before an atmosphere that make it a property or storage, not a step's gas. */
  private static final Pattern NOT_A_STEP = Pattern.compile(
      "(?i)\\b(?:stable|stability|stored|storage|store|kept in a desiccator|handled|exposed|"
      + "sensitive|decompos\\w*|reactive|exposure)\\s+(?:\\w+\\s+){0,2}$");

  /**
   * One atmosphere in the text.
   *
   * @param start     start offset
   * @param canonical its canonical name
   */
  public record Mention(int start, String canonical) {
  }

  private Atmospheres() {
  }

  /** The canonical name of a gas as written ({@code oxygen} → {@code O2}), or the text itself. */
  public static String canonical(String asWritten) {
    String c = CANONICAL.get(asWritten.strip().toLowerCase(Locale.ROOT));
    return c == null ? asWritten.strip() : c;
  }

  /** Every atmosphere mention in {@code text}, in order. */
  public static List<Mention> find(String text) {
    List<Mention> out = new ArrayList<>();
    Matcher m = MENTION.matcher(text);
    while (m.find()) {
      String before = text.substring(Math.max(0, m.start() - 40), m.start());
      if (NOT_A_STEP.matcher(before).find()) {
        continue;
      }
      String gas = m.group("gas") != null ? m.group("gas")
          : m.group("gas2") != null ? m.group("gas2") : m.group("gas3");
      out.add(new Mention(m.start(), canonical(gas)));
    }
    return out;
  }
}
