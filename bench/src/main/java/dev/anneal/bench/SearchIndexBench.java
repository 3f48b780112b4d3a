package dev.anneal.bench;

import dev.anneal.search.SearchResults;
import dev.anneal.search.Searcher;
import dev.anneal.search.index.IndexFields;
import dev.anneal.search.index.IndexedMaterial;
import dev.anneal.search.index.IndexedParagraph;
import dev.anneal.search.index.IndexedRecord;
import dev.anneal.search.index.RecordExtras;
import dev.anneal.search.index.SearchIndexWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Search speed on generated records: indexing rate (records/s, one writer thread, then one
 * merge to a single segment as the index stage does) and query latency p50/p99 for text, field,
 * range and text+field queries through {@link Searcher} (the path {@code anneal serve} takes,
 * snippets and linked records included).
 *
 * <p>{@code java -cp … dev.anneal.bench.SearchIndexBench DIR [RECORDS] [QUERIES] [THREADS]};
 * THREADS (default 2) writers index their share into part indexes, as Spark tasks do; RECORDS
 * defaults to 1,000,000 (90 % paragraphs, 7 % synthesis descriptions, 3 % materials).
 * Deterministic (seed 42). See {@code bench/search-bench.sh} and docs/benchmarks.md.
 */
public final class SearchIndexBench {

  private static final String[] FORMULAS = {"LiFePO4", "Ba2YCu3O7", "La2CuO4", "TiO2", "MgB2",
      "SrTiO3", "NaCl", "Si", "GaAs", "LiCoO2", "Bi2Sr2CaCu2O8", "Fe2O3", "ZnO", "CuO", "BaTiO3",
      "LaFeAsO", "Nb3Sn", "MoS2", "Al2O3", "CeO2"};
  private static final String[] CHEM_WORDS = {"calcined", "sintered", "annealed", "sol-gel",
      "hydrothermal", "precursor", "superconducting", "transition", "oxygen", "argon", "pellet",
      "powder", "crystal", "phase", "diffraction", "lattice", "resistivity", "magnetization",
      "cathode", "anode", "electrolyte", "doping", "substitution", "orthorhombic", "tetragonal",
      "cubic", "perovskite", "spinel", "olivine", "cuprate", "furnace", "crucible", "quenched"};
  private static final String[] UNITS = {"°C", "K", "h", "min", "GPa", "mT", "eV"};

  private final SplittableRandom random;
  private final String[] vocabulary;

  private SearchIndexBench(long seed) {
    random = new SplittableRandom(seed);
    vocabulary = new String[20_000];
    for (int i = 0; i < vocabulary.length; i++) {
      vocabulary[i] = word(i);
    }
  }

  /** A pronounceable synthetic word per index, so the vocabulary is stable across runs. */
  private static String word(int i) {
    String c = "bcdfghklmnprstvz";
    String v = "aeiou";
    StringBuilder b = new StringBuilder();
    int n = i + 7;
    do {
      b.append(c.charAt(n % c.length())).append(v.charAt((n / c.length()) % v.length()));
      n /= c.length() * v.length();
    } while (n > 0);
    return b.toString();
  }

  /** Zipf-like: low indexes are frequent. */
  private String commonWord() {
    double u = random.nextDouble();
    return vocabulary[(int) (Math.pow(u, 3) * vocabulary.length)];
  }

