package dev.anneal.normalize.synthesis;

import dev.anneal.normalize.units.Measurement;
import dev.anneal.normalize.units.QuantityKind;
import dev.anneal.normalize.units.QuantityResult;
import dev.anneal.normalize.units.UnitParser;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds temperatures, durations and heating rates in prose ({@code at 900 °C for 12 h},
 * {@code 900–950 °C}, {@code 600, 900 and 1200 K}, {@code 5 °C/min}, {@code 2 °C h−1}) and
 * converts each through the project's {@link UnitParser}; a value the parser rejects is kept
 * with its reason and no number.
 */
public final class QuantityMentions {

  private static final String NUM = "\\d+(?:\\.\\d+)?";
  private static final String TEMP_UNIT = "(?:°\\s?C|℃|º\\s?C|˚\\s?C|oC|K)";
  private static final String TIME_WORD = "(?:min|mins|minutes?|h|hrs?|hours?|s|sec|secs|seconds?"
      + "|days?|weeks?)";
  private static final Pattern MENTION = Pattern.compile(
      "(?<![\\w.,^−-])(?!0\\d)(?<nums>" + NUM + "(?:\\s*(?:,\\s*(?:and\\s+)?|\\s+and\\s+|\\s+or\\s+"
      + "|\\s*[–−~-]\\s*|\\s+to\\s+)" + NUM + ")*)\\s?(?<unit>"
      + TEMP_UNIT + "\\s?(?:/\\s?|\\s?per\\s)" + TIME_WORD
      + "|" + TEMP_UNIT + "\\s" + TIME_WORD + "\\s?(?:-1|−1|⁻¹|\\^-1)"
      + "|" + TEMP_UNIT + "|" + TIME_WORD + ")(?![\\w/])");
  private static final Pattern RATE_UNIT = Pattern.compile("(?s)" + TEMP_UNIT + ".+");
  private static final Pattern TEMPERATURE_UNIT = Pattern.compile(TEMP_UNIT);
  private static final Pattern RANGE = Pattern.compile("\\s*(?:[–−~-]|to)\\s*");
  private static final Pattern LIST = Pattern.compile("\\s*(?:,\\s*(?:and\\s+)?|\\s+and\\s+|\\s+or\\s+)\\s*");

  /**
   * One quantity in the text.
   *
   * @param kind   what it measures
   * @param start  its start offset in the text
   * @param end    its end offset
   * @param text   as written
   * @param values the values in the canonical unit (both ends of a range); empty if rejected
   * @param reason the unit parser's reason code when it was rejected, else ""
   */
  public record Mention(QuantityKind kind, int start, int end, String text, List<Double> values,
                        String reason) {
    public Mention {
      values = List.copyOf(values);
    }
  }

  private QuantityMentions() {
  }

  /** Every temperature, duration and heating rate in {@code text}, in order. */
  public static List<Mention> find(String text) {
    List<Mention> out = new ArrayList<>();
    Matcher m = MENTION.matcher(text);
    while (m.find()) {
      String unit = m.group("unit");
      QuantityKind kind = RATE_UNIT.matcher(unit).matches() ? QuantityKind.HEATING_RATE
          : TEMPERATURE_UNIT.matcher(unit).matches() ? QuantityKind.TEMPERATURE
          : QuantityKind.DURATION;
      if (kind == QuantityKind.DURATION && unit.equals("s")
          && m.start("unit") == m.end("nums")) {
        continue; // "4s" is an orbital, "1980s" a decade: seconds need a space.
      }
      List<Double> values = new ArrayList<>();
      String reason = "";
      for (String part : LIST.split(m.group("nums"))) {
        QuantityResult r = UnitParser.parse(RANGE.matcher(part).replaceAll("-") + " " + unit, kind);
        if (r instanceof QuantityResult.Converted c) {
          Measurement q = c.measurement();
          values.add(q.low());
          if (q.isRange()) {
            values.add(q.high());
          }
        } else {
          reason = ((QuantityResult.Rejected) r).reason().code();
        }
      }
      out.add(new Mention(kind, m.start(), m.end(), m.group(), reason.isEmpty() ? values
          : List.of(), reason));
    }
    return out;
  }
}
