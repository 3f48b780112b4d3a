package dev.anneal.quality.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Disjoint sets rooted at their smallest node, whatever order the unions come in. */
class UnionFindTest {

  @Test
  void everySetIsRootedAtItsSmallestNodeWhateverTheOrderOfUnions() {
    UnionFind sets = new UnionFind();
    sets.union(9, 4);
    sets.union(12, 30);
    sets.union(30, 9); // joins {4, 9} and {12, 30}
    sets.union(-7, 100);
    sets.union(100, 100);
    assertEquals(4, sets.smallest(30));
    assertEquals(4, sets.smallest(12));
    assertEquals(4, sets.smallest(4));
    assertEquals(-7, sets.smallest(100));
    assertEquals(55, sets.smallest(55), "an unseen node is its own set");
  }

  @Test
  void linksNameEachNonRootNodeOnceWithItsRoot() {
    UnionFind sets = new UnionFind();
    for (long i = 1000; i > 0; i--) { // a chain given from its far end: deep trees to compress
      sets.union(i, i - 1);
    }
    sets.union(5000, 5001);
    List<long[]> links = new ArrayList<>();
    sets.forEachLink((root, member) -> links.add(new long[] {root, member}));
    assertEquals(1000 + 1, links.size());
    long zeros = links.stream().filter(l -> l[0] == 0).count();
    assertEquals(1000, zeros, "1..1000 link to 0");
    assertEquals(1, links.stream().filter(l -> l[0] == 5000 && l[1] == 5001).count());
  }
}
