package dev.anneal.ingest.crystal.xyz;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The key=value pairs of an extended XYZ comment line, as ASE's {@code key_val_str_to_dict} reads
 * them: values may be bare, double- or single-quoted (with backslash escapes) or in braces, and
 * a key without {@code =} is a true flag.
 */
final class CommentLine {

  private final Map<String, String> values;

  private CommentLine(Map<String, String> values) {
    this.values = values;
  }

  /** The pairs of {@code line}; never fails: text that is not key=value reads as flags. */
  static CommentLine parse(String line) {
    Map<String, String> out = new LinkedHashMap<>();
    int i = 0;
    int n = line.length();
    while (i < n) {
      while (i < n && Character.isWhitespace(line.charAt(i))) {
        i++;
      }
      if (i >= n) {
        break;
      }
      StringBuilder key = new StringBuilder();
      i = token(line, i, key, true);
      while (i < n && line.charAt(i) == ' ') {
        i++;
      }
      if (i < n && line.charAt(i) == '=') {
        i++;
        while (i < n && line.charAt(i) == ' ') {
          i++;
        }
        StringBuilder value = new StringBuilder();
        i = token(line, i, value, false);
        out.put(key.toString(), value.toString());
      } else if (key.length() > 0) {
        out.put(key.toString(), "T");
      }
    }
    return new CommentLine(out);
  }

  /** The value for {@code key}, matched without regard to case, or null. */
  String get(String key) {
    String exact = values.get(key);
    if (exact != null) {
      return exact;
    }
    String lower = key.toLowerCase(Locale.ROOT);
    for (Map.Entry<String, String> e : values.entrySet()) {
      if (e.getKey().toLowerCase(Locale.ROOT).equals(lower)) {
        return e.getValue();
      }
    }
    return null;
  }

  /** Reads one key or value from {@code i} into {@code out}; returns the index after it. */
  private static int token(String line, int i, StringBuilder out, boolean isKey) {
    int n = line.length();
    char c = line.charAt(i);
    if (c == '"' || c == '\'') {
      char quote = c;
      i++;
      while (i < n && line.charAt(i) != quote) {
        if (line.charAt(i) == '\\' && i + 1 < n) {
          i++;
        }
        out.append(line.charAt(i++));
      }
      return Math.min(n, i + 1);
    }
    if (!isKey && (c == '{' || c == '[')) {
      char close = c == '{' ? '}' : ']';
      i++;
      while (i < n && line.charAt(i) != close) {
        out.append(line.charAt(i++));
      }
      return Math.min(n, i + 1);
    }
    while (i < n && !Character.isWhitespace(line.charAt(i)) && !(isKey && line.charAt(i) == '=')) {
      out.append(line.charAt(i++));
    }
    return i;
  }
}
