package dev.anneal.normalize.composition;

import dev.anneal.ingest.chem.Composition;
import dev.anneal.ingest.chem.Element;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Reads chemical formulas as people write them into a {@link Composition}, or rejects them with
 * a stable reason: it never guesses and never throws for bad input.
 *
 * <p>The grammar, after {@link FormulaText} has folded Unicode spellings to ASCII:
 * <pre>
 *   formula    := part (('·' | '.') part)*
 *   part       := multiplier? item+
 *   multiplier := term | '(' expression ')'          e.g. 5, 0.5, 1/2, x, (1-x)
 *   item       := (element | placeholder) oxidation? amount? | '(' item+ ')' amount? | '^' charge
 *   amount     := term (('+' | '-') term)* | '(' expression ')'
 *   term       := number ('/' number)? variable? | variable ('/' number)?
 * </pre>
 * An amount may end in {@code ±δ} (nominal, flagged). Before the grammar runs, {@link FormulaText}
 * drops a phase label ({@code α-}, {@code 2H-}), a state of matter ({@code (s)}) and a trailing
 * charge. Brackets may be (), [] or {}. A sign continues an amount only when the expression holds a
 * variable ({@code Ba1-xSrx}, {@code O6+y}, {@code H2n+2}); otherwise it is not read at all, so
 * {@code BaTiO3-0.1SrTiO3} is rejected instead of becoming O2.9. Whitespace separates tokens and
 * is otherwise ignored, so {@code Li4 Fe4 P4 O16} parses but {@code CuSO4 5H2O} is rejected.
 *
 * <p>Labs' notations on top of the grammar: a bracket whose elements are separated by commas is
 * a mixed site ({@code (Ba,Sr)TiO3}: equal shares, flagged {@code site_fractions_unknown};
 * {@code (Ba0.6,Sr0.4)TiO3}: the fractions given), and so is a bracket of two or more elements
 * whose non-integral amounts add up to a whole number ({@code (Ba0.6Sr0.4)TiO3}); both are
 * flagged {@code mixed_site}. Dopant notation ({@code SrTiO3:Nb}, {@code Nb:SrTiO3},
 * {@code SrTiO3:Nb 0.5%}) gives the host's composition, flagged {@code doped} (and
 * {@code dopant_amount_unknown} without an amount), with the dopants listed apart
 * ({@link DopantNotation}).
 */
public final class FormulaParser {

  /** The longest text read as a formula; anything longer is prose. */
  public static final int MAX_LENGTH = 512;

  /** The deepest bracket nesting read; deeper is rejected, which also bounds the recursion. */
  public static final int MAX_DEPTH = 16;

  /** Lowercase Latin letters read as variables; other lowercase letters belong to element symbols or words. */
  private static final String VARIABLE_LETTERS = "dmnwxyz";

  /** Placeholders of more than one letter: rare earth, lanthanide, metal, actinide, transition metal. */
  private static final Set<String> LONG_PLACEHOLDERS = Set.of("RE", "Ln", "Me", "An", "TM");

  /** Single capital letters that are no element and not D or T: A, E, G, J, L, M, Q, R, X, Z. */
  private static final String SHORT_PLACEHOLDERS = "AEGJLMQRXZ";

  private static final Set<String> ROMAN = Set.of("I", "II", "III", "IV", "V", "VI", "VII", "VIII");

  /** A signed charge in brackets after an element: (+3), (3+), (-), read as an oxidation state. */
  private static final java.util.regex.Pattern SIGNED_STATE =
      java.util.regex.Pattern.compile("[+-]\\d|\\d[+-]|[+-]");

  private FormulaParser() {
  }

  /** Parses {@code text} with no variable values: any variable or placeholder is a rejection. */
  public static FormulaResult parse(String text) {
    return parse(text, Variables.NONE);
  }

