package dev.anneal.ingest.literature.latex;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The source of a LaTeX document as one string: comments removed ({@code %} lines, the
 * {@code comment} environment, {@code \iffalse} blocks) and {@code \input}/{@code \include}/
 * {@code \subfile} replaced by the files they name, recursively, from the bundle's files.
 */
public final class LatexSource {

  /** How deep inputs may nest; deeper ones (or cycles) are left out. */
  public static final int MAX_INPUT_DEPTH = 12;

  private static final Pattern INPUT = Pattern.compile(
      "\\\\(?:input|include|subfile)\\s*(?:\\{\\s*([^}]+?)\\s*\\}|\\s([^\\s\\\\{}]+))");
  private static final Pattern COMMENT_ENV = Pattern.compile(
      "(?s)\\\\begin\\{comment\\}.*?\\\\end\\{comment\\}");
  private static final Pattern IFFALSE = Pattern.compile("(?s)\\\\iffalse\\b.*?\\\\fi\\b");

  private LatexSource() {
  }

  /** {@code text} without comments. An escaped {@code \%} stays. */
  public static String stripComments(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (String line : text.split("\r\n|\r|\n", -1)) {
      int cut = commentStart(line);
      if (cut < 0) {
        out.append(line).append('\n');
      } else if (!line.substring(0, cut).isBlank()) {
        out.append(line, 0, cut).append('\n');
      } else if (cut > 0 || line.length() == 0) {
        out.append('\n');
      } // a line that is only a comment disappears, as in TeX
    }
    String s = COMMENT_ENV.matcher(out).replaceAll("");
    return IFFALSE.matcher(s).replaceAll("");
  }

  private static int commentStart(String line) {
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '\\') {
        i++; // skip the escaped character
      } else if (c == '%') {
        return i;
      }
    }
    return -1;
  }

  /**
   * The text of {@code mainPath} with its inputs expanded from {@code files} (paths relative to
   * the bundle root, contents as text). Missing inputs are left out; their names are added to
   * {@code missing}.
   */
  public static String expand(String mainPath, Map<String, String> files, Set<String> missing) {
    return expand(mainPath, files, missing, new HashSet<>(), 0);
  }

  private static String expand(String path, Map<String, String> files, Set<String> missing,
                               Set<String> open, int depth) {
    String text = stripComments(files.getOrDefault(path, ""));
    if (depth >= MAX_INPUT_DEPTH) {
      return text;
    }
    open.add(path);
    Matcher m = INPUT.matcher(text);
    StringBuilder out = new StringBuilder(text.length());
    String dir = path.contains("/") ? path.substring(0, path.lastIndexOf('/') + 1) : "";
    while (m.find()) {
      String name = (m.group(1) != null ? m.group(1) : m.group(2)).strip();
      String resolved = resolve(name, dir, files);
      String replacement;
      if (resolved == null) {
        if (!name.matches("(?i).*\\.(png|jpe?g|pdf|eps|pgf|tikz)$")) {
          missing.add(name);
        }
        replacement = "";
      } else if (open.contains(resolved)) {
        replacement = ""; // a cycle
      } else {
        replacement = "\n" + expand(resolved, files, missing, open, depth + 1) + "\n";
      }
      m.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    m.appendTail(out);
    open.remove(path);
    return out.toString();
  }

  private static String resolve(String name, String dir, Map<String, String> files) {
    String n = name.startsWith("./") ? name.substring(2) : name;
    for (String candidate : new String[] {dir + n, dir + n + ".tex", n, n + ".tex"}) {
      if (files.containsKey(candidate)) {
        return candidate;
      }
    }
    return null;
  }
}
