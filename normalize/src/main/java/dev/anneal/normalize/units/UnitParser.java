package dev.anneal.normalize.units;

import dev.anneal.ingest.chem.Composition;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a quantity as written ({@code 850 °C}, {@code 5 K/min}, {@code −1.23 eV/atom},
 * {@code 900-1000 °C}) and converts it to its kind's canonical unit, or rejects it with a stable
 * reason. No value is converted unless its unit is known and of the expected kind.
 */
public final class UnitParser {

  /** {@code K min-1}, {@code K min^-1}, {@code K·min⁻¹}: a unit over a single denominator. */
  private static final Pattern INVERSE = Pattern.compile("^(.+?) ([^ /^]+)\\^?-1$");
  /** {@code °C}, {@code ° C}, {@code oC}, {@code degC}, {@code deg. C}, {@code degrees Celsius}, at the start of a unit. */
  private static final Pattern DEGREES = Pattern.compile(
      "^(?:° ?|o|deg(?:ree)?s?\\.? ?)(C|F)(?:elsius|ahrenheit)?(?=$|/)");
  private static final Pattern PER = Pattern.compile(" ?/ ?| per ");

  private UnitParser() {
  }

  /** Parses {@code text} as a quantity of {@code kind}; per-formula-unit energies are rejected. */
  public static QuantityResult parse(String text, QuantityKind kind) {
    return parse(text, kind, null, null);
  }

