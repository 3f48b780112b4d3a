package dev.anneal.ingest.literature.latex;

import dev.anneal.ingest.literature.Block;
import dev.anneal.ingest.literature.DocumentDraft;
import java.text.Normalizer;
import java.util.Map;

/**
 * Converts the body of a LaTeX document into blocks of a {@link DocumentDraft}: sections become
 * headings, blank lines and {@code \par} end paragraphs, list items are paragraphs, floats give
 * their captions, the abstract environment gives abstract paragraphs, math stays LaTeX, cross
 * references become the numbers of their labels, citations and layout commands disappear.
 */
final class LatexConverter {

  private final DocumentDraft draft;
  private final Map<String, String> labels;
  private String section = "";
  private String kind = Block.BODY;
  private final StringBuilder para = new StringBuilder();
  private int figures;
  private int tables;

  LatexConverter(DocumentDraft draft, Map<String, String> labels) {
    this.draft = draft;
    this.labels = labels;
  }

  /** Converts {@code body} into blocks of the draft. */
  void convertBody(String body) {
    convert(body);
    flush();
  }

  /** {@code fragment} as one line of text (a title, a caption, an author line). */
  String inline(String fragment) {
    LatexConverter child = new LatexConverter(new DocumentDraft(), labels);
    child.convert(fragment);
    return tidy(child.para.toString());
  }

  private void flush() {
    String text = tidy(para.toString());
    if (!text.isEmpty()) {
      draft.add(section, kind, text);
    }
    para.setLength(0);
  }

  private static String tidy(String text) {
    return text.replaceAll("\\s+", " ").replaceAll(" ([.,;:!?)\\]])", "$1")
        .replaceAll("([(\\[]) ", "$1").replaceAll("\\(\\s*\\)|\\[\\s*\\]", "").strip();
  }

  private void convert(String s) {
    int i = 0;
    int n = s.length();
    while (i < n) {
      char c = s.charAt(i);
      switch (c) {
        case '\n' -> {
          int j = i + 1;
          while (j < n && (s.charAt(j) == ' ' || s.charAt(j) == '\t')) {
            j++;
          }
          if (j < n && s.charAt(j) == '\n') {
            flush();
            while (j < n && Character.isWhitespace(s.charAt(j))) {
              j++;
            }
          } else {
            para.append(' ');
          }
          i = j;
        }
        case '%' -> {
          int eol = s.indexOf('\n', i);
          i = eol < 0 ? n : eol + 1;
        }
        case '$' -> i = math(s, i);
        case '~' -> {
          para.append(' ');
          i++;
        }
        case '{', '}' -> i++;
        case '&' -> {
          para.append(' ');
          i++;
        }
        case '`' -> {
          boolean dbl = i + 1 < n && s.charAt(i + 1) == '`';
          para.append(dbl ? '“' : '‘');
          i += dbl ? 2 : 1;
        }
        case '\'' -> {
          boolean dbl = i + 1 < n && s.charAt(i + 1) == '\'';
          para.append(dbl ? '”' : '\'');
          i += dbl ? 2 : 1;
        }
        case '-' -> {
          if (s.startsWith("---", i)) {
            para.append('—');
            i += 3;
          } else if (s.startsWith("--", i)) {
            para.append('–');
            i += 2;
          } else {
            para.append('-');
            i++;
          }
        }
        case '\\' -> i = command(s, i);
        default -> {
          para.append(c);
          i++;
        }
      }
    }
  }

  /** Inline ({@code $…$}) or display ({@code $$…$$}) math, kept as written. */
  private int math(String s, int i) {
    boolean display = s.startsWith("$$", i);
    String delim = display ? "$$" : "$";
    int close = i + delim.length();
    while (true) {
      close = s.indexOf(delim, close);
      if (close < 0 || s.charAt(close - 1) != '\\') {
        break;
      }
      close += 1;
    }
    if (close < 0) {
      para.append(s, i, i + delim.length());
      return i + delim.length();
    }
    String body = s.substring(i + delim.length(), close).strip();
    para.append(display ? " $$" : "$").append(stripLabels(body)).append(display ? "$$ " : "$");
    return close + delim.length();
  }

