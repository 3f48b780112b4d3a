package dev.anneal.normalize.link;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.anneal.normalize.composition.FormulaParser;
import dev.anneal.normalize.composition.FormulaResult;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Precision and recall of linking on the hand-labeled set {@code linking/linking_set.tsv}:
 * structures, synthesis descriptions and paragraphs with formulas in varied notations, doped
 * compositions and polymorphs. Known polymorphs are those of the set's structures, as the link
 * stage takes them from {@code raw/structures}.
 */
class LinkingSetTest {

  private record Item(String id, String type, String formula, Integer sg, String text,
                      Set<String> gold) {
  }

  @Test
  void linkingMeetsPrecisionAndRecall() throws IOException {
    List<Item> items = load();
    assertTrue(items.size() >= 150, "at least 150 labeled records: " + items.size());
    Map<String, Set<Integer>> known = new HashMap<>();
    for (Item it : items) {
      if (it.type().equals("structure")) {
        FormulaRef ref = FormulaReader.read(it.formula());
        known.computeIfAbsent(ref.reducedFormula(), k -> new TreeSet<>()).add(it.sg());
      }
    }
    int tp = 0;
    int predicted = 0;
    int gold = 0;
    List<String> misses = new ArrayList<>();
    for (Item it : items) {
      String kind = switch (it.type()) {
        case "structure" -> "structure_of";
        case "synthesis" -> "synthesized_in";
        default -> "mentioned_in";
      };
      Set<String> got = new TreeSet<>();
      for (RecordLinker.Link l : RecordLinker.link(kind, it.formula(), it.sg(), it.text(),
          kind.equals("mentioned_in") ? 0.7 : 1.0,
          f -> (Collection<Integer>) known.getOrDefault(f, Set.of()))) {
        Integer sg = l.choice().spacegroupNumber();
        got.add(l.kind() + ":" + l.choice().reducedFormula() + "#" + (sg == null ? "-" : sg));
      }
      Set<String> hit = new TreeSet<>(got);
      hit.retainAll(it.gold());
      tp += hit.size();
      predicted += got.size();
      gold += it.gold().size();
      if (!got.equals(it.gold())) {
        misses.add(it.id() + " got " + got + " gold " + it.gold());
      }
    }
    double precision = (double) tp / predicted;
    double recall = (double) tp / gold;
    System.out.printf("[linking] records=%d gold links=%d predicted=%d correct=%d"
        + " precision=%.3f recall=%.3f%n", items.size(), gold, predicted, tp, precision, recall);
    misses.forEach(m -> System.out.println("[linking] differs: " + m));
    assertTrue(precision >= 0.95, "precision " + precision);
    assertTrue(recall >= 0.9, "recall " + recall);
  }

  private static List<Item> load() throws IOException {
    List<Item> out = new ArrayList<>();
    try (InputStream in = LinkingSetTest.class.getResourceAsStream("/linking/linking_set.tsv")) {
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
