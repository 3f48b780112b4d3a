package dev.anneal.ingest.literature.clean;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Joins the lines of a paragraph into one, mending words a typesetter broke at the line end
 * ({@code synthe-}/{@code sized} → {@code synthesized}) while keeping real hyphens
 * ({@code solid-}/{@code state} → {@code solid-state}, {@code Li-}/{@code ion} → {@code Li-ion}).
 * The document itself is the dictionary: a compound it spells with a hyphen elsewhere keeps
 * the hyphen, a word it spells joined is joined; otherwise element symbols, capitals and digits
 * before the hyphen and a short list of compound parts keep it.
 */
public final class Dehyphenator {

  private static final Pattern WORD = Pattern.compile("\\p{L}+(?:[-\u2010]\\p{L}+)*");
  private static final Pattern TRAILING_FRAGMENT = Pattern.compile("([\\p{L}\\d]+)[-\u2010]$");
  private static final Pattern LEADING_FRAGMENT = Pattern.compile("^(\\p{Ll}+)");
  private static final Set<String> COMPOUND_FIRST = Set.of("solid", "self", "non", "well",
      "high", "low", "room", "long", "short", "large", "small", "two", "three", "one", "four",
      "first", "second", "single", "double", "state", "time", "pre", "post", "co", "cross",
      "ex", "half", "full", "open", "closed", "end", "top", "bottom", "near", "far", "quasi",
      "semi", "ultra", "all", "in", "on", "off", "x", "n", "p", "k");
  private static final Set<String> COMPOUND_SECOND = Set.of("based", "like", "state", "type",
      "free", "rich", "poor", "doped", "induced", "dependent", "independent", "related", "scale",
      "order", "level", "term", "art", "of", "the", "and", "or", "to", "specific", "sensitive",
      "resolved", "temperature", "pressure", "ion", "ions", "situ", "depth", "phase", "rays",
      "ray", "axis", "derived", "driven", "containing", "coated", "modified", "assisted",
      "layer", "layers", "tuned", "fold");

  private final Set<String> joinedWords;
  private final Set<String> hyphenatedWords;

  private Dehyphenator(Set<String> joinedWords, Set<String> hyphenatedWords) {
    this.joinedWords = joinedWords;
    this.hyphenatedWords = hyphenatedWords;
  }

  /** A de-hyphenator whose dictionary is the words of {@code texts} (a document's blocks). */
  public static Dehyphenator forTexts(List<String> texts) {
    Set<String> joined = new HashSet<>();
    Set<String> hyphenated = new HashSet<>();
    for (String text : texts) {
      for (String line : text.split("\n")) {
        String body = line.strip();
        // A fragment at the line end is not a word of the document.
        if (TRAILING_FRAGMENT.matcher(body).find()) {
          body = body.substring(0, body.lastIndexOf(' ') + 1);
        }
        Matcher m = WORD.matcher(body);
        while (m.find()) {
          String w = m.group().toLowerCase(Locale.ROOT).replace('\u2010', '-');
          (w.indexOf('-') >= 0 ? hyphenated : joined).add(w);
        }
      }
    }
    return new Dehyphenator(joined, hyphenated);
  }

  /** The lines of {@code text} joined into one line, with line-end hyphens resolved. */
  public String join(String text) {
    String[] lines = text.split("\n");
    StringBuilder out = new StringBuilder(text.length());
    for (String raw : lines) {
      String line = raw.strip();
      if (line.isEmpty()) {
        continue;
      }
      if (out.length() == 0) {
        out.append(line);
        continue;
      }
      Matcher tail = TRAILING_FRAGMENT.matcher(out);
      Matcher head = LEADING_FRAGMENT.matcher(line);
      char last = out.charAt(out.length() - 1);
      if (last == '–' || last == '—' || last == '/'
          || (last == '-' || last == '\u2010') && Character.isUpperCase(line.charAt(0))) {
        out.append(line); // "mention–" + "mention", "MED-" + "LINE": no space at a dash
      } else if (tail.find() && head.find()) {
        String first = tail.group(1);
        String second = head.group(1);
        if (keepHyphen(first, second)) {
          out.append(line); // the hyphen stays, no space
        } else {
          out.setLength(out.length() - 1);
          out.append(line);
        }
      } else {
        out.append(' ').append(line);
      }
    }
    return out.toString();
  }

  /** Whether {@code first-}/{@code second} is a hyphenated compound rather than a broken word. */
  boolean keepHyphen(String first, String second) {
    String f = first.toLowerCase(Locale.ROOT);
    String s = second.toLowerCase(Locale.ROOT);
    if (hyphenatedWords.contains(f + "-" + s) || startsCompound(f + "-" + s)) {
      return true;
    }
    if (joinedWords.contains(f + s)) {
      return false;
    }
    if (first.chars().anyMatch(Character::isDigit)
        || first.chars().skip(1).anyMatch(Character::isUpperCase)
        || first.length() <= 2 && Character.isUpperCase(first.charAt(0))) {
      return true; // Li-ion, X-ray, 3D-printed, LiFePO4-based
    }
    return COMPOUND_FIRST.contains(f) || COMPOUND_SECOND.contains(s);
  }

  private boolean startsCompound(String prefix) {
    for (String h : hyphenatedWords) {
      if (h.startsWith(prefix) && (h.length() == prefix.length() || h.charAt(prefix.length()) == '-')) {
        return true;
      }
    }
    return false;
  }
}