  private int command(String s, int i) {
    int n = s.length();
    if (i + 1 >= n) {
      return n;
    }
    char next = s.charAt(i + 1);
    if (!Character.isLetter(next)) {
      return symbol(s, i, next);
    }
    int end = i + 1;
    while (end < n && (Character.isLetter(s.charAt(end)) || s.charAt(end) == '@')) {
      end++;
    }
    String name = s.substring(i + 1, end);
    boolean star = end < n && s.charAt(end) == '*';
    if (star) {
      end++;
    }
    if (LatexText.SECTIONS.contains(name) || LatexText.RUN_IN.contains(name)) {
      int p = skipOptional(s, end);
      int[] arg = braced(s, p);
      if (arg == null) {
        return p;
      }
      String heading = inline(s.substring(arg[0], arg[1]));
      flush();
      if (LatexText.SECTIONS.contains(name)) {
        section = heading;
        kind = Block.BODY;
      } else {
        para.append(heading).append(heading.matches(".*[.:!?]$") ? " " : ". ");
      }
      return arg[1] + 1;
    }
    switch (name) {
      case "begin" -> {
        return environment(s, end);
      }
      case "end" -> {
        int[] arg = braced(s, end);
        return arg == null ? end : arg[1] + 1;
      }
      case "item" -> {
        flush();
        int p = skipSpaces(s, end);
        if (p < n && s.charAt(p) == '[') {
          int close = LatexText.matchingBracket(s, p);
          if (close > 0) {
            para.append(inline(s.substring(p + 1, close))).append(' ');
            return close + 1;
          }
        }
        return end;
      }
      case "par" -> {
        flush();
        return end;
      }
      case "appendix" -> {
        flush();
        return end;
      }
      case "caption" -> {
        int p = skipOptional(s, end);
        int[] arg = braced(s, p);
        if (arg == null) {
          return p;
        }
        flush();
        draft.add(section, Block.CAPTION, inline(s.substring(arg[0], arg[1])));
        return arg[1] + 1;
      }
      case "newcommand", "renewcommand", "providecommand", "DeclareRobustCommand" -> {
        return skipDefinition(s, end);
      }
      case "def" -> {
        int open = s.indexOf('{', end);
        int close = open < 0 ? -1 : LatexText.matchingBrace(s, open);
        return close < 0 ? end : close + 1;
      }
      case "ensuremath" -> {
        int[] arg = braced(s, end);
        if (arg != null) {
          para.append('$').append(s, arg[0], arg[1]).append('$');
          return arg[1] + 1;
        }
        return end;
      }
      case "textsuperscript" -> {
        int[] arg = braced(s, end);
        if (arg != null) {
          para.append("^{").append(inline(s.substring(arg[0], arg[1]))).append('}');
          return arg[1] + 1;
        }
        return end;
      }
      default -> { }
    }
    if (LatexText.REFS.contains(name)) {
      int[] arg = braced(s, skipOptional(s, end));
      if (arg == null) {
        return end;
      }
      StringBuilder refs = new StringBuilder();
      for (String key : s.substring(arg[0], arg[1]).split(",")) {
        refs.append(refs.length() > 0 ? ", " : "").append(labels.getOrDefault(key.strip(), "?"));
      }
      para.append(name.equals("eqref") ? "(" + refs + ")" : refs);
      return arg[1] + 1;
    }
    if (LatexText.KEEP_ARG.contains(name)) {
      int p = skipOptional(s, end);
      int[] arg = braced(s, p);
      if (arg == null) {
        return p;
      }
      convert(s.substring(arg[0], arg[1]));
      return arg[1] + 1;
    }
    if (LatexText.KEEP_SECOND.contains(name)) {
      int p = skipOptional(s, end);
      int[] first = braced(s, p);
      if (first == null) {
        return p;
      }
      int[] second = braced(s, skipOptional(s, first[1] + 1));
      if (second == null) {
        return first[1] + 1;
      }
      convert(s.substring(second[0], second[1]));
      return second[1] + 1;
    }
    Integer args = LatexText.DROP.get(name);
    if (args != null) {
      int p = skipOptional(s, end);
      for (int a = 0; a < args; a++) {
        int[] arg = braced(s, p);
        if (arg == null) {
          break;
        }
        p = skipOptional(s, arg[1] + 1);
      }
      return p;
    }
    if (name.equals("xspace")) {
      // xspace puts a space where a word follows, none before punctuation.
      if (end < s.length() && (Character.isLetterOrDigit(s.charAt(end)) || s.charAt(end) == '\\')) {
        para.append(' ');
      }
      return end;
    }
    String symbol = LatexText.SYMBOLS.get(name);
    if (symbol != null) {
      para.append(symbol);
      return skipBlanks(s, end); // TeX drops the spaces after a control word
    }
    // An unknown command: a font switch, a layout command or an undefined macro. Its name and
    // optional arguments go; braced arguments stay as text.
    return skipBlanks(s, skipOptional(s, end));
  }

