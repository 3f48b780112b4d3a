package dev.anneal.normalize.link;

import dev.anneal.normalize.composition.FormulaParser;
import dev.anneal.normalize.composition.FormulaResult;
import dev.anneal.normalize.link.spark.Claims;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** The hand-labeled linking set {@code linking/linking_set.tsv}, read for the linking tests. */
public final class LinkingSet {

  /**
   * One labeled record.
   *
   * @param id      its id in the set
   * @param type    {@code structure}, {@code synthesis} or {@code paragraph}
   * @param formula the formula field as written (empty for paragraphs)
   * @param sg      a structure's space group, or null
   * @param text    the record's text
   * @param gold    the expected links, {@code kind:formula#sg} with the formula canonical
   */
  public record Item(String id, String type, String formula, Integer sg, String text,
                     Set<String> gold) {

    /** The link kind the record makes, as the link stage's claims name it. */
    public String kind() {
      return switch (type) {
        case "structure" -> "structure_of";
        case "synthesis" -> "synthesized_in";
        default -> RecordLinker.MENTION;
      };
    }

    /** The base confidence the link stage gives the record's kind. */
    public double base() {
      return type.equals("structure") || type.equals("synthesis") ? 1.0 : Claims.MENTION_BASE;
    }
  }

  private LinkingSet() {
  }

  /** Every labeled record of the set. */
  public static List<Item> load() throws IOException {
    List<Item> out = new ArrayList<>();
    try (InputStream in = LinkingSet.class.getResourceAsStream("/linking/linking_set.tsv")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t", -1);
        Set<String> gold = new TreeSet<>();
        for (String g : f[5].split(";")) {
          if (!g.isBlank()) {
            gold.add(canonical(g.strip()));
          }
        }
        out.add(new Item(f[0], f[1], f[2], f[3].isEmpty() ? null : Integer.valueOf(f[3]), f[4],
            gold));
      }
    }
    return out;
  }

  /** {@code kind:formula#sg} with the formula canonicalized by the project's parser. */
  private static String canonical(String g) {
    int colon = g.indexOf(':');
    int hash = g.lastIndexOf('#');
    String formula = g.substring(colon + 1, hash);
    FormulaResult r = FormulaParser.parse(formula);
    String reduced = r instanceof FormulaResult.Parsed p ? p.composition().reducedFormula()
        : formula;
    return g.substring(0, colon + 1) + reduced + g.substring(hash);
  }
}