  /**
   * Parses {@code text} as a quantity of {@code kind}.
   *
   * @param formulaUnit  the composition a per-formula-unit or per-mole energy refers to (its
   *                     {@code numAtoms()} atoms per formula unit), or null when none is known
   * @param declaredUnit the unit the source declares for the field (a column header), used when
   *                     the text has none and checked against it when it has one; or null
   */
  public static QuantityResult parse(String text, QuantityKind kind, Composition formulaUnit,
                                     String declaredUnit) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(kind, "kind");
    checkComposition(formulaUnit);
    try {
      // A declared unit comes from the input (a column header), so an unknown one is a reason,
      // not a caller mistake: the value is rejected, the run goes on.
      UnitDef declared = declaredUnit == null ? null : declared(declaredUnit);
      return new QuantityResult.Converted(text, read(text, kind, formulaUnit, declared, declaredUnit));
    } catch (UnitException e) {
      return new QuantityResult.Rejected(text, e.reason, e.getMessage());
    }
  }

  /** Converts a number whose unit is given apart (a numeric column with a unit in its header). */
  public static QuantityResult convert(double value, String unit, QuantityKind kind,
                                       Composition formulaUnit) {
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(kind, "kind");
    checkComposition(formulaUnit);
    String asWritten = value + " " + unit;
    try {
      if (!Double.isFinite(value)) {
        throw new UnitException(UnitReason.MALFORMED_NUMBER, "not a finite number: " + value);
      }
      UnitDef def = resolve(unit);
      return new QuantityResult.Converted(asWritten,
          measure(kind, def, unit.trim(), value, value, formulaUnit));
    } catch (UnitException e) {
      return new QuantityResult.Rejected(asWritten, e.reason, e.getMessage());
    }
  }

  private static Measurement read(String raw, QuantityKind kind, Composition formulaUnit,
                                  UnitDef declared, String declaredText) {
    String s = foldText(raw);
    if (s.isEmpty()) {
      throw new UnitException(UnitReason.EMPTY, "no text");
    }
    Cursor c = new Cursor(s);
    double low = c.number();
    int sep = c.rangeSeparator();
    String unitText;
    double high = low;
    if (sep < 0) {
      unitText = s.substring(c.pos).trim();
    } else {
      String lowUnit = s.substring(c.pos, sep).trim();
      c.pos = sep + (s.startsWith("to", sep) ? 2 : 1);
      c.skipSpaces();
      high = c.number();
      String highUnit = s.substring(c.pos).trim();
      if (!lowUnit.isEmpty() && highUnit.isEmpty()) {
        throw new UnitException(UnitReason.MISSING, "the high end of the range has no unit");
      }
      if (!lowUnit.isEmpty() && !sameUnit(resolve(lowUnit), resolve(highUnit))) {
        throw new UnitException(UnitReason.CONTRADICTORY, "the range ends are in different units: '"
            + lowUnit + "' and '" + highUnit + "'");
      }
      unitText = highUnit;
    }
    UnitDef def;
    String unitAsWritten;
    if (unitText.isEmpty()) {
      if (declared == null) {
        throw new UnitException(UnitReason.MISSING, "a number without a unit");
      }
      def = declared;
      unitAsWritten = declaredText.trim();
    } else {
      def = resolve(unitText);
      unitAsWritten = unitText;
      if (declared != null && !sameUnit(def, declared)) {
        throw new UnitException(UnitReason.CONTRADICTORY, "the text says '" + unitText
            + "' but the field is declared in '" + declaredText + "'");
      }
    }
    return measure(kind, def, unitAsWritten, low, high, formulaUnit);
  }

  /** Converts checked values of a resolved unit to {@code kind}'s canonical unit. */
  private static Measurement measure(QuantityKind kind, UnitDef def, String unitAsWritten,
                                     double low, double high, Composition formulaUnit) {
    Dimension d = def.dimension();
    if (d.kind != kind) {
      if (kind == QuantityKind.ENERGY_PER_ATOM && d == Dimension.ENERGY) {
        throw new UnitException(UnitReason.MISSING_BASIS, "'" + unitAsWritten
            + "' is an energy without a basis; per atom or per formula unit?");
      }
      throw new UnitException(UnitReason.WRONG_DIMENSION, "'" + unitAsWritten + "' measures "
          + describe(d) + ", not " + describe(kind));
    }
    double lo = def.toCanonical(low);
    double hi = def.toCanonical(high);
    if (!Double.isFinite(lo) || !Double.isFinite(hi)) {
      throw new UnitException(UnitReason.MALFORMED_NUMBER, "a value too large for a double");
    }
    if (d == Dimension.ENERGY_PER_FORMULA_UNIT) {
      if (formulaUnit == null) {
        throw new UnitException(UnitReason.NEEDS_COMPOSITION, "'" + unitAsWritten
            + "' is per formula unit; converting to eV/atom needs the composition");
      }
      lo /= formulaUnit.numAtoms();
      hi /= formulaUnit.numAtoms();
    }
    if (lo > hi) {
      throw new UnitException(UnitReason.INVERTED_RANGE, "the range runs from " + low + " down to " + high);
    }
    if (kind == QuantityKind.TEMPERATURE && lo < -1e-9) {
      throw new UnitException(UnitReason.BELOW_ABSOLUTE_ZERO, low + " " + unitAsWritten + " is below 0 K");
    }
    if (kind == QuantityKind.DURATION && lo < 0) {
      throw new UnitException(UnitReason.NEGATIVE_DURATION, "a duration below zero");
    }
    if (kind == QuantityKind.TEMPERATURE) {
      // -273.15 °C is 0 K up to rounding; never store a temperature a hair below zero.
      lo = Math.max(lo, 0);
      hi = Math.max(hi, 0);
    }
    return new Measurement(kind, lo, hi, unitAsWritten);
  }

  private static UnitDef resolve(String unitText) {
    String u = normalizeUnit(foldText(unitText));
    UnitDef def = UnitTable.lookup(u);
    if (def == null && u.endsWith(".")) {
      // "... for 12 h." ends a sentence; "f.u." and "at." are in the table with their periods.
      def = UnitTable.lookup(u.substring(0, u.length() - 1));
    }
    if (def == null) {
      throw new UnitException(UnitReason.UNKNOWN, "unknown unit '" + unitText.trim() + "'");
    }
    return def;
  }

  private static UnitDef declared(String declaredUnit) {
    UnitDef def = UnitTable.lookup(normalizeUnit(foldText(declaredUnit)));
    if (def == null) {
      throw new UnitException(UnitReason.UNKNOWN,
          "the declared unit '" + declaredUnit.trim() + "' is not a known unit");
    }
    return def;
  }

  private static void checkComposition(Composition formulaUnit) {
    if (formulaUnit != null && !(formulaUnit.numAtoms() > 0)) {
      throw new IllegalArgumentException("a formula unit needs atoms: '" + formulaUnit + "'");
    }
  }

  /** Two spellings of the same conversion (°C and C) are the same unit. */
  private static boolean sameUnit(UnitDef a, UnitDef b) {
    return a.dimension() == b.dimension() && a.factor() == b.factor() && a.offset() == b.offset();
  }

  /**
   * Folds the Unicode spellings of signs and symbols: every minus and dash to {@code -}, º and ˚
   * to °, ℃ to °C, the kelvin sign to K, dots of multiplication and odd spaces to a space,
   * superscripts to a {@code ^} exponent ({@code ⁻¹} to {@code ^-1}).
   */
  static String foldText(String raw) {
    StringBuilder out = new StringBuilder(raw.length() + 4);
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      switch (c) {
        case '\u2212', '\u2013', '\u2014', '\u2010', '\u2011', '\uFE63', '\uFF0D' -> out.append('-');
        case '\u00BA', '\u02DA' -> out.append('\u00B0');
        case '\u2103' -> out.append("\u00B0C");
        case '\u2109' -> out.append("\u00B0F");
        case '\u212A' -> out.append('K');
        case '\u00B7', '\u22C5', '\u2022', '\u2219' -> out.append(' ');
        default -> {
          char sup = superscript(c);
          if (sup != 0) {
            // A run of superscripts is an exponent: 10⁻³ → 10^-3, min⁻¹ → min^-1.
            if (i == 0 || superscript(raw.charAt(i - 1)) == 0) {
              out.append('^');
            }
            out.append(sup);
          } else {
            out.append(Character.isWhitespace(c) || Character.isSpaceChar(c) ? ' ' : c);
          }
        }
      }
    }
    return out.toString().trim();
  }

  /** The ASCII for a superscript digit or minus, or 0. */
  private static char superscript(char c) {
    switch (c) {
      case '\u2070': return '0';
      case '\u00B9': return '1';
      case '\u00B2': return '2';
      case '\u00B3': return '3';
      case '\u207B': return '-';
      case '\u207A': return '+';
      default:
        return c >= '\u2074' && c <= '\u2079' ? (char) ('0' + (c - '\u2070')) : 0;
    }
  }

  /** A unit's spelling as the table knows it: single spaces, {@code /} for "per" and for {@code ^-1}, {@code °C}. */
  static String normalizeUnit(String unit) {
    String u = unit.trim().replaceAll(" +", " ");
    u = PER.matcher(u).replaceAll("/");
    Matcher inv = INVERSE.matcher(u);
    if (inv.matches() && !inv.group(1).contains("/")) {
      u = inv.group(1) + "/" + inv.group(2);
    }
    Matcher deg = DEGREES.matcher(u);
    if (deg.find()) {
      u = "\u00B0" + deg.group(1) + u.substring(deg.end());
    }
    return u;
  }

  private static String describe(Dimension d) {
    return d.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  private static String describe(QuantityKind k) {
    return k.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  /** Reads numbers and finds a range separator in folded text. */
  private static final class Cursor {
    private final String s;
    private int pos;
    private String mantissa;

    Cursor(String s) {
      this.s = s;
    }

    void skipSpaces() {
      while (pos < s.length() && s.charAt(pos) == ' ') {
        pos++;
      }
    }

    /** {@code [+-]digits[.digits][e[+-]digits]}; a comma or second point inside it is malformed. */
    double number() {
      skipSpaces();
      int start = pos;
      if (pos < s.length() && (s.charAt(pos) == '+' || s.charAt(pos) == '-')) {
        pos++;
      }
      int digits = digits();
      if (pos < s.length() && s.charAt(pos) == '.') {
        pos++;
        digits += digits();
      }
      if (digits == 0) {
        throw new UnitException(UnitReason.NOT_A_QUANTITY, "no number at the start");
      }
      if (pos + 1 < s.length() && (s.charAt(pos) == 'e' || s.charAt(pos) == 'E')) {
        int save = pos;
        pos++;
        if (s.charAt(pos) == '+' || s.charAt(pos) == '-') {
          pos++;
        }
        if (digits() == 0) {
          pos = save;
        }
      }
      double scale = powerOfTen(start);
      if (scale == 0) {
        scale = 1;
      }
      if (pos + 1 < s.length() && (s.charAt(pos) == ',' || s.charAt(pos) == '.')
          && Character.isDigit(s.charAt(pos + 1))) {
        throw new UnitException(UnitReason.MALFORMED_NUMBER, "'" + s.charAt(pos)
            + "' inside a number: a decimal comma or thousands separator is not guessed");
      }
      double v = Double.parseDouble(mantissa) * scale;
      if (!Double.isFinite(v)) {
        throw new UnitException(UnitReason.MALFORMED_NUMBER, "a value too large for a double");
      }
      return v;
    }

    /**
     * A power of ten after the mantissa, as papers write it: {@code 1×10^-3}, {@code 1 x 10-3},
     * {@code 1×10⁻³}; or the mantissa itself being {@code 10^-3}. Returns the factor (0 when
     * there is none) and leaves {@link #mantissa} as the number before it.
     */
    private double powerOfTen(int start) {
      mantissa = s.substring(start, pos);
      int save = pos;
      int p = pos;
      if (mantissa.equals("10") && p < s.length() && s.charAt(p) == '^') {
        mantissa = "1";
        p = pos - 2;
      } else {
        while (p < s.length() && s.charAt(p) == ' ') {
          p++;
        }
        if (p >= s.length() || "\u00D7x*".indexOf(s.charAt(p)) < 0) {
          return 0;
        }
        p++;
        while (p < s.length() && s.charAt(p) == ' ') {
          p++;
        }
      }
      if (!s.startsWith("10", p)) {
        return 0;
      }
      p += 2;
      boolean caret = p < s.length() && s.charAt(p) == '^';
      if (caret) {
        p++;
      }
      int expStart = p;
      if (p < s.length() && (s.charAt(p) == '-' || s.charAt(p) == '+')) {
        p++;
      } else if (!caret) {
        return 0;
      }
      int digitsStart = p;
      while (p < s.length() && Character.isDigit(s.charAt(p))) {
        p++;
      }
      if (p == digitsStart || p - digitsStart > 3) {
        pos = save;
        return 0;
      }
      pos = p;
      return Math.pow(10, Integer.parseInt(s.substring(expStart, p)));
    }

    private int digits() {
      int start = pos;
      while (pos < s.length() && Character.isDigit(s.charAt(pos))) {
        pos++;
      }
      return pos - start;
    }

    /**
     * The index of a {@code -} or {@code to} that joins two numbers: after a digit or a space and
     * before a number. A {@code -} after a letter is an exponent ({@code min-1}), never a range.
     */
    int rangeSeparator() {
      for (int i = pos; i < s.length(); i++) {
        char prev = i == 0 ? ' ' : s.charAt(i - 1);
        boolean joins = prev == ' ' || Character.isDigit(prev);
        if (!joins) {
          continue;
        }
        int after;
        if (s.charAt(i) == '-') {
          after = i + 1;
        } else if (s.startsWith("to ", i) || s.startsWith("to-", i)
            || (s.startsWith("to", i) && i + 2 < s.length() && Character.isDigit(s.charAt(i + 2)))) {
          after = i + 2;
        } else {
          continue;
        }
        while (after < s.length() && s.charAt(after) == ' ') {
          after++;
        }
        if (after < s.length() && (Character.isDigit(s.charAt(after))
            || ((s.charAt(after) == '-' || s.charAt(after) == '+' || s.charAt(after) == '.')
                && after + 1 < s.length() && Character.isDigit(s.charAt(after + 1))))) {
          return i;
        }
      }
      return -1;
    }
  }

  /** Unwinds to the point that turns it into a {@link QuantityResult.Rejected}; no stack trace. */
  private static final class UnitException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final UnitReason reason;

    UnitException(UnitReason reason, String message) {
      super(message, null, false, false);
      this.reason = reason;
    }
  }
}
