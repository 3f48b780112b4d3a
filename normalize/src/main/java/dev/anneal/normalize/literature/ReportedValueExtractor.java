package dev.anneal.normalize.literature;

import dev.anneal.ingest.ContentId;
import dev.anneal.ingest.Rejection;
import dev.anneal.ingest.chem.Composition;
import dev.anneal.normalize.measurement.MeasurementRow;
import dev.anneal.normalize.measurement.PropertyTable;
import dev.anneal.normalize.synthesis.FormulaMentions;
import dev.anneal.normalize.units.Measurement;
import dev.anneal.normalize.units.QuantityResult;
import dev.anneal.normalize.units.UnitParser;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds property statements in a paragraph — critical temperatures ({@code Tc = 92 K},
 * {@code T_c of 39 K}, {@code critical temperature of 9.2 K}) and formation enthalpies or
 * energies ({@code ΔHf = −1.23 eV/atom}, {@code formation enthalpy of −150 kJ/mol}) — and turns
 * each into a measurement of the material named nearest to it in the same sentence, else of the
 * paragraph's only formula. Units go through the unit parser, so a per-mole energy is converted
 * only with that material's composition. A statement with no material, an unconvertible unit or
 * an implausible value is a rejection with its reason.
 */
public final class ReportedValueExtractor {

  /** No formula in the sentence and not exactly one in the paragraph. */
  public static final String NO_MATERIAL = "literature.no_material";
  /** A value outside the property's plausible range (a Tc of 900 K). */
  public static final String IMPLAUSIBLE = "literature.implausible_value";

  // "Tc of MgB2 is", "formation energy for LiFePO4 of": the material may stand between.
  private static final String FILLER = "\\s*(?:\\(onset\\)\\s*)?"
      + "(?:(?:of|for|in)\\s+(?:the\\s+)?[A-Z][A-Za-z0-9.()₀-₉δ-]*\\s+)?(?:of|=|≈|~|≃|is|was|:|at|"
      + "reaches|reached|around|about|near|close to)?\\s*(?:about|approximately|around|~|≈)?\\s*";
  private static final String NUMBER = "[−–-]?\\s?\\d+(?:\\.\\d+)?(?:\\s?[–-]\\s?\\d+(?:\\.\\d+)?)?";

  private record Property(String key, Pattern pattern) {
  }

