package dev.anneal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.anneal.search.index.IndexedMaterial;
import dev.anneal.search.index.IndexedParagraph;
import dev.anneal.search.query.QuerySyntaxException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearcherTest {

  @TempDir
  static Path dir;

  private static Searcher searcher;

  @BeforeAll
  static void index() throws IOException {
    Fixture.writeAll(dir);
    searcher = new Searcher(dir);
  }

  @AfterAll
  static void close() throws IOException {
    searcher.close();
  }

  private static List<String> ids(String query) throws IOException {
    return searcher.search(query, 100).hits().stream().map(Hit::id).toList();
  }

  private static Set<String> idSet(String query) throws IOException {
    return Set.copyOf(ids(query));
  }

  private static Set<String> paragraphIds(Predicate<IndexedParagraph> p) {
    return Fixture.PARAGRAPHS.stream().filter(p).map(IndexedParagraph::paraId)
        .collect(Collectors.toSet());
  }

  private static Set<String> materialIds(Predicate<IndexedMaterial> p) {
    return Fixture.MATERIALS.stream().filter(p).map(IndexedMaterial::materialId)
        .collect(Collectors.toSet());
  }

  @Test
  void indexHoldsEveryRecord() {
    assertEquals(Fixture.PARAGRAPHS.size() + Fixture.MATERIALS.size(), searcher.numDocs());
  }

  @Test
  void paragraphIsFoundByAWordInIt() throws IOException {
    assertEquals(List.of("p-ybco-1"), ids("calcined"));
    // Stemming: "calcination" and "calcined" share the stem.
    assertEquals(List.of("p-ybco-1"), ids("calcination"));
    assertEquals(Set.of("p-lfp-2"), idSet("hydrothermally"));
  }

  @Test
  void snippetHighlightsTheMatch() throws IOException {
    Hit hit = searcher.search("calcined", 1).hits().get(0);
    assertTrue(hit.snippet().contains(Hit.MARK_START + "calcined" + Hit.MARK_END), hit.snippet());
    assertEquals("paragraph", hit.kind());
    assertEquals("Synthesis of YBa2Cu3O7 superconductors by solid-state reaction", hit.title());
    assertEquals("d-ybco", hit.fields().get("docId"));
    assertEquals(2012, hit.fields().get("year"));
  }

  @Test
  void filterOnlyHitStillGetsTheStartOfItsTextAsSnippet() throws IOException {
    Hit hit = searcher.search("id:mp-lfp", 1).hits().get(0);
    assertTrue(hit.snippet().startsWith("Olivine lithium iron phosphate"), hit.snippet());
    assertFalse(hit.snippet().contains(Hit.MARK_START), hit.snippet());
  }

  @Test
  void materialIsFoundByItsFormulaInAnyElementOrder() throws IOException {
    assertEquals(List.of("mp-lfp"), ids("formula:FePO4Li"));
    assertEquals(List.of("mp-lfp"), ids("formula:LiFePO4"));
    assertEquals(List.of("mp-lfp"), ids("formula:O4PLiFe"));
    Hit lfp = searcher.search("formula:FePO4Li", 1).hits().get(0);
    assertEquals("LiFePO4", lfp.fields().get("formula"));
    // Indexed as "ClNa" and "Ti2O4": the writer reduces too.
    assertEquals(List.of("mp-nacl"), ids("formula:NaCl"));
    assertEquals(Set.of("mp-rutile", "mp-anatase"), idSet("formula:TiO2"));
    assertEquals(Set.of("mp-rutile", "mp-anatase"), idSet("formula:Ti3O6"));
    assertEquals(Set.of("mp-ybco"), idSet("formula:Ba2YCu3O7"));
    assertEquals(Set.of("mp-ybco"), idSet("formula:YBa2Cu3O7"));
    assertEquals(Set.of("mp-nacl", "mp-si"), idSet("formula:NaCl,Si"));
  }

  @Test
  void elementsMeansContainsAll() throws IOException {
    Set<String> found = idSet("elements:Cu,O");
    assertTrue(found.contains("mp-ybco"), found.toString());
    assertTrue(found.contains("mp-lco"), found.toString());
    assertFalse(found.contains("mp-lfp"), found.toString());
    assertEquals(materialIds(m -> m.reducedFormula().contains("Cu")), found);
    for (Hit hit : searcher.search("elements:Cu,O", 100).hits()) {
      List<?> elements = (List<?>) hit.fields().get("elements");
      assertTrue(elements.containsAll(List.of("Cu", "O")), hit.toString());
    }
  }

  @Test
  void onlyMeansNoOtherElements() throws IOException {
    assertEquals(Set.of("mp-rutile", "mp-anatase"), idSet("only:Ti,O"));
    assertEquals(idSet("only:Ti,O"), idSet("only:O-Ti"));
    for (Hit hit : searcher.search("only:Ti,O", 100).hits()) {
      assertEquals(List.of("O", "Ti"), hit.fields().get("elements"));
      assertEquals("O-Ti", hit.fields().get("chemsys"));
    }
    // SrTiO3 contains Ti and O, so elements: finds it and only: must not.
    assertTrue(idSet("elements:Ti,O").contains("mp-sto"));
    // The writer sorted YBCO's chemsys given as Y-Ba-Cu-O.
    assertEquals(Set.of("mp-ybco"), idSet("only:Y,Ba,Cu,O"));
    assertEquals(Set.of("mp-lco"), idSet("only:La,Cu,O"));
  }

  @Test
  void spaceGroupPicksThePolymorph() throws IOException {
    assertEquals(List.of("mp-anatase"), ids("sg:141"));
    assertEquals(List.of("mp-rutile"), ids("sg:136"));
    Hit anatase = searcher.search("sg:141", 1).hits().get(0);
    assertEquals(List.of(141), anatase.fields().get("sg"));
    assertEquals(materialIds(m -> m.spacegroupNumbers().stream().anyMatch(s -> s >= 136 && s <= 141)),
        idSet("sg:136..141"));
  }

  @Test
  void yearRangesAreInclusiveAndMayBeOpen() throws IOException {
    assertEquals(paragraphIds(p -> p.year() != null && p.year() >= 2010 && p.year() <= 2015),
        idSet("year:2010..2015"));
    assertEquals(paragraphIds(p -> p.year() != null && p.year() >= 2015), idSet("year:2015.."));
    assertEquals(paragraphIds(p -> p.year() != null && p.year() <= 2009), idSet("year:..2009"));
    assertEquals(paragraphIds(p -> p.year() != null && p.year() == 2008), idSet("year:2008"));
  }

  @Test
  void kindSelectsOneKindOfRecord() throws IOException {
    assertEquals(materialIds(m -> true), idSet("kind:material"));
    assertEquals(paragraphIds(p -> true), idSet("kind:paragraph"));
    assertEquals(materialIds(m -> true), idSet("-kind:paragraph"));
  }

  @Test
  void freeTextCombinesWithFieldClauses() throws IOException {
    Set<String> polymorph = idSet("polymorph");
    assertTrue(polymorph.contains("p-tio2-1") && polymorph.contains("mp-anatase"), polymorph.toString());
    assertEquals(Set.of("mp-rutile", "mp-anatase"), idSet("polymorph kind:material"));
    assertEquals(Set.of("mp-lfp"), idSet("cathode elements:Fe"));
    assertEquals(Set.of("p-ybco-2"), idSet("superconducting kind:paragraph year:2010..2015"));
    // Every free-text word must match somewhere.
    assertEquals(Set.of("p-ybco-1"), idSet("oxygen pellets"));
    assertEquals(Set.of("p-ybco-1", "p-ybco-2"), idSet("oxygen year:2012"));
  }

  @Test
  void phrasesKeepWordOrder() throws IOException {
    assertEquals(Set.of("p-ybco-1"), idSet("\"flowing oxygen\""));
    assertEquals(Set.of(), idSet("\"oxygen flowing\""));
    assertEquals(Set.of("mp-lfp"), idSet("title:olivine"));
    assertTrue(idSet("olivine").contains("p-lfp-1"));
    // A negated phrase excludes the paragraph that has it, and only that one.
    assertEquals(Set.of("p-photo"), idSet("anatase -\"anatase nanoparticles\" kind:paragraph"));
  }

  @Test
  void rankingPutsTheParagraphMostAboutTheTermFirst() throws IOException {
    // In index order p-photo comes first; only BM25 can put p-tio2-2 (three mentions, short) above.
    assertEquals(List.of("p-photo", "p-tio2-2"), ids("kind:paragraph id:p-photo,p-tio2-2"));
    assertEquals(List.of("p-tio2-2", "p-photo"), ids("anatase kind:paragraph"));
    List<Hit> hits = searcher.search("anatase kind:paragraph", 10).hits();
    assertTrue(hits.get(0).score() > hits.get(1).score(), hits.toString());
  }

  @Test
  void stopWordsAloneMatchNothing() throws IOException {
    assertEquals(0, searcher.search("the of", 10).totalHits());
  }

  @Test
  void totalCountsEveryMatchBeyondTheLimit() throws IOException {
    SearchResults results = searcher.search("kind:material", 2);
    assertEquals(Fixture.MATERIALS.size(), results.totalHits());
    assertEquals(2, results.hits().size());
    assertEquals(Fixture.MATERIALS.size(), searcher.search("kind:material", 0).totalHits());
    assertThrows(IllegalArgumentException.class, () -> searcher.search("kind:material", -1));
  }

  @Test
  void malformedQueriesThrowOnlyQuerySyntaxException() throws IOException {
    QuerySyntaxException e = assertThrows(QuerySyntaxException.class,
        () -> searcher.search("anatase colour:red", 10));
    assertTrue(e.getMessage().contains("unknown field 'colour'"), e.getMessage());
    // Odd input either parses or fails with our exception, never with a Lucene one.
    for (String q : List.of(":::", "\"\"", "a:b:c", "-", "--x", "formula:((", "sg:99999999999",
        "year:-5..5", "\"", "*", "?", "title:\"\"", "x AND y", "elements:-", "only:,",
        "formula:)(", "\\", "sg:1..", "id:\"\"", "(anatase)", "anatase~2", "a".repeat(5000),
        manyWords(500), manyWords(2000))) {
      try {
        searcher.search(q, 5);
      } catch (QuerySyntaxException expected) {
        assertFalse(expected.getMessage().isBlank());
      } catch (RuntimeException other) {
        fail("query " + q + " threw " + other);
      }
    }
  }

  private static String manyWords(int n) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) {
      b.append("word").append(i).append(' ');
    }
    return b.toString();
  }

  @Test
  void missingIndexIsAnIOExceptionThatSaysSo(@TempDir Path empty) {
    IOException e = assertThrows(IOException.class, () -> new Searcher(empty));
    assertTrue(e.getMessage().contains("no search index"), e.getMessage());
  }
}
