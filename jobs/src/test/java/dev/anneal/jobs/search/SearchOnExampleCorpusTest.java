package dev.anneal.jobs.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.anneal.jobs.ExampleRun;
import dev.anneal.search.FacetValue;
import dev.anneal.search.Hit;
import dev.anneal.search.LinkedRecord;
import dev.anneal.search.RecordPage;
import dev.anneal.search.SearchResults;
import dev.anneal.search.Searcher;
import dev.anneal.search.index.IndexFields;
import dev.anneal.search.query.QuerySyntaxException;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every query form of the search language on the index {@code anneal run} builds from examples/corpus. */
class SearchOnExampleCorpusTest {

  private static Searcher searcher;

  @BeforeAll
  static void open() throws Exception {
    searcher = new Searcher(ExampleRun.out().resolve("index"));
  }

  @AfterAll
  static void close() throws IOException {
    searcher.close();
  }

  private static List<Hit> hits(String q) throws IOException {
    return searcher.search(q, 200).hits();
  }

  @SuppressWarnings("unchecked")
  private static List<Object> list(Hit h, String field) {
    Object v = h.fields().get(field);
    return v instanceof List<?> l ? (List<Object>) l : v == null ? List.of() : List.of(v);
  }

  private static Hit material(String formula) throws IOException {
    List<Hit> h = hits("formula:" + formula + " kind:material");
    assertEquals(1, h.size(), formula);
    return h.get(0);
  }

  @Test
  void indexHoldsEveryKind() throws IOException {
    for (String kind : List.of("paragraph", "material", "structure", "synthesis")) {
      assertTrue(searcher.search("kind:" + kind, 0).totalHits() > 0, kind);
    }
    // examples/corpus has no simulation output; the kind is still a valid query.
    assertEquals(0, searcher.search("kind:calculation", 0).totalHits());
    assertTrue(hits("kind:synthesis").stream().allMatch(h -> h.kind().equals("synthesis")));
  }

  @Test
  void formulaIsNormalizedWhateverTheElementOrder() throws IOException {
    List<Hit> lfp = hits("formula:FePO4Li");
    assertEquals(hits("formula:LiFePO4"), lfp);
    Set<String> kinds = lfp.stream().map(Hit::kind).collect(Collectors.toSet());
    assertTrue(kinds.containsAll(Set.of("material", "structure")), kinds.toString());
    assertEquals("LiFePO4", material("FePO4Li").fields().get("formula"));
    assertEquals(2, searcher.search("formula:TiO2 kind:material", 5).totalHits(), "rutile, anatase");
    // Free text finds a formula in any element order too (chemistry analyzer).
    assertTrue(hits("FePO4Li kind:paragraph").size() > 0);
  }

  @Test
  void elementsContainAllAndOnlyIsExact() throws IOException {
    List<Hit> cuO = hits("elements:Cu,O");
    assertTrue(cuO.stream().anyMatch(h -> "Ba2YCu3O7".equals(h.fields().get("formula"))));
    for (Hit h : cuO) {
      assertTrue(list(h, "elements").containsAll(List.of("Cu", "O")), h.toString());
    }
    List<Hit> only = hits("only:Y,Ba,Cu,O");
    assertFalse(only.isEmpty());
    for (Hit h : only) {
      assertEquals(Set.of("Ba", "Cu", "O", "Y"), Set.copyOf(list(h, "elements")), h.toString());
    }
    // only: admits no other element: CuO (a precursor the papers name) may match, YBCO never.
    for (Hit h : hits("only:Cu,O")) {
      assertEquals(Set.of("Cu", "O"), Set.copyOf(list(h, "elements")), h.toString());
    }
  }

  @Test
  void spaceGroupMatchesNumbersAndRanges() throws IOException {
    List<Hit> anatase = hits("sg:141");
    assertFalse(anatase.isEmpty());
    anatase.forEach(h -> assertEquals(List.of(141), list(h, "sg"), h.toString()));
    assertTrue(hits("sg:139").isEmpty(), "no space group 139 in the corpus");
    assertEquals(Set.of(136, 141), hits("formula:TiO2 sg:130..145 kind:material").stream()
        .flatMap(h -> list(h, "sg").stream()).collect(Collectors.toSet()));
  }

  @Test
  void measuredTcComparesInKelvin() throws IOException {
    Set<String> above30 = hits("tc>30 kind:material").stream()
        .map(h -> (String) h.fields().get("formula")).collect(Collectors.toSet());
    // YBCO (~92 K) and MgB2 (39 K) are above 30 K; only YBCO is above 50 K.
    assertTrue(above30.containsAll(Set.of("Ba2YCu3O7", "MgB2")), above30.toString());
    Set<String> above50 = hits("tc>50 kind:material").stream()
        .map(h -> (String) h.fields().get("formula")).collect(Collectors.toSet());
    assertTrue(above50.contains("Ba2YCu3O7") && !above50.contains("MgB2"), above50.toString());
    assertTrue(above30.containsAll(above50), above30 + " ⊇ " + above50);
    assertEquals(above30, hits("tc:30..200 kind:material").stream()
        .map(h -> (String) h.fields().get("formula")).collect(Collectors.toSet()));
    // Linked records carry their materials' values: synthesis of a Tc > 50 K material.
    assertFalse(hits("tc>50 kind:synthesis").isEmpty());
    assertTrue(hits("tc>200").isEmpty());
  }

