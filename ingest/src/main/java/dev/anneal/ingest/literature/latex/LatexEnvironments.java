package dev.anneal.ingest.literature.latex;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds where environments end (nesting counted) and the captions inside a float. */
final class LatexEnvironments {

  private LatexEnvironments() {
  }

  /**
   * For an environment {@code env} whose content starts at {@code from}: the index where its
   * {@code \end} starts and the index after it; an unclosed environment runs to the end.
   */
  static int[] span(String s, String env, int from) {
    Pattern p = Pattern.compile("\\\\(begin|end)\\s*\\{" + Pattern.quote(env) + "\\}");
    Matcher m = p.matcher(s);
    int depth = 1;
    int pos = from;
    while (m.find(pos)) {
      depth += m.group(1).equals("begin") ? 1 : -1;
      if (depth == 0) {
        return new int[] {m.start(), m.end()};
      }
      pos = m.end();
    }
    return new int[] {s.length(), s.length()};
  }

  /** The arguments of the {@code \caption} commands in {@code body}, in order. */
  static List<String> captions(String body) {
    List<String> out = new ArrayList<>();
    Matcher m = Pattern.compile("\\\\caption\\*?").matcher(body);
    int pos = 0;
    while (m.find(pos)) {
      int p = LatexConverter.skipOptional(body, m.end());
      int[] arg = LatexConverter.braced(body, p);
      if (arg == null) {
        pos = m.end();
        continue;
      }
      out.add(body.substring(arg[0], arg[1]));
      pos = arg[1] + 1;
    }
    return out;
  }
}
