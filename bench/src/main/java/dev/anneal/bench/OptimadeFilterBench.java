package dev.anneal.bench;

import dev.anneal.search.Searcher;
import dev.anneal.search.index.IndexFields;
import dev.anneal.search.index.IndexedRecord;
import dev.anneal.search.index.RecordExtras;
import dev.anneal.search.index.SearchIndexWriter;
import dev.anneal.search.optimade.OptimadeApi;
import dev.anneal.search.optimade.StructureEntry;
import dev.anneal.search.optimade.StructureEntry.Site;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Latency of OPTIMADE filter queries on generated structure entries: every record is a
 * structure (the worst case for {@code /optimade/v1/structures}, whose queries all run over the
 * structures), indexed as the index stage does (the record plus its {@link StructureEntry}), then
 * p50/p99 per kind of filter through {@link OptimadeApi} (parse, translate, exact count, a page
 * of 20 entries serialized as JSON with their linked data) — the server's path minus HTTP.
 *
 * <p>{@code java -cp … dev.anneal.bench.OptimadeFilterBench DIR [RECORDS] [QUERIES]}; RECORDS
 * defaults to 1,000,000. Deterministic (seed 25). See {@code bench/optimade-bench.sh}.
 */
public final class OptimadeFilterBench {

  /** Formulas as element → count per formula unit. */
  private static final String[][] FORMULAS = {{"Li", "1", "Fe", "1", "P", "1", "O", "4"},
      {"Ba", "2", "Y", "1", "Cu", "3", "O", "7"}, {"La", "2", "Cu", "1", "O", "4"},
      {"Ti", "1", "O", "2"}, {"Mg", "1", "B", "2"}, {"Sr", "1", "Ti", "1", "O", "3"},
      {"Na", "1", "Cl", "1"}, {"Si", "1"}, {"Ga", "1", "As", "1"}, {"Li", "1", "Co", "1", "O", "2"},
      {"Fe", "2", "O", "3"}, {"Zn", "1", "O", "1"}, {"Ba", "1", "Ti", "1", "O", "3"},
      {"Nb", "3", "Sn", "1"}, {"Mo", "1", "S", "2"}, {"Al", "2", "O", "3"}, {"Ce", "1", "O", "2"},
      {"Ge", "1", "Si", "1"}, {"Li", "1", "Mn", "2", "O", "4"}, {"Cu", "1", "O", "1"}};

  static final Map<String, List<String>> QUERIES = new LinkedHashMap<>();

  static {
    QUERIES.put("elements", List.of("elements HAS ALL \"Ba\", \"Cu\", \"O\"",
        "elements HAS ANY \"Nb\", \"Sn\"", "elements HAS \"Li\"",
        "elements HAS ALL \"Fe\", \"O\""));
    QUERIES.put("pymatgen", List.of("(elements HAS ALL \"Ge\", \"Si\") AND (nelements=2)",
        "(elements HAS ALL \"Ti\", \"O\") AND (nelements=2)",
        "(elements HAS ALL \"Li\") AND (nsites>=4 AND nsites<=20)",
        "(chemical_formula_anonymous=\"AB2\")"));
    QUERIES.put("only", List.of("elements HAS ONLY \"Ti\", \"O\"",
        "elements HAS ONLY \"Li\", \"Fe\", \"P\", \"O\"", "elements HAS ONLY \"Si\", \"Ge\""));
    QUERIES.put("formula", List.of("chemical_formula_reduced = \"O2Ti\"",
        "chemical_formula_anonymous = \"A4B2C\"", "chemical_formula_descriptive STARTS WITH \"Li\"",
        "chemical_formula_reduced CONTAINS \"Cu\""));
    QUERIES.put("numbers", List.of("nelements >= 3 AND nsites < 20", "nsites > 30",
        "_anneal_tc > 30", "_anneal_tc > 30 AND elements HAS \"Cu\""));
    QUERIES.put("boolean", List.of("NOT elements HAS \"O\" AND nsites <= 4",
        "(elements HAS \"Ti\" OR elements HAS \"Zr\") AND NOT nelements = 2",
        "chemical_formula_reduced IS UNKNOWN OR _anneal_tc IS KNOWN",
        "id = \"s-0000123\" OR id = \"s-0999999\""));
  }

  private final SplittableRandom random = new SplittableRandom(25);

  private Site[] sites(String[] f, boolean disordered) {
    List<Site> s = new ArrayList<>();
    int z = 1 + random.nextInt(4);
    for (int k = 0; k < z; k++) {
      for (int i = 0; i < f.length; i += 2) {
        int n = Integer.parseInt(f[i + 1]);
        for (int j = 0; j < n; j++) {
          double x = random.nextDouble();
          double y = random.nextDouble();
          double w = random.nextDouble();
          if (disordered && i == 0 && j == 0) {
            s.add(new Site(f[i], 0.5, x, y, w));
            s.add(new Site("Zr", 0.5, x, y, w));
          } else {
            s.add(new Site(f[i], 1.0, x, y, w));
          }
        }
      }
    }
    return s.toArray(new Site[0]);
  }

