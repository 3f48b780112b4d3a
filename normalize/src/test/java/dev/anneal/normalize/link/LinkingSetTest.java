package dev.anneal.normalize.link;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
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

  @Test
  void linkingMeetsPrecisionAndRecall() throws IOException {
    List<LinkingSet.Item> items = LinkingSet.load();
    assertTrue(items.size() >= 150, "at least 150 labeled records: " + items.size());
    Map<String, Set<Integer>> known = new HashMap<>();
    for (LinkingSet.Item it : items) {
      if (it.type().equals("structure")) {
        FormulaRef ref = FormulaReader.read(it.formula());
        known.computeIfAbsent(ref.reducedFormula(), k -> new TreeSet<>()).add(it.sg());
      }
    }
    int tp = 0;
    int predicted = 0;
    int gold = 0;
    List<String> misses = new ArrayList<>();
    for (LinkingSet.Item it : items) {
      String kind = it.kind();
      Set<String> got = new TreeSet<>();
      for (RecordLinker.Link l : RecordLinker.link(kind, it.formula(), it.sg(), it.text(),
          it.base(),
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
}