  @Test
  void synthesisTemperatureRangeInKelvin() throws IOException {
    List<Hit> hot = hits("temperature:1000..1300 kind:synthesis");
    assertFalse(hot.isEmpty());
    assertTrue(hot.get(0).snippet().length() > 0);
    assertTrue(hits("temperature:2000.. kind:synthesis").isEmpty());
    assertTrue(hits("temperature>=1223.15 kind:synthesis").size() > 0, "950 °C");
  }

  @Test
  void yearRangeFiltersPapers() throws IOException {
    List<Hit> hits = hits("year:2010..2020");
    assertFalse(hits.isEmpty());
    for (Hit h : hits) {
      int year = (Integer) h.fields().get("year");
      assertTrue(year >= 2010 && year <= 2020, h.toString());
    }
    assertTrue(hits("year:1900..1901").isEmpty());
    assertEquals(searcher.search("year>=2010 year<=2020", 0).totalHits(),
        searcher.search("year:2010..2020", 0).totalHits());
  }

  @Test
  void snippetsHighlightAndHitsCarryLinkedRecords() throws IOException {
    Hit calcined = hits("calcined kind:paragraph").get(0);
    assertTrue(calcined.snippet().contains(Hit.MARK_START + "calcined" + Hit.MARK_END)
        || calcined.snippet().contains(Hit.MARK_START), calcined.snippet());
    Hit ybco = material("Ba2YCu3O7");
    Set<String> linkedKinds = ybco.linked().stream().map(LinkedRecord::kind)
        .collect(Collectors.toSet());
    assertTrue(linkedKinds.containsAll(Set.of("structure", "synthesis")), linkedKinds.toString());
    Hit synthesis = hits("kind:synthesis formula:Ba2YCu3O7").get(0);
    assertTrue(synthesis.linked().stream().anyMatch(l -> l.kind().equals("material")
        && l.id().equals(ybco.id())), "and back: " + synthesis.linked());
  }

  @Test
  void materialPageHasStructureLabelsSynthesisAndPapers() throws IOException {
    Hit ybco = material("Ba2YCu3O7");
    RecordPage page = searcher.record("material", ybco.id()).orElseThrow();
    RecordPage.Entry structure = page.linked().stream().filter(e -> e.kind().equals("structure"))
        .findFirst().orElseThrow();
    assertTrue(structure.detail().get("lattice").get("a").asDouble() > 3);
    assertEquals(structure.detail().get("nsites").asInt(), structure.detail().get("sites").size());
    assertTrue(page.linked().stream().anyMatch(e -> e.kind().equals("synthesis")
        && e.text().contains("calcined")));
    assertTrue(page.linked().stream().anyMatch(e -> e.kind().equals("document")));
    // Labels are material properties only (the furnace log's settings stay with the synthesis):
    // YBa2Cu3O7's denoised Tc, its value rounded to its uncertainty for a reader.
    var labels = page.record().detail().get("labels");
    var tc = java.util.stream.StreamSupport.stream(labels.spliterator(), false)
        .filter(l -> l.get("property").asText().equals("tc")).findFirst().orElseThrow();
    assertTrue(tc.get("value_text").asText().matches("9\\d\\.\\d ± 0\\.\\d K"),
        page.record().detail().toString());
    assertTrue(java.util.stream.StreamSupport.stream(labels.spliterator(), false)
        .noneMatch(l -> l.get("property").asText().contains("temperature")
            && !l.get("property").asText().equals("tc")), labels.toString());
    assertTrue(searcher.record("material", "no-such-id").isEmpty());
  }

  @Test
  void facetsCountKindsElementsAndSpaceGroups() throws IOException {
    SearchResults r = searcher.search("elements:O", 5, IndexFields.FACETS);
    long kinds = r.facets().get("kind").stream().mapToLong(FacetValue::count).sum();
    assertEquals(r.totalHits(), kinds);
    assertTrue(r.facets().get("elements").stream()
        .anyMatch(v -> v.value().equals("O") && v.count() == r.totalHits()));
    assertTrue(r.facets().get("sg").stream().anyMatch(v -> v.value().equals("141")));
  }

  @Test
  void malformedQueriesSayWhatIsWrong() {
    for (String q : List.of("tc>abc", "formula:Xx2", "kind:foo", "\"unclosed", "sg:999",
        "tcc>3", "year:2020..2010", "temperature:..", "elements:Qq")) {
      QuerySyntaxException e = assertThrows(QuerySyntaxException.class,
          () -> searcher.search(q, 5), q);
      assertFalse(e.reason().isBlank(), q);
    }
    assertTrue(assertThrows(QuerySyntaxException.class, () -> searcher.search("tcc>3", 5))
        .getMessage().contains("tc"), "lists the known properties");
    assertThrows(QuerySyntaxException.class, () -> searcher.search("tc>3", 5, List.of("colour")));
  }
}
