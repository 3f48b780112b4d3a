package dev.anneal.search.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.anneal.search.Fixture;
import dev.anneal.search.Hit;
import dev.anneal.search.Searcher;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchIndexWriterTest {

  @TempDir
  Path tmp;

  private static Set<String> allIds() {
    return Stream.concat(Fixture.PARAGRAPHS.stream().map(IndexedParagraph::paraId),
        Fixture.MATERIALS.stream().map(IndexedMaterial::materialId)).collect(Collectors.toSet());
  }

  private static Set<String> ids(Searcher s, String query) throws IOException {
    return s.search(query, 1000).hits().stream().map(Hit::id).collect(Collectors.toSet());
  }

  @Test
  void mergeGivesTheUnionOfThePartitions() throws IOException {
    Path a = tmp.resolve("part-0");
    Path b = tmp.resolve("part-1");
    Path merged = tmp.resolve("merged");
    // Split the fixture so each part has paragraphs and materials the other lacks.
    Fixture.write(a, p -> p.docId().compareTo("d-m") < 0, m -> m.materialId().compareTo("mp-m") < 0);
    Fixture.write(b, p -> p.docId().compareTo("d-m") >= 0, m -> m.materialId().compareTo("mp-m") >= 0);
    try (Searcher sa = new Searcher(a); Searcher sb = new Searcher(b)) {
      assertTrue(sa.numDocs() > 0 && sb.numDocs() > 0);
      assertTrue(sa.numDocs() < allIds().size() && sb.numDocs() < allIds().size());
    }
    SearchIndexWriter.merge(merged, List.of(a, b));
    try (Searcher s = new Searcher(merged)) {
      assertEquals(allIds().size(), s.numDocs());
      assertEquals(allIds(), ids(s, "kind:paragraph,material"));
      // Queries that need records from both parts.
      assertEquals(Set.of("mp-lfp"), ids(s, "formula:FePO4Li"));
      assertEquals(Set.of("mp-rutile", "mp-anatase"), ids(s, "only:Ti,O"));
      assertTrue(ids(s, "anatase").containsAll(Set.of("p-photo", "p-tio2-2", "mp-anatase")));
    }
    // Merging again replaces the target instead of appending to it.
    SearchIndexWriter.merge(merged, List.of(a, b));
    try (Searcher s = new Searcher(merged)) {
      assertEquals(allIds().size(), s.numDocs());
    }
  }

  @Test
  void mergeRefusesBadSources() throws IOException {
    Path a = tmp.resolve("a");
    Fixture.writeAll(a);
    assertThrows(IllegalArgumentException.class,
        () -> SearchIndexWriter.merge(a, List.of(a)));
    assertThrows(IllegalArgumentException.class,
        () -> SearchIndexWriter.merge(tmp.resolve("out"), List.of()));
    Path notAnIndex = Files.createDirectories(tmp.resolve("empty"));
    IOException e = assertThrows(IOException.class,
        () -> SearchIndexWriter.merge(tmp.resolve("out"), List.of(a, notAnIndex)));
    assertTrue(e.getMessage().contains("not a search index"), e.getMessage());
  }

  @Test
  void addingARecordAgainReplacesIt() throws IOException {
    IndexedParagraph p = Fixture.PARAGRAPHS.get(1);
    IndexedParagraph edited = new IndexedParagraph(p.paraId(), p.docId(), p.title(), p.section(),
        "Rewritten text about sputtering.", p.sourceUri(), p.year());
    try (SearchIndexWriter w = new SearchIndexWriter(tmp)) {
      w.add(p);
      w.add(p);
      w.add(edited);
      w.add(Fixture.MATERIALS.get(0));
      w.add(Fixture.MATERIALS.get(0));
    }
    try (Searcher s = new Searcher(tmp)) {
      assertEquals(2, s.numDocs());
      assertEquals(Set.of(p.paraId()), ids(s, "sputtering"));
      assertEquals(Set.of(), ids(s, "calcined"));
    }
  }

  @Test
  void appendsToAnExistingIndexAfterCommit() throws IOException {
    try (SearchIndexWriter w = new SearchIndexWriter(tmp)) {
      w.add(Fixture.PARAGRAPHS.get(0));
      w.commit();
      try (Searcher s = new Searcher(tmp)) {
        assertEquals(1, s.numDocs());
      }
    }
    try (SearchIndexWriter w = new SearchIndexWriter(tmp)) {
      w.add(Fixture.MATERIALS.get(0));
    }
    try (Searcher s = new Searcher(tmp)) {
      assertEquals(2, s.numDocs());
    }
  }
}
