package dev.anneal.search.index;

import dev.anneal.search.query.QueryParser;
import java.io.IOException;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.util.CharTokenizer;

/**
 * Analysis that keeps chemistry whole: tokens split at whitespace and sentence punctuation only,
 * case kept ({@code Co} is not {@code CO}), no stemming, so {@code YBa2Cu3O7-δ}, {@code Ca3(PO4)2},
 * {@code 1.5}, {@code °C} and {@code K/min} stay single tokens. A token that is a plain formula is
 * also indexed under its reduced formula at the same position, so {@code FePO4Li} in a query finds
 * {@code LiFePO4} in a text.
 */
public final class ChemistryAnalyzer extends Analyzer {

  /** Longer tokens are noise (base64, sequences) and are dropped. */
  static final int MAX_TOKEN = 64;

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    Tokenizer source = CharTokenizer.fromTokenCharPredicate(ChemistryAnalyzer::isTokenChar);
    TokenStream out = new FormulaFilter(new TrimFilter(source));
    return new TokenStreamComponents(source, out);
  }

  private static boolean isTokenChar(int c) {
    return Character.isLetterOrDigit(c) || ".-()[]/°%±+'·−–^*".indexOf(c) >= 0;
  }

  /** Strips sentence punctuation around a token ("LiFePO4," "(900" "°C)."); drops what is left empty. */
  static final class TrimFilter extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute posInc = addAttribute(PositionIncrementAttribute.class);

    TrimFilter(TokenStream in) {
      super(in);
    }

    @Override
    public boolean incrementToken() throws IOException {
      int skipped = 0;
      while (input.incrementToken()) {
        String t = trim(term.toString());
        if (!t.isEmpty() && t.length() <= MAX_TOKEN) {
          term.setEmpty().append(t);
          posInc.setPositionIncrement(posInc.getPositionIncrement() + skipped);
          return true;
        }
        skipped += posInc.getPositionIncrement();
      }
      return false;
    }

    static String trim(String t) {
      int start = 0;
      int end = t.length();
      while (end > start && ".-+/'*,".indexOf(t.charAt(end - 1)) >= 0) {
        end--;
      }
      while (start < end && "-/'*.".indexOf(t.charAt(start)) >= 0) {
        start++;
      }
      // Brackets only when unbalanced: "(900" and "°C)" lose them, "Ca3(PO4)2" keeps them.
      boolean changed = true;
      while (changed && end > start) {
        changed = false;
        String s = t.substring(start, end);
        if ((s.startsWith("(") || s.startsWith("[")) && balance(s) > 0) {
          start++;
          changed = true;
        } else if ((s.endsWith(")") || s.endsWith("]")) && balance(s) < 0) {
          end--;
          changed = true;
        } else if (s.startsWith("(") && s.endsWith(")") && balance(s.substring(1, s.length() - 1)) == 0
            && s.length() > 2) {
          start++;
          end--;
          changed = true;
        }
      }
      return t.substring(start, end);
    }

    private static int balance(String s) {
      int b = 0;
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        if (c == '(' || c == '[') {
          b++;
        } else if (c == ')' || c == ']') {
          b--;
        }
      }
      return b;
    }
  }

  /** Adds a formula's reduced form at the same position when it differs from the token. */
  static final class FormulaFilter extends TokenFilter {
    private static final java.util.regex.Pattern NONSTOICHIOMETRY =
        java.util.regex.Pattern.compile("(?<=\\d)[-−–+±][δxyzd]$");
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute posInc = addAttribute(PositionIncrementAttribute.class);
    private String pending;
    private State saved;

    FormulaFilter(TokenStream in) {
      super(in);
    }

    @Override
    public boolean incrementToken() throws IOException {
      if (pending != null) {
        restoreState(saved);
        term.setEmpty().append(pending);
        posInc.setPositionIncrement(0);
        pending = null;
        return true;
      }
      if (!input.incrementToken()) {
        return false;
      }
      String t = term.toString();
      // An oxygen non-stoichiometry suffix ("YBa2Cu3O7-δ", "O6+x") is dropped for the reduced form.
      String plain = NONSTOICHIOMETRY.matcher(t).replaceFirst("");
      Optional<String> reduced = looksLikeFormula(plain) ? QueryParser.reducedFormula(plain)
          : Optional.empty();
      if (reduced.isPresent() && !reduced.get().equals(t)) {
        pending = reduced.get();
        saved = captureState();
      }
      return true;
    }

    /** Two capitals or a capital and a digit: "LiFePO4", "TiO2"; not "In", "As" or "I". */
    private static boolean looksLikeFormula(String t) {
      int capitals = 0;
      boolean digit = false;
      for (int i = 0; i < t.length(); i++) {
        char c = t.charAt(i);
        capitals += Character.isUpperCase(c) ? 1 : 0;
        digit |= Character.isDigit(c);
      }
      return Character.isUpperCase(t.charAt(0)) && (capitals >= 2 || (capitals == 1 && digit));
    }

    @Override
    public void reset() throws IOException {
      super.reset();
      pending = null;
      saved = null;
    }
  }
}
