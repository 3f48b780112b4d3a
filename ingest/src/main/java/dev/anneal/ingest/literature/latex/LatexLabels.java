package dev.anneal.ingest.literature.latex;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers labels the way LaTeX would, in one pass over the body: sections (letters after
 * {@code \appendix}), figures, tables and numbered equations, so {@code Table~\ref{tab:x}}
 * reads {@code Table 3}.
 */
final class LatexLabels {

  private static final Pattern TOKEN = Pattern.compile(
      "\\\\(section|subsection|subsubsection)(\\*?)|\\\\begin\\s*\\{([^}]+)\\}|"
          + "\\\\end\\s*\\{([^}]+)\\}|\\\\label\\s*\\{([^}]+)\\}|\\\\appendix\\b");

  private LatexLabels() {
  }

  /** Label key → the number LaTeX would print for it. */
  static Map<String, String> number(String body) {
    Map<String, String> out = new HashMap<>();
    int[] sec = new int[3];
    boolean appendix = false;
    int figures = 0;
    int tables = 0;
    int equations = 0;
    String current = "";
    String open = null; // the float or equation environment we are in
    Matcher m = TOKEN.matcher(body);
    while (m.find()) {
      if (m.group(1) != null) {
        if (!m.group(2).isEmpty()) {
          continue;
        }
        int level = m.group(1).equals("section") ? 0 : m.group(1).equals("subsection") ? 1 : 2;
        sec[level]++;
        for (int k = level + 1; k < 3; k++) {
          sec[k] = 0;
        }
        StringBuilder n = new StringBuilder(appendix ? String.valueOf((char) ('A' + sec[0] - 1))
            : String.valueOf(sec[0]));
        for (int k = 1; k <= level; k++) {
          n.append('.').append(sec[k]);
        }
        current = n.toString();
      } else if (m.group(3) != null) {
        String env = m.group(3).strip();
        if (env.startsWith("figure") || env.equals("wrapfigure")) {
          open = "figure";
          figures++;
        } else if (env.startsWith("table") && !env.startsWith("tabular") || env.equals("wraptable")) {
          open = "table";
          tables++;
        } else if (LatexText.MATH_ENVS.contains(env) && !env.endsWith("*")) {
          open = "equation";
          equations++;
        }
      } else if (m.group(4) != null) {
        String env = m.group(4).strip();
        if (env.startsWith("figure") || env.startsWith("table") && !env.startsWith("tabular")
            || LatexText.MATH_ENVS.contains(env) || env.startsWith("wrap")) {
          open = null;
        }
      } else if (m.group(5) != null) {
        String number = "figure".equals(open) ? String.valueOf(figures)
            : "table".equals(open) ? String.valueOf(tables)
            : "equation".equals(open) ? String.valueOf(equations) : current;
        out.put(m.group(5).strip(), number);
      } else {
        appendix = true;
        sec[0] = 0;
      }
    }
    return out;
  }
}