  private static final List<Property> PROPERTIES = List.of(
      // LaTeX spellings too: $T_c$ = 92 K, T$_{c}$ of 39~K, $T_c = 92$ K.
      new Property("tc", Pattern.compile("(?<prop>(?<![\\w])\\$?T\\$?_?\\{?c\\}?\\$?"
          + "(?:,?\\s?onset|\\^\\{?onset\\}?)?(?![\\w])"
          + "|(?:superconducting\\s+)?(?:transition|critical)\\s+temperature(?:\\s+T_?c)?)"
          + FILLER + "(?<val>\\d+(?:\\.\\d+)?(?:\\s?[–-]\\s?\\d+(?:\\.\\d+)?)?)\\$?[\\s~]?"
          + "(?<unit>mK|K)(?![\\w/])")),
      new Property("formation_enthalpy", Pattern.compile("(?<prop>Δ\\s?H_?\\{?f\\}?(?:\\^?\\{?0\\}?|°)?"
          + "|\\\\Delta\\s?H_?\\{?f\\}?|formation enthalpy|enthalpy of formation|heat of formation)"
          + FILLER + "(?<val>" + NUMBER + ")\\s?(?<unit>" + energyUnits() + ")")),
      new Property("formation_energy", Pattern.compile("(?<prop>formation energy|energy of formation"
          + "|E_?\\{?form\\}?)" + FILLER + "(?<val>" + NUMBER + ")\\s?(?<unit>" + energyUnits()
          + ")")));

  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.;!?])\\s+(?=[A-Z0-9(ΔT])");

  /**
   * What one paragraph gave: measurements and rejections.
   *
   * @param measurements the values read
   * @param rejections   the statements that could not become measurements
   */
  public record Result(List<MeasurementRow> measurements, List<Rejection> rejections) {
  }

  private ReportedValueExtractor() {
  }

  private static String energyUnits() {
    return "meV/atom|eV/atom|eV\\s?atom(?:−1|-1|\\^-1|⁻¹)|eV per atom|eV/f\\.u\\.|eV per formula unit"
        + "|kJ/mol|kJ\\s?mol(?:−1|-1|\\^-1|⁻¹)|kcal/mol|kcal\\s?mol(?:−1|-1|\\^-1|⁻¹)";
  }

  /** The values stated in paragraph {@code paraId} ({@code text}) of the document at {@code sourceUri}. */
  public static Result extract(String sourceUri, String paraId, String text) {
    String location = "para " + paraId;
    List<FormulaMentions.Mention> formulas = FormulaMentions.find(text);
    Map<String, FormulaMentions.Mention> distinct = new LinkedHashMap<>();
    formulas.forEach(f -> distinct.putIfAbsent(f.parsed().composition().reducedFormula(), f));
    List<MeasurementRow> rows = new ArrayList<>();
    List<Rejection> rejections = new ArrayList<>();
    for (Property p : PROPERTIES) {
      Matcher m = p.pattern().matcher(text);
      while (m.find()) {
        int[] sentence = sentenceAround(text, m.start());
        FormulaMentions.Mention material = nearest(formulas, sentence, m.start());
        List<String> flags = new ArrayList<>();
        if (material == null && distinct.size() == 1) {
          material = distinct.values().iterator().next();
          flags.add("material_from_paragraph");
        }
        String statement = m.group();
        if (material == null) {
          rejections.add(new Rejection(sourceUri, "normalize", NO_MATERIAL,
              "no formula in the sentence and not exactly one in the paragraph (" + distinct.size()
              + ")", location, statement));
          continue;
        }
        Composition composition = material.parsed().composition();
        String value = m.group("val").replaceAll("\\s", "");
        String unit = m.group("unit");
        PropertyTable.Spec spec = PropertyTable.get(p.key());
        QuantityResult q = UnitParser.parse(value + " " + unit, spec.kind(), composition, null);
        if (q instanceof QuantityResult.Rejected r) {
          rejections.add(r.toRejection(sourceUri, location));
          continue;
        }
        Measurement v = ((QuantityResult.Converted) q).measurement();
        if (!spec.plausible(v.low()) || !spec.plausible(v.high())) {
          rejections.add(new Rejection(sourceUri, "normalize", IMPLAUSIBLE, "outside the plausible "
              + p.key() + " range [" + spec.min() + ", " + spec.max() + "] " + v.unit(), location,
              statement));
          continue;
        }
        if (v.isRange()) {
          flags.add("range");
        }
        flags.addAll(material.parsed().flagCodes());
        flags.sort(null);
        String measId = ContentId.of("measurement", sourceUri, paraId, p.key(), material.text(),
            statement, Integer.toString(m.start()));
        rows.add(new MeasurementRow(measId, sourceUri, location, "", material.text(),
            composition.reducedFormula(), composition.chemsys(), p.key(),
            v.isRange() ? null : v.value(), v.low(), v.high(), v.unit(), value, unit, Map.of(),
            "", "", "", "literature", flags,
            Map.of("sentence", text.substring(sentence[0], sentence[1]).strip())));
      }
    }
    return new Result(rows, rejections);
  }

  /** The formula in the sentence closest to {@code position}, or null. */
  private static FormulaMentions.Mention nearest(List<FormulaMentions.Mention> formulas,
                                                 int[] sentence, int position) {
    FormulaMentions.Mention best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (FormulaMentions.Mention f : formulas) {
      if (f.start() < sentence[0] || f.end() > sentence[1]) {
        continue;
      }
      int distance = Math.abs(f.start() - position);
      if (distance < bestDistance) {
        best = f;
        bestDistance = distance;
      }
    }
    return best;
  }

  private static int[] sentenceAround(String text, int position) {
    int start = 0;
    Matcher m = SENTENCE_END.matcher(text);
    while (m.find()) {
      if (m.start() >= position) {
        return new int[] {start, m.start()};
      }
      start = m.end();
    }
    return new int[] {start, text.length()};
  }
}