  private void index(Path dir, int records) throws Exception {
    long t0 = System.nanoTime();
    try (SearchIndexWriter w = new SearchIndexWriter(dir)) {
      for (int i = 0; i < records; i++) {
        String[] f = FORMULAS[random.nextInt(FORMULAS.length)];
        boolean disordered = random.nextInt(10) == 0;
        Site[] sites = sites(f, disordered);
        double a = 3 + 5 * random.nextDouble();
        double c = 3 + 10 * random.nextDouble();
        List<List<Double>> matrix = List.of(List.of(a, 0.0, 0.0), List.of(0.0, a, 0.0),
            List.of(0.0, 0.0, c));
        StringBuilder formula = new StringBuilder();
        List<String> elements = new ArrayList<>();
        for (int k = 0; k < f.length; k += 2) {
          formula.append(f[k]).append(f[k + 1].equals("1") ? "" : f[k + 1]);
          elements.add(f[k]);
        }
        if (disordered) {
          elements.add("Zr");
        }
        String material = "m-" + (i % 30_000);
        Map<String, List<Double>> numbers = random.nextInt(3) == 0
            ? Map.of("tc", List.of(Math.round(random.nextDouble() * 1200) / 10.0)) : Map.of();
        StructureEntry e = StructureEntry.of(matrix, List.of(sites), formula.toString(),
            List.of(material), numbers);
        String id = String.format(Locale.ROOT, "s-%07d", i);
        w.add(new IndexedRecord(IndexFields.KIND_STRUCTURE, id, formula + " structure",
            "Crystal structure of " + formula, List.of(formula.toString()), elements, List.of(),
            null, List.of(), new RecordExtras(List.of("material:" + material), numbers, null)),
            e.fields());
      }
      w.commit();
    }
    double s = (System.nanoTime() - t0) / 1e9;
    System.out.printf(Locale.ROOT, "indexed %d structures in %.1f s: %.0f records/s%n", records,
        s, records / s);
  }

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    int records = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
    int queries = args.length > 2 ? Integer.parseInt(args[2]) : 300;
    Path index = dir.resolve("optimade-" + records);
    if (Files.isDirectory(index)) {
      System.out.println("reusing the index in " + index);
    } else {
      new OptimadeFilterBench().index(index, records);
      SearchIndexWriter.merge(dir.resolve("optimade-merged-tmp"), List.of(index));
      // One segment, as the index stage leaves it.
      try (var files = Files.walk(index)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
      Files.move(dir.resolve("optimade-merged-tmp"), index);
    }
    try (Searcher searcher = new Searcher(index)) {
      OptimadeApi api = new OptimadeApi(searcher.indexSearcher(), searcher.properties());
      String base = "http://127.0.0.1:8080/optimade";
      for (int warm = 0; warm < 3; warm++) {
        for (List<String> qs : QUERIES.values()) {
          for (String q : qs) {
            api.get("/v1/structures", Map.of("filter", q), base);
          }
        }
      }
      List<Long> all = new ArrayList<>();
      for (Map.Entry<String, List<String>> e : QUERIES.entrySet()) {
        long[] nanos = new long[queries];
        long hits = 0;
        for (int i = 0; i < queries; i++) {
          String q = e.getValue().get(i % e.getValue().size());
          long t = System.nanoTime();
          OptimadeApi.Reply r = api.get("/v1/structures", Map.of("filter", q), base);
          nanos[i] = System.nanoTime() - t;
          all.add(nanos[i]);
          if (r.status() != 200) {
            throw new IllegalStateException(q + " -> " + r.text());
          }
          String text = r.text();
          int at = text.indexOf("\"data_returned\":");
          hits += Long.parseLong(text.substring(at + 16, text.indexOf(',', at)).strip());
        }
        double[] p = SearchIndexBench.percentiles(nanos);
        System.out.printf(Locale.ROOT, "%-9s %d queries: p50 %.2f ms, p99 %.2f ms, max %.2f ms "
            + "(mean %d hits)%n", e.getKey(), queries, p[0], p[1], p[2], hits / queries);
      }
      double[] p = SearchIndexBench.percentiles(all.stream().mapToLong(Long::longValue).toArray());
      System.out.printf(Locale.ROOT, "all       %d queries: p50 %.2f ms, p99 %.2f ms, max %.2f ms%n",
          all.size(), p[0], p[1], p[2]);
    }
  }
}