  /** Single-character commands: escapes, spaces, accents, {@code \(}…{@code \)} and {@code \[}…{@code \]}. */
  private int symbol(String s, int i, char next) {
    switch (next) {
      case '\\' -> {
        para.append(' ');
        return skipOptional(s, i + 2);
      }
      case ',', ';', ':', ' ', '>' -> {
        para.append(' ');
        return i + 2;
      }
      case '!', '-', '@', '/', '\n' -> {
        return next == '\n' ? i + 1 : i + 2;
      }
      case '%', '&', '#', '$', '_', '{', '}' -> {
        para.append(next);
        return i + 2;
      }
      case '(', '[' -> {
        String close = next == '(' ? "\\)" : "\\]";
        int end = s.indexOf(close, i + 2);
        if (end < 0) {
          return i + 2;
        }
        String body = stripLabels(s.substring(i + 2, end).strip());
        para.append(next == '(' ? "$" + body + "$" : " $$" + body + "$$ ");
        return end + 2;
      }
      case '\'', '"', '`', '^', '~', '=', '.', 'H', 'c', 'v', 'u', 'k', 'r' -> {
        return accent(s, i, next);
      }
      default -> {
        return i + 2;
      }
    }
  }

  private int accent(String s, int i, char accent) {
    char mark = switch (accent) {
      case '\'' -> '\u0301';
      case '"' -> '\u0308';
      case '`' -> '\u0300';
      case '^' -> '\u0302';
      case '~' -> '\u0303';
      case '=' -> '\u0304';
      case '.' -> '\u0307';
      case 'H' -> '\u030B';
      case 'c' -> '\u0327';
      case 'v' -> '\u030C';
      case 'u' -> '\u0306';
      case 'k' -> '\u0328';
      default -> '\u030A';
    };
    int p = i + 2;
    while (p < s.length() && s.charAt(p) == ' ' && Character.isLetter(accent)) {
      p++;
    }
    String letter;
    int after;
    if (p < s.length() && s.charAt(p) == '{') {
      int close = LatexText.matchingBrace(s, p);
      if (close < 0) {
        return p;
      }
      letter = s.substring(p + 1, close).replace("\\i", "i").replace("\\j", "j").strip();
      after = close + 1;
    } else if (p < s.length()) {
      letter = String.valueOf(s.charAt(p));
      after = p + 1;
    } else {
      return p;
    }
    para.append(Normalizer.normalize(letter + mark, Normalizer.Form.NFC));
    return after;
  }

