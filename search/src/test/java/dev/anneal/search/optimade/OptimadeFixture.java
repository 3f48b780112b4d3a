package dev.anneal.search.optimade;

import dev.anneal.search.Fixture;
import dev.anneal.search.Searcher;
import dev.anneal.search.index.IndexFields;
import dev.anneal.search.index.IndexedRecord;
import dev.anneal.search.index.RecordExtras;
import dev.anneal.search.index.SearchIndexWriter;
import dev.anneal.search.optimade.StructureEntry.Site;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@link Fixture} plus five structures with OPTIMADE entries: ordered rock salt, a Si/Ge alloy
 * whose two positions are each half Si, half Ge, YBCO linked to a material with one denoised Tc,
 * La2CuO4 whose material has two Tc values, and Fe0.9O (a partly vacant site).
 *
 * <p>The OPTIMADE tests only read the index, so {@link #api()} writes it once per test JVM and
 * every test class shares it (one setup instead of one per class).
 */
final class OptimadeFixture {

  private static OptimadeApi shared;

  static final List<List<Double>> CUBIC_564 = List.of(List.of(5.64, 0.0, 0.0),
      List.of(0.0, 5.64, 0.0), List.of(0.0, 0.0, 5.64));

  private OptimadeFixture() {
  }

  static List<Site> rockSalt() {
    List<Site> s = new ArrayList<>();
    double[][] na = {{0, 0, 0}, {0, .5, .5}, {.5, 0, .5}, {.5, .5, 0}};
    double[][] cl = {{.5, .5, .5}, {.5, 0, 0}, {0, .5, 0}, {0, 0, .5}};
    for (double[] p : na) {
      s.add(new Site("Na", 1.0, p[0], p[1], p[2]));
    }
    for (double[] p : cl) {
      s.add(new Site("Cl", 1.0, p[0], p[1], p[2]));
    }
    return s;
  }

  static List<Site> siGe() {
    return List.of(new Site("Si", 0.5, 0, 0, 0), new Site("Ge", 0.5, 0, 0, 0),
        new Site("Si", 0.5, .25, .25, .25), new Site("Ge", 0.5, .25, .25, .25));
  }

  static List<Site> ybco() {
    List<Site> s = new ArrayList<>();
    s.add(new Site("Y", 1.0, .5, .5, .5));
    s.add(new Site("Ba", 1.0, .5, .5, .18));
    s.add(new Site("Ba", 1.0, .5, .5, .82));
    s.add(new Site("Cu", 1.0, 0, 0, 0));
    s.add(new Site("Cu", 1.0, 0, 0, .35));
    s.add(new Site("Cu", 1.0, 0, 0, .65));
    double[][] o = {{0, .5, 0}, {.5, 0, .38}, {.5, 0, .62}, {0, .5, .38}, {0, .5, .62},
        {0, 0, .16}, {0, 0, .84}};
    for (double[] p : o) {
      s.add(new Site("O", 1.0, p[0], p[1], p[2]));
    }
    return s;
  }

  /**
   * The OPTIMADE API over this fixture's index, written to a temporary folder on first use; the
   * searcher stays open and the folder is deleted when the JVM exits. Read-only for callers.
   */
  static synchronized OptimadeApi api() throws IOException {
    if (shared == null) {
      Path dir = Files.createTempDirectory("anneal-optimade-fixture");
      write(dir);
      Searcher searcher = new Searcher(dir);
      shared = new OptimadeApi(searcher.indexSearcher(), searcher.properties());
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        try (var files = Files.walk(dir)) {
          searcher.close();
          for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
            Files.deleteIfExists(p);
          }
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }));
    }
    return shared;
  }

  static void write(Path dir) throws IOException {
    Fixture.writeAll(dir);
    try (SearchIndexWriter w = new SearchIndexWriter(dir)) {
      w.add(Fixture.MATERIALS.get(0), new RecordExtras(
          List.of("structure:s-ybco", "synthesis:syn-ybco-1", "document:d-ybco"),
          Map.of("tc", List.of(91.8)),
          "{\"labels\":[{\"property\":\"tc\",\"condition\":\"pressure=ambient\",\"value\":91.8,"
              + "\"uncertainty\":0.3,\"unit\":\"K\",\"n_obs\":3,\"n_used\":3,\"method\":\"median\"}]}"));
      w.add(new IndexedRecord(IndexFields.KIND_SYNTHESIS, "syn-ybco-1",
          "Synthesis of YBa2Cu3O7 (solid state)", "YBa2Cu3O7 was made from Y2O3, BaCO3 and CuO.",
          List.of("YBa2Cu3O7"), null, null, 2012, List.of("d-ybco"),
          new RecordExtras(List.of("material:mp-ybco"), null, null)));
      add(w, "s-nacl", "NaCl", CUBIC_564, rockSalt(), List.of(), Map.of());
      add(w, "s-sige", "SiGe", List.of(List.of(5.5, 0.0, 0.0), List.of(0.0, 5.5, 0.0),
          List.of(0.0, 0.0, 5.5)), siGe(), List.of(), Map.of());
      add(w, "s-ybco", "Ba2YCu3O7", List.of(List.of(3.82, 0.0, 0.0), List.of(0.0, 3.89, 0.0),
          List.of(0.0, 0.0, 11.68)), ybco(), List.of("mp-ybco"), Map.of("tc", List.of(91.8)));
      add(w, "s-lco", "La2CuO4", List.of(List.of(3.8, 0.0, 0.0), List.of(0.0, 3.8, 0.0),
              List.of(0.0, 0.0, 13.2)),
          List.of(new Site("La", 1.0, 0, 0, .36), new Site("La", 1.0, 0, 0, .64),
              new Site("Cu", 1.0, 0, 0, 0), new Site("O", 1.0, .5, 0, 0),
              new Site("O", 1.0, 0, .5, 0), new Site("O", 1.0, 0, 0, .18),
              new Site("O", 1.0, 0, 0, .82)),
          List.of("mp-lco"), Map.of("tc", List.of(30.0, 38.0)));
      add(w, "s-feo", "Fe0.9O", List.of(List.of(4.3, 0.0, 0.0), List.of(0.0, 4.3, 0.0),
              List.of(0.0, 0.0, 4.3)),
          List.of(new Site("Fe", 0.9, 0, 0, 0), new Site("O", 1.0, .5, .5, .5)), List.of(),
          Map.of());
    }
  }

  private static void add(SearchIndexWriter w, String id, String formula,
                          List<List<Double>> matrix, List<Site> sites, List<String> materials,
                          Map<String, List<Double>> numbers) throws IOException {
    List<String> links = materials.stream().map(m -> "material:" + m).toList();
    StructureEntry e = StructureEntry.of(matrix, sites, formula, materials, numbers);
    w.add(new IndexedRecord(IndexFields.KIND_STRUCTURE, id, formula + " structure", null,
        List.of(formula), null, null, null, null, new RecordExtras(links, numbers, null)),
        e.fields());
  }
}
