package dev.anneal.ingest.literature.latex;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The author's own macros ({@code \newcommand}, {@code \renewcommand}, {@code \def} without
 * parameter text) and their expansion, so {@code \gorc} reads as {@code S2ORC}. Expansion is
 * bounded: a few passes and a growth limit, since macros may recurse.
 */
public final class LatexMacros {

  /** Expansion passes over the text. */
  public static final int PASSES = 4;

  private static final Pattern DEFINITION = Pattern.compile(
      "\\\\(?:re)?newcommand\\*?\\s*\\{?\\s*\\\\([A-Za-z@]+)\\s*\\}?\\s*(?:\\[(\\d)\\])?"
          + "\\s*(?:\\[[^\\]]*\\])?\\s*\\{|\\\\def\\s*\\\\([A-Za-z@]+)\\s*\\{");

  /** One macro: its number of arguments and its body with {@code #1}… placeholders. */
  record Macro(int args, String body) {
  }

  private final Map<String, Macro> macros = new HashMap<>();

  /** The macros defined anywhere in {@code source}. */
  public static LatexMacros definedIn(String source) {
    LatexMacros m = new LatexMacros();
    Matcher d = DEFINITION.matcher(source);
    while (d.find()) {
      int open = d.end() - 1;
      int close = LatexText.matchingBrace(source, open);
      if (close < 0) {
        continue;
      }
      String name = d.group(1) != null ? d.group(1) : d.group(3);
      int args = d.group(2) != null ? Integer.parseInt(d.group(2)) : 0;
      m.macros.put(name, new Macro(args, source.substring(open + 1, close)));
    }
    return m;
  }

  /** How many macros were found. */
  public int size() {
    return macros.size();
  }

  /** {@code text} with the macros expanded. */
  public String expand(String text) {
    String current = text;
    for (int pass = 0; pass < PASSES && !macros.isEmpty(); pass++) {
      String next = expandOnce(current);
      if (next.equals(current) || next.length() > 4 * text.length() + 10_000) {
        return next.length() > 4 * text.length() + 10_000 ? current : next;
      }
      current = next;
    }
    return current;
  }

  private String expandOnce(String text) {
    StringBuilder out = new StringBuilder(text.length());
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c != '\\' || i + 1 >= text.length() || !Character.isLetter(text.charAt(i + 1))) {
        out.append(c);
        if (c == '\\' && i + 1 < text.length()) {
          out.append(text.charAt(i + 1));
          i++;
        }
        i++;
        continue;
      }
      int end = i + 1;
      while (end < text.length() && (Character.isLetter(text.charAt(end)) || text.charAt(end) == '@')) {
        end++;
      }
      String name = text.substring(i + 1, end);
      Macro macro = macros.get(name);
      if (macro == null || isDefinitionSite(text, i)) {
        out.append(text, i, end);
        i = end;
        continue;
      }
      String body = macro.body();
      int pos = end;
      for (int a = 1; a <= macro.args(); a++) {
        int p = pos;
        while (p < text.length() && Character.isWhitespace(text.charAt(p))) {
          p++;
        }
        String arg;
        if (p < text.length() && text.charAt(p) == '{') {
          int close = LatexText.matchingBrace(text, p);
          if (close < 0) {
            break;
          }
          arg = text.substring(p + 1, close);
          pos = close + 1;
        } else if (p < text.length()) {
          arg = String.valueOf(text.charAt(p));
          pos = p + 1;
        } else {
          break;
        }
        body = body.replace("#" + a, arg);
      }
      out.append(body);
      i = pos;
    }
    return out.toString();
  }

  /** Whether the macro name at {@code i} is the one being defined ({@code \newcommand{\x}}). */
  private static boolean isDefinitionSite(String text, int i) {
    int from = Math.max(0, i - 20);
    String before = text.substring(from, i);
    return before.matches("(?s).*\\\\(?:re)?newcommand\\*?\\s*\\{?\\s*") || before.matches("(?s).*\\\\def\\s*");
  }
}