  private int environment(String s, int afterBegin) {
    int[] arg = braced(s, afterBegin);
    if (arg == null) {
      return afterBegin;
    }
    String env = s.substring(arg[0], arg[1]).strip();
    int contentStart = arg[1] + 1;
    int[] span = LatexEnvironments.span(s, env, contentStart);
    String inner = s.substring(contentStart, span[0]);
    int after = span[1];
    if (LatexText.MATH_ENVS.contains(env)) {
      String body = stripLabels(inner).strip();
      boolean plain = env.startsWith("equation") || env.startsWith("displaymath")
          || env.equals("math") || env.startsWith("dmath");
      para.append(" $$").append(plain ? body : "\\begin{" + env + "}" + body + "\\end{" + env + "}")
          .append("$$ ");
      return after;
    }
    if (LatexText.DROP_ENVS.contains(env)) {
      return after;
    }
    if (LatexText.FLOATS.contains(env)) {
      flush();
      boolean table = env.contains("table");
      String prefix = table ? "Table " + (++tables) : "Figure " + (++figures);
      for (String caption : LatexEnvironments.captions(inner)) {
        String text = inline(caption);
        if (!text.isEmpty()) {
          draft.add(section, Block.CAPTION, prefix + ": " + text);
        }
      }
      return after;
    }
    if (env.equals("abstract")) {
      flush();
      String savedSection = section;
      String savedKind = kind;
      section = "Abstract";
      kind = Block.ABSTRACT;
      convert(inner);
      flush();
      section = savedSection;
      kind = savedKind;
      return after;
    }
    // Lists, theorem-like and layout environments: their text stays, their arguments go.
    flush();
    int p = skipOptional(s, contentStart) - contentStart;
    String body = inner.substring(Math.min(Math.max(p, 0), inner.length()));
    if (env.equals("minipage") || env.equals("multicols") || env.equals("adjustbox")) {
      int[] width = braced(body, 0);
      body = width == null ? body : body.substring(width[1] + 1);
    }
    convert(body);
    flush();
    return after;
  }

  private static int skipDefinition(String s, int i) {
    int p = skipSpaces(s, i);
    if (p < s.length() && s.charAt(p) == '{') {
      int close = LatexText.matchingBrace(s, p);
      p = close < 0 ? p + 1 : close + 1;
    } else {
      while (p < s.length() && (s.charAt(p) == '\\' || Character.isLetter(s.charAt(p)))) {
        p++;
      }
    }
    p = skipOptional(s, p);
    p = skipOptional(s, p);
    int[] body = braced(s, p);
    return body == null ? p : body[1] + 1;
  }

  /** The position after any {@code [..]} groups (and spaces before them) at {@code i}. */
  static int skipOptional(String s, int i) {
    int p = i;
    while (true) {
      int q = skipSpaces(s, p);
      if (q < s.length() && s.charAt(q) == '[') {
        int close = LatexText.matchingBracket(s, q);
        if (close < 0) {
          return p;
        }
        p = close + 1;
      } else {
        return p;
      }
    }
  }

  private static int skipBlanks(String s, int i) {
    int p = i;
    while (p < s.length() && (s.charAt(p) == ' ' || s.charAt(p) == '\t')) {
      p++;
    }
    return p;
  }

  private static int skipSpaces(String s, int i) {
    int p = i;
    while (p < s.length() && (s.charAt(p) == ' ' || s.charAt(p) == '\t' || s.charAt(p) == '\n')) {
      p++;
    }
    return p;
  }

  /** The content bounds {@code [start, end)} of the braced argument at {@code i}, or null. */
  static int[] braced(String s, int i) {
    int p = skipSpaces(s, i);
    if (p >= s.length() || s.charAt(p) != '{') {
      return null;
    }
    int close = LatexText.matchingBrace(s, p);
    return close < 0 ? null : new int[] {p + 1, close};
  }

  private static String stripLabels(String math) {
    return math.replaceAll("\\\\label\\s*\\{[^}]*\\}", "").replaceAll("\\\\nonumber\\b|\\\\notag\\b", "")
        .strip();
  }
}