  private String sentence(int words) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < words; i++) {
      int r = random.nextInt(20);
      if (r == 0) {
        b.append(FORMULAS[random.nextInt(FORMULAS.length)]);
      } else if (r <= 3) {
        b.append(CHEM_WORDS[random.nextInt(CHEM_WORDS.length)]);
      } else if (r == 4) {
        b.append(100 + random.nextInt(1200)).append(' ').append(UNITS[random.nextInt(UNITS.length)]);
      } else {
        b.append(commonWord());
      }
      b.append(i == words - 1 ? ". " : " ");
    }
    return b.toString();
  }

  private List<String> elementsOf(String formula) {
    return dev.anneal.search.query.QueryParser.elements(formula).orElse(List.of());
  }

  /**
   * Part {@code part} of {@code parts}: every part indexes its share of each kind into its own
   * index, as one Spark task per partition does; returns the records written.
   */
  long index(Path dir, int records, int part, int parts) throws IOException {
    int materials = records * 3 / 100;
    int synthesis = records * 7 / 100;
    int paragraphs = records - materials - synthesis;
    long written = 0;
    try (SearchIndexWriter w = new SearchIndexWriter(dir)) {
      for (int i = part; i < materials; i += parts) {
        written++;
        String f = FORMULAS[i % FORMULAS.length];
        int sg = 1 + random.nextInt(230);
        w.add(new IndexedMaterial("m" + i, f, elementsOf(f), null, List.of(sg),
            List.of("s" + i), List.of("d" + random.nextInt(paragraphs / 8 + 1)),
            List.of("y" + i), null, sentence(12)),
            new RecordExtras(List.of(), Map.of("tc", List.of(random.nextDouble() * 150)), null));
      }
      for (int i = part; i < synthesis; i += parts) {
        written++;
        String f = FORMULAS[random.nextInt(FORMULAS.length)];
        w.add(new IndexedRecord(IndexFields.KIND_SYNTHESIS, "y" + i, "Synthesis of " + f,
            sentence(40), List.of(f), null, null, 1990 + random.nextInt(35), null,
            new RecordExtras(List.of("material:m" + random.nextInt(materials)),
                Map.of("temperature", List.of(600 + random.nextDouble() * 1200)), null)));
      }
      for (int i = part; i < paragraphs; i += parts) {
        written++;
        int doc = i / 8;
        w.add(new IndexedParagraph("p" + i, "d" + doc, "Paper " + doc + " on "
            + FORMULAS[doc % FORMULAS.length], "Section " + (i % 8), sentence(45),
            "file:/bench/" + doc, 1990 + doc % 35));
      }
    }
    return written;
  }

  /** Indexes {@code records} with {@code threads} writers into part indexes, then merges them. */
  private static void index(Path merged, List<Path> partDirs, int records, int threads)
      throws Exception {
      long t0 = System.nanoTime();
      List<java.util.concurrent.Future<Long>> done = new ArrayList<>();
      java.util.concurrent.ExecutorService pool =
          java.util.concurrent.Executors.newFixedThreadPool(threads);
      for (int p = 0; p < threads; p++) {
        int part = p;
        done.add(pool.submit(() -> new SearchIndexBench(42 + part)
            .index(partDirs.get(part), records, part, threads)));
      }
      long n = 0;
      for (var f : done) {
        n += f.get();
      }
      pool.shutdown();
      double indexSeconds = (System.nanoTime() - t0) / 1e9;
      long t1 = System.nanoTime();
      SearchIndexWriter.merge(merged, partDirs);
      double mergeSeconds = (System.nanoTime() - t1) / 1e9;
      System.out.printf(Locale.ROOT, "indexed %d records with %d writer threads in %.1f s: %.0f "
          + "records/s; merge to one segment %.1f s; overall %.0f records/s%n", n, threads,
          indexSeconds, n / indexSeconds,
          mergeSeconds, n / (indexSeconds + mergeSeconds));
  }

  static double[] percentiles(long[] nanos) {
    long[] s = nanos.clone();
    Arrays.sort(s);
    return new double[] {s[s.length / 2] / 1e6, s[(int) Math.ceil(s.length * 0.99) - 1] / 1e6,
        s[s.length - 1] / 1e6};
  }

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    int records = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
    int queries = args.length > 2 ? Integer.parseInt(args[2]) : 500;
    int threads = args.length > 3 ? Integer.parseInt(args[3]) : 2;
    System.out.printf(Locale.ROOT, "load before: %.2f (%d cores)%n",
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
        Runtime.getRuntime().availableProcessors());
    Path merged = dir.resolve("merged");
    List<Path> partDirs = new ArrayList<>();
    for (int p = 0; p < threads; p++) {
      partDirs.add(dir.resolve("part-" + p));
    }
    if (Files.isDirectory(merged)) {
      // A kept index (INDEX_DIR in bench/search-bench.sh): measure queries only.
      System.out.println("reusing the index in " + merged);
    } else {
      index(merged, partDirs, records, threads);
    }

    Map<String, List<String>> kinds = new LinkedHashMap<>();
    kinds.put("text", List.of("calcined oxygen", "superconducting transition", "\"sol-gel\" powder",
        "hydrothermal cathode", "LiFePO4 olivine", "annealed argon"));
    kinds.put("field", List.of("formula:FePO4Li", "elements:Cu,O", "only:Ba,Cu,O,Y", "sg:139",
        "kind:synthesis formula:TiO2", "elements:La,Cu,O kind:material"));
    kinds.put("range", List.of("tc>30", "temperature:1000..1300", "year:2010..2020",
        "tc:80..95 kind:material", "sg:136..141", "temperature>1500"));
    kinds.put("text+field", List.of("calcined elements:Cu,O", "sintered formula:Ba2YCu3O7",
        "superconducting tc>30", "oxygen year:2010..2020", "powder kind:synthesis temperature:1000..1300",
        "cathode elements:Li,Fe,P,O"));
    try (Searcher searcher = new Searcher(merged)) {
      for (int warm = 0; warm < 3; warm++) {
        for (List<String> qs : kinds.values()) {
          for (String q : qs) {
            searcher.search(q, 10);
          }
        }
      }
      for (Map.Entry<String, List<String>> e : kinds.entrySet()) {
        long[] nanos = new long[queries];
        long hits = 0;
        for (int i = 0; i < queries; i++) {
          String q = e.getValue().get(i % e.getValue().size());
          long s = System.nanoTime();
          SearchResults r = searcher.search(q, 10);
          nanos[i] = System.nanoTime() - s;
          hits += r.totalHits();
        }
        double[] p = percentiles(nanos);
        System.out.printf(Locale.ROOT, "%-11s %d queries: p50 %.2f ms, p99 %.2f ms, max %.2f ms "
            + "(mean %d hits)%n", e.getKey(), queries, p[0], p[1], p[2], hits / queries);
      }
      long[] nanos = new long[queries];
      for (int i = 0; i < queries; i++) {
        long s = System.nanoTime();
        searcher.search(kinds.get("text+field").get(i % 6), 10, IndexFields.FACETS);
        nanos[i] = System.nanoTime() - s;
      }
      double[] p = percentiles(nanos);
      System.out.printf(Locale.ROOT, "%-11s %d queries: p50 %.2f ms, p99 %.2f ms, max %.2f ms%n",
          "text+field+facets", queries, p[0], p[1], p[2]);
    }
    System.out.printf(Locale.ROOT, "load after: %.2f%n",
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    try (var files = Files.walk(merged)) {
      long bytes = files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
      System.out.printf(Locale.ROOT, "index size %.1f MiB%n", bytes / 1048576.0);
    }
  }
}