  /** Parses {@code text}, substituting the values in {@code variables}. Null arguments are caller mistakes. */
  public static FormulaResult parse(String text, Variables variables) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(variables, "variables");
    try {
      return new Run(text, variables).parse();
    } catch (FormulaException e) {
      return new FormulaResult.Rejected(text, e.reason, e.getMessage());
    }
  }

  /** Whether {@code c} is read as a variable: x y z w n m, d and any lowercase Greek letter (δ …). */
  static boolean isVariableLetter(char c) {
    return VARIABLE_LETTERS.indexOf(c) >= 0 || (c >= '\u03B1' && c <= '\u03C9');
  }

  /** Whether {@code name} spells an oxygen (or any) deviation, which may stay unknown: δ or d. */
  static boolean isDeviationSymbol(String name) {
    return name.equals("\u03B4") || name.equals("d");
  }

  /** Whether {@code name} is an element placeholder such as {@code RE}, {@code Ln} or {@code M}. */
  static boolean isPlaceholder(String name) {
    return LONG_PLACEHOLDERS.contains(name)
        || (name.length() == 1 && SHORT_PLACEHOLDERS.indexOf(name.charAt(0)) >= 0);
  }

  /** One parse: the cursor and what it has noted so far. Not thread-safe, never shared. */
  private static final class Run {
    private final String asWritten;
    private final Variables vars;
    private final EnumSet<FormulaFlag> flags = EnumSet.noneOf(FormulaFlag.class);
    private final java.util.List<String> dopants = new java.util.ArrayList<>();
    private String s;
    private int n;
    private int pos;
    private int depth;
    /** Whether the current part began with a multiplier; then a signed amount is ambiguous. */
    private boolean multipliedPart;
    /** Whether an amount was written since the last reset (a share of a mixed site). */
    private boolean wroteAmount;
    /** Whether the amount being read used an unknown δ (read as 0). */
    private boolean deviationUsed;

    Run(String asWritten, Variables vars) {
      this.asWritten = asWritten;
      this.vars = vars;
    }

    FormulaResult parse() {
      if (asWritten.length() > MAX_LENGTH) {
        throw fail(FormulaReason.TOO_LONG, "longer than " + MAX_LENGTH + " characters");
      }
      String t = FormulaText.normalize(asWritten);
      if (t.isEmpty()) {
        throw fail(FormulaReason.EMPTY, "no text");
      }
      if (t.indexOf('=') >= 0) {
        throw fail(FormulaReason.NOT_A_FORMULA, "an assignment, not a formula");
      }
      if (!hasCapital(t)) {
        throw fail(FormulaReason.NOT_A_FORMULA, "no element symbol");
      }
      DopantNotation.Split doped = DopantNotation.split(t);
      if (doped != null) {
        t = doped.host();
        flags.add(FormulaFlag.DOPED);
        for (DopantNotation.Dopant d : doped.dopants()) {
          dopants.add(d.text());
          if (d.amount().isEmpty()) {
            flags.add(FormulaFlag.DOPANT_AMOUNT_UNKNOWN);
          }
        }
      }
      FormulaText.Stripped labels = FormulaText.stripLabels(t);
      if (labels.stripped()) {
        flags.add(FormulaFlag.LABEL_STRIPPED);
      }
      FormulaText.Stripped u = FormulaText.stripTrailingCharge(labels.text());
      if (u.stripped()) {
        flags.add(FormulaFlag.CHARGE_STRIPPED);
      }
      s = u.text();
      n = s.length();
      Composition.Builder total = Composition.builder();
      while (true) {
        part(total);
        skipSpaces();
        if (pos >= n) {
          break;
        }
        char c = s.charAt(pos);
        if (c == '\u00B7' || c == '.') {
          pos++;
          flags.add(FormulaFlag.ADDUCT);
          continue;
        }
        if (isCloser(c)) {
          throw fail(FormulaReason.UNBALANCED_PARENTHESIS, "'" + c + "' closes nothing");
        }
        throw unexpected(c);
      }
      Composition composition = total.build();
      if (composition.isEmpty()) {
        throw fail(FormulaReason.EMPTY_COMPOSITION, "every amount is zero");
      }
      return new FormulaResult.Parsed(asWritten, composition, flags, dopants);
    }

    /** One adduct part: an optional multiplier, then items up to a separator or the end. */
    private void part(Composition.Builder total) {
      skipSpaces();
      multipliedPart = false;
      double multiplier = 1;
      if (pos < n) {
        char c = s.charAt(pos);
        if (c == '(' && isExpressionGroup(pos)) {
          multiplier = checked(parenthesizedExpression(), "multiplier");
          multipliedPart = true;
        } else if (Character.isDigit(c) || isVariableStart(pos)) {
          deviationUsed = false;
          multiplier = checked(term(false).value, "multiplier");
          multipliedPart = true;
        } else if (Character.isLowerCase(c)) {
          throw fail(FormulaReason.NOT_A_FORMULA, "starts with a word");
        }
      }
      skipSpaces();
      Group g = sequence((char) 0);
      if (g.items == 0) {
        throw fail(multipliedPart ? FormulaReason.MISPLACED_AMOUNT : FormulaReason.NOT_A_FORMULA,
            multipliedPart ? "a multiplier with nothing after it" : "an empty adduct part");
      }
      total.addAll(g.composition, multiplier);
    }

    /** What a bracket (or a part) holds and how many items were in it. */
    private record Group(Composition composition, int items) {
    }

    /** Items until {@code closer} (not consumed), or at depth 0 until a separator or the end. */
    private Group sequence(char closer) {
      if (depth > MAX_DEPTH) {
        throw fail(FormulaReason.TOO_DEEP, "brackets nested deeper than " + MAX_DEPTH);
      }
      Composition.Builder b = Composition.builder();
      int items = 0;
      // A mixed site (Ba,Sr): the alternatives read so far, and whether each wrote an amount.
      java.util.List<Composition> sites = new java.util.ArrayList<>();
      java.util.List<Boolean> siteAmounts = new java.util.ArrayList<>();
      wroteAmount = false;
      while (true) {
        skipSpaces();
        if (pos >= n) {
          if (closer != 0) {
            throw fail(FormulaReason.UNBALANCED_PARENTHESIS, "a bracket is never closed ('"
                + closer + "' missing)");
          }
          break;
        }
        char c = s.charAt(pos);
        if (c == ',' && closer != 0) {
          if (items == 0) {
            throw fail(FormulaReason.EMPTY_GROUP, "an empty share of a mixed site");
          }
          sites.add(b.build());
          siteAmounts.add(wroteAmount);
          b = Composition.builder();
          items = 0;
          pos++;
          wroteAmount = false;
          continue;
        }
        if (c == closer) {
          break;
        }
        if (depth == 0 && (c == '\u00B7' || c == '.')) {
          break;
        }
        if (isCloser(c)) {
          throw fail(FormulaReason.UNBALANCED_PARENTHESIS,
              closer == 0 ? "'" + c + "' closes nothing" : "'" + c + "' where '" + closer + "' was expected");
        }
        if (isOpener(c)) {
          pos++;
          depth++;
          Group inner = sequence(closerOf(c));
          depth--;
          pos++;
          if (inner.items == 0) {
            throw fail(FormulaReason.EMPTY_GROUP, "an empty bracket");
          }
          b.addAll(inner.composition, amount());
          items++;
        } else if (c >= 'A' && c <= 'Z') {
          element(b);
          items++;
        } else if (c == '^') {
          charge();
        } else if (Character.isDigit(c)) {
          throw fail(FormulaReason.MISPLACED_AMOUNT, "a number at " + (pos + 1)
              + " belongs to nothing (a space before it?)");
        } else if (Character.isLetter(c)) {
          if (pos + 1 < n && Character.isLetter(s.charAt(pos + 1))) {
            throw fail(FormulaReason.NOT_A_FORMULA, "a word inside the formula");
          }
          throw fail(isVariableLetter(c) ? FormulaReason.MISPLACED_AMOUNT
              : FormulaReason.NOT_A_FORMULA, "'" + c + "' at " + (pos + 1) + " belongs to nothing");
        } else {
          throw unexpected(c);
        }
      }
      if (!sites.isEmpty()) {
        if (items == 0) {
          throw fail(FormulaReason.EMPTY_GROUP, "an empty share of a mixed site");
        }
        sites.add(b.build());
        siteAmounts.add(wroteAmount);
        return new Group(mixedSite(sites, siteAmounts), sites.size());
      }
      Composition group = b.build();
      if (closer != 0 && items >= 2 && fractionalSite(group)) {
        flags.add(FormulaFlag.MIXED_SITE);
      }
      return new Group(group, items);
    }

    /** The shares of a comma-separated site: as written, or equal when none has an amount. */
    private Composition mixedSite(java.util.List<Composition> sites, java.util.List<Boolean> amounts) {
      flags.add(FormulaFlag.MIXED_SITE);
      boolean all = amounts.stream().allMatch(a -> a);
      boolean none = amounts.stream().noneMatch(a -> a);
      if (!all && !none) {
        throw fail(FormulaReason.AMBIGUOUS_SITE, "a mixed site where some elements have a"
            + " fraction and others not; the missing share is not guessed");
      }
      Composition.Builder out = Composition.builder();
      for (Composition c : sites) {
        out.addAll(c, none ? 1.0 / sites.size() : 1.0);
      }
      if (none) {
        flags.add(FormulaFlag.SITE_FRACTIONS_UNKNOWN);
      }
      return out.build();
    }

    /** Whether a bracket's elements all have non-integral amounts that add up to a whole number. */
    private static boolean fractionalSite(Composition c) {
      double sum = 0;
      for (String e : c.elements()) {
        double a = c.amount(e);
        if (Math.abs(a - Math.rint(a)) < Composition.AMOUNT_TOLERANCE) {
          return false;
        }
        sum += a;
      }
      return Math.abs(sum - Math.rint(sum)) < 1e-6 && sum >= 1 - 1e-6;
    }

    /** An element or placeholder, an optional oxidation state, an optional amount. */
    private void element(Composition.Builder b) {
      char c = s.charAt(pos);
      char next = pos + 1 < n ? s.charAt(pos + 1) : 0;
      String symbol;
      if (next >= 'a' && next <= 'z') {
        String two = s.substring(pos, pos + 2);
        boolean wordFollows = pos + 2 < n && s.charAt(pos + 2) >= 'a' && s.charAt(pos + 2) <= 'z';
        if (Element.isSymbol(two) && !variableAfterOneLetter(c, next)) {
          symbol = two;
          pos += 2;
        } else if (LONG_PLACEHOLDERS.contains(two)) {
          symbol = placeholder(two);
          pos += 2;
        } else if (isVariableLetter(next) && !wordFollows) {
          symbol = single(c);
          pos++;
        } else if (wordFollows) {
          throw fail(FormulaReason.NOT_A_FORMULA, "a word inside the formula");
        } else {
          throw fail(FormulaReason.UNKNOWN_ELEMENT, "'" + two + "' is no element");
        }
      } else if ((c == 'R' && next == 'E') || (c == 'T' && next == 'M')) {
        symbol = placeholder(s.substring(pos, pos + 2));
        pos += 2;
      } else {
        symbol = single(c);
        pos++;
      }
      oxidationState();
      b.add(symbol, amount());
    }

    /**
     * Whether {@code c next} is better read as a one-letter element and a variable: only when
     * the caller bound that variable and the two letters would otherwise name an element past
     * plutonium, which no corpus formula holds. So {@code CnH2n+2} with n = 2 is ethane, not
     * copernicium, while {@code Cd} stays cadmium whatever d is.
     */
    private boolean variableAfterOneLetter(char c, char next) {
      return Element.require(String.valueOf(new char[] {c, next})).atomicNumber() > 94
          && isVariableLetter(next) && Element.isSymbol(String.valueOf(c))
          && vars.number(String.valueOf(next)).isPresent();
    }

    /** A one-letter symbol: an element, or a placeholder, or an isotope (rejected). */
    private String single(char c) {
      String one = String.valueOf(c);
      if (Element.isSymbol(one)) {
        return one;
      }
      if (c == 'D' || c == 'T') {
        throw fail(FormulaReason.ISOTOPE, "'" + c + "' is a hydrogen isotope; compositions hold elements only");
      }
      return placeholder(one);
    }

    private String placeholder(String name) {
      String bound = vars.element(name);
      if (bound == null) {
        throw fail(FormulaReason.PLACEHOLDER_ELEMENT, "placeholder '" + name
            + "' stands for an element that was not given (e.g. --var " + name + "=Y)");
      }
      flags.add(FormulaFlag.PLACEHOLDER_SUBSTITUTED);
      return bound;
    }

    /** Drops {@code (III)}, {@code (+3)}, {@code (3+)} or {@code (0)} straight after an element. */
    private void oxidationState() {
      if (pos >= n || s.charAt(pos) != '(') {
        return;
      }
      int close = s.indexOf(')', pos);
      if (close < 0) {
        return;
      }
      String inner = s.substring(pos + 1, close).trim();
      if (ROMAN.contains(inner) || inner.equals("0") || SIGNED_STATE.matcher(inner).matches()) {
        pos = close + 1;
        flags.add(FormulaFlag.OXIDATION_STATE_STRIPPED);
      }
    }

    /** Drops a charge written as {@code ^3+}, {@code ^{2-}}, {@code ^-}. */
    private void charge() {
      int start = pos;
      pos++;
      boolean brace = pos < n && s.charAt(pos) == '{';
      if (brace) {
        pos++;
      }
      boolean sign = false;
      while (pos < n && (Character.isDigit(s.charAt(pos)) || s.charAt(pos) == '+' || s.charAt(pos) == '-')) {
        sign |= s.charAt(pos) == '+' || s.charAt(pos) == '-';
        pos++;
      }
      if (brace) {
        if (pos >= n || s.charAt(pos) != '}') {
          throw fail(FormulaReason.UNBALANCED_PARENTHESIS, "'^{' is never closed");
        }
        pos++;
      }
      if (!sign) {
        throw fail(FormulaReason.UNEXPECTED_CHARACTER, "a superscript without a sign at "
            + (start + 1) + " is no charge");
      }
      flags.add(FormulaFlag.CHARGE_STRIPPED);
    }

    /** The amount after an element or bracket: 1 when none is written. */
    private double amount() {
      if (pos >= n) {
        return 1;
      }
      char c = s.charAt(pos);
      if (c == '(' && isExpressionGroup(pos)) {
        wroteAmount = true;
        return checked(parenthesizedExpression(), "amount");
      }
      if (Character.isDigit(c) || isVariableStart(pos)) {
        wroteAmount = true;
        return checked(signedAmount(), "amount");
      }
      return 1;
    }

    /** A term, continued by signs while the expression holds a variable: {@code 1-x}, {@code 2n+2}. */
    private double signedAmount() {
      deviationUsed = false;
      Term first = term(true);
      double value = first.value;
      boolean hasVariable = first.hasVariable;
      boolean continued = false;
      while (pos + 1 < n && (s.charAt(pos) == '+' || s.charAt(pos) == '-')
          && (Character.isDigit(s.charAt(pos + 1)) || isVariableStart(pos + 1))) {
        int save = pos;
        char sign = s.charAt(pos);
        pos++;
        Term t = term(true);
        if (!hasVariable && !t.hasVariable) {
          pos = save;
          break;
        }
        hasVariable = true;
        continued = true;
        value += sign == '+' ? t.value : -t.value;
      }
      if (pos + 1 < n && s.charAt(pos) == '\u00B1' && isDeviationSymbol(String.valueOf(s.charAt(pos + 1)))) {
        // O3±δ: a deviation of either sign. Unknown, it is nominal like O3-δ; known, its sign
        // is still unknown, so there is no single amount to give.
        if (vars.number(String.valueOf(s.charAt(pos + 1))).isPresent()) {
          throw fail(FormulaReason.UNRESOLVED_VARIABLE, "'±" + s.charAt(pos + 1)
              + "' has no single value even with " + s.charAt(pos + 1) + " given");
        }
        pos += 2;
        flags.add(FormulaFlag.NONSTOICHIOMETRIC);
        continued = true;
      }
      if (continued && multipliedPart) {
        throw fail(FormulaReason.AMBIGUOUS_MIXTURE, "a signed amount after a multiplier: the sign "
            + "may join two weighted formulas; write the composition out or separate parts with '·'");
      }
      return value;
    }

    /** A term's value and whether it held a variable. */
    private record Term(double value, boolean hasVariable) {
    }

    /** {@code 2}, {@code 0.5}, {@code 1/2}, {@code x}, {@code 2x}, {@code x/2}. */
    private Term term(boolean amountDot) {
      double value = 1;
      boolean number = false;
      boolean variable = false;
      if (pos < n && Character.isDigit(s.charAt(pos))) {
        value = number(amountDot);
        number = true;
        value = divisor(value);
      }
      if (isVariableStart(pos)) {
        value *= variable(String.valueOf(s.charAt(pos)));
        pos++;
        variable = true;
        value = divisor(value);
      }
      if (!number && !variable) {
        throw unexpected(pos < n ? s.charAt(pos) : ' ');
      }
      return new Term(value, variable);
    }

    private double divisor(double value) {
      if (pos + 1 < n && s.charAt(pos) == '/' && Character.isDigit(s.charAt(pos + 1))) {
        pos++;
        double d = number(false);
        if (d == 0) {
          throw fail(FormulaReason.MALFORMED_NUMBER, "division by zero");
        }
        return value / d;
      }
      return value;
    }

    /**
     * Digits with an optional decimal part. With {@code amountDot}, a dot after a whole amount
     * (not starting with 0) that is followed by a count of water ends the number instead:
     * {@code CuSO4.5H2O} is CuSO4·5H2O, the way chemists type it without a middle dot.
     */
    private double number(boolean amountDot) {
      int start = pos;
      while (pos < n && Character.isDigit(s.charAt(pos))) {
        pos++;
      }
      if (pos + 1 < n && s.charAt(pos) == '.' && Character.isDigit(s.charAt(pos + 1))) {
        if (amountDot && depth == 0 && s.charAt(start) != '0' && waterFollows(pos + 1)) {
          flags.add(FormulaFlag.DOT_READ_AS_ADDUCT);
        } else {
          pos++;
          while (pos < n && Character.isDigit(s.charAt(pos))) {
            pos++;
          }
          if (pos + 1 < n && s.charAt(pos) == '.' && Character.isDigit(s.charAt(pos + 1))) {
            throw fail(FormulaReason.MALFORMED_NUMBER, "a number with two decimal points");
          }
        }
      }
      if (pos - start > 12) {
        throw fail(FormulaReason.MALFORMED_NUMBER, "a number of more than 12 digits");
      }
      return Double.parseDouble(s.substring(start, pos));
    }

    /** Whether {@code digits[.digits]H2O} follows at {@code i}, up to a separator or the end. */
    private boolean waterFollows(int i) {
      int j = i;
      while (j < n && Character.isDigit(s.charAt(j))) {
        j++;
      }
      if (j + 1 < n && s.charAt(j) == '.' && Character.isDigit(s.charAt(j + 1))) {
        j++;
        while (j < n && Character.isDigit(s.charAt(j))) {
          j++;
        }
      }
      if (!s.startsWith("H2O", j)) {
        return false;
      }
      j += 3;
      return j == n || s.charAt(j) == '\u00B7' || s.charAt(j) == ' ';
    }

    /** A variable's value; an unknown δ is 0 (flagged), any other unknown is a rejection. */
    private double variable(String name) {
      java.util.OptionalDouble v = vars.number(name);
      if (v.isPresent()) {
        flags.add(FormulaFlag.VARIABLES_SUBSTITUTED);
        return v.getAsDouble();
      }
      if (isDeviationSymbol(name)) {
        flags.add(FormulaFlag.NONSTOICHIOMETRIC);
        deviationUsed = true;
        return 0;
      }
      throw fail(FormulaReason.UNRESOLVED_VARIABLE, "variable '" + name
          + "' has no value (e.g. --var " + name + "=0.1)");
    }

    /** Checks an amount or multiplier: not negative, and not a δ standing alone. */
    private double checked(double value, String what) {
      if (deviationUsed && Math.abs(value) < Composition.AMOUNT_TOLERANCE) {
        throw fail(FormulaReason.UNRESOLVED_VARIABLE, "the " + what
            + " is only a deviation δ, which needs its value");
      }
      if (value < -Composition.AMOUNT_TOLERANCE) {
        throw fail(FormulaReason.NEGATIVE_AMOUNT, "the " + what + " is " + value);
      }
      return Math.max(value, 0);
    }

    // --- parenthesized arithmetic: (1-x), (2-x)/2, (1-2x) ---

    /** Whether the bracket at {@code open} holds arithmetic rather than atoms. */
    private boolean isExpressionGroup(int open) {
      int level = 0;
      boolean operand = false;
      for (int i = open; i < n; i++) {
        char c = s.charAt(i);
        if (c == '(') {
          level++;
        } else if (c == ')') {
          level--;
          if (level == 0) {
            return operand;
          }
        } else if (Character.isDigit(c)) {
          operand = true;
        } else if (isVariableLetter(c)) {
          if (i + 1 < n && Character.isLetter(s.charAt(i + 1))) {
            return false;
          }
          operand = true;
        } else if ("+-/. ".indexOf(c) < 0) {
          return false;
        }
      }
      return false;
    }

    private double parenthesizedExpression() {
      deviationUsed = false;
      pos++;
      double v = sum();
      skipSpaces();
      if (pos >= n || s.charAt(pos) != ')') {
        throw fail(FormulaReason.UNBALANCED_PARENTHESIS, "an expression bracket is never closed");
      }
      pos++;
      return v;
    }

    private double sum() {
      skipSpaces();
      double v;
      if (pos < n && (s.charAt(pos) == '-' || s.charAt(pos) == '+')) {
        boolean minus = s.charAt(pos) == '-';
        pos++;
        v = minus ? -product() : product();
      } else {
        v = product();
      }
      while (true) {
        skipSpaces();
        if (pos < n && (s.charAt(pos) == '+' || s.charAt(pos) == '-')) {
          boolean minus = s.charAt(pos) == '-';
          pos++;
          double p = product();
          v = minus ? v - p : v + p;
        } else {
          return v;
        }
      }
    }

    private double product() {
      double v = factor();
      while (true) {
        skipSpaces();
        if (pos < n && s.charAt(pos) == '/') {
          pos++;
          double d = factor();
          if (d == 0) {
            throw fail(FormulaReason.MALFORMED_NUMBER, "division by zero");
          }
          v /= d;
        } else if (pos < n && (Character.isDigit(s.charAt(pos)) || isVariableStart(pos)
            || s.charAt(pos) == '(')) {
          v *= factor();
        } else {
          return v;
        }
      }
    }

    private double factor() {
      skipSpaces();
      if (pos >= n) {
        throw fail(FormulaReason.UNBALANCED_PARENTHESIS, "an expression bracket is never closed");
      }
      char c = s.charAt(pos);
      if (Character.isDigit(c)) {
        return number(false);
      }
      if (isVariableStart(pos)) {
        pos++;
        return variable(String.valueOf(c));
      }
      if (c == '(') {
        if (++depth > MAX_DEPTH) {
          throw fail(FormulaReason.TOO_DEEP, "brackets nested deeper than " + MAX_DEPTH);
        }
        pos++;
        double v = sum();
        skipSpaces();
        if (pos >= n || s.charAt(pos) != ')') {
          throw fail(FormulaReason.UNBALANCED_PARENTHESIS, "an expression bracket is never closed");
        }
        pos++;
        depth--;
        return v;
      }
      throw unexpected(c);
    }

    // --- small helpers ---

    /** A variable letter at {@code i} that does not start a word. */
    private boolean isVariableStart(int i) {
      return i < n && isVariableLetter(s.charAt(i))
          && !(i + 1 < n && Character.isLowerCase(s.charAt(i + 1)));
    }

    private void skipSpaces() {
      while (pos < n && s.charAt(pos) == ' ') {
        pos++;
      }
    }

    private static boolean hasCapital(String t) {
      for (int i = 0; i < t.length(); i++) {
        if (t.charAt(i) >= 'A' && t.charAt(i) <= 'Z') {
          return true;
        }
      }
      return false;
    }

    private static boolean isOpener(char c) {
      return c == '(' || c == '[' || c == '{';
    }

    private static boolean isCloser(char c) {
      return c == ')' || c == ']' || c == '}';
    }

    private static char closerOf(char open) {
      return open == '(' ? ')' : open == '[' ? ']' : '}';
    }

    private FormulaException unexpected(char c) {
      return fail(FormulaReason.UNEXPECTED_CHARACTER, "unexpected '" + c + "' at " + (pos + 1));
    }

    private static FormulaException fail(FormulaReason reason, String message) {
      return new FormulaException(reason, message);
    }
  }
}
