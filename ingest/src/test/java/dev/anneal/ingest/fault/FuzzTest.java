package dev.anneal.ingest.fault;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.anneal.ingest.FileIngestor;
import dev.anneal.ingest.IngestedFile;
import dev.anneal.ingest.Rejection;
import dev.anneal.ingest.SourceFile;
import dev.anneal.ingest.archive.ArchiveKind;
import dev.anneal.ingest.chem.Element;
import dev.anneal.ingest.crystal.Plausibility;
import dev.anneal.ingest.crystal.Site;
import dev.anneal.ingest.crystal.Structure;
import dev.anneal.ingest.detect.FormatDetector;
import dev.anneal.ingest.simulation.Calculation;
import dev.anneal.ingest.testing.ProjectPaths;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The fuzz harness (issue #20): the real files of {@code examples/corpus} and
 * {@code ../shared/corpus}, mutated with {@link Mutator}, through the real ingestor, format by
 * format. Asserts that no exception escapes, that every input is parsed or quarantined, that no
 * case hangs, and that no unreadable value is accepted (a structure with a non-element species
 * or an absurd cell, a calculation with a non-finite energy).
 *
 * <p>Scale with {@code -Danneal.fuzz.cases=N} (cases per light format, default 32) and
 * {@code -Danneal.fuzz.heavy=N} (PDF, notebooks, archives, recipes: default 4); seed with
 * {@code -Danneal.fuzz.seed}. The defaults keep {@code mvn verify} to a minute or two. Mutation
 * kinds take turns from a seeded start per format, so a light format gets every kind four times
 * and a heavy one four kinds in a row. {@code scripts/fuzz.sh} runs the long version.
 */
class FuzzTest {

  private static final Set<String> HEAVY = Set.of("pdf", "eln", "archive", "xlsx", "docx",
      "epub", "html", "xhtml", "recipes");
  private static final long MAX_SEED_BYTES = 8L << 20;

  /** Figures of one format. */
  static final class Figures {
    int seeds;
    int cases;
    int parsed;
    int quarantined;
    int internal;
    int escaped;
    int unaccounted;
    int wrongValues;
    int hung;
    long nanos;
    final List<String> examples = new ArrayList<>();
  }

  @Test
  void noMutationOfARealFileEscapesTheIngestor() throws Exception {
    int lightCases = Integer.getInteger("anneal.fuzz.cases", 32);
    int heavyCases = Integer.getInteger("anneal.fuzz.heavy", 4);
    long seed = Long.getLong("anneal.fuzz.seed", 20L);
    Map<String, List<Path>> seeds = new TreeMap<>();
    for (Path dir : List.of(ProjectPaths.exampleCorpus(), ProjectPaths.sharedCorpus())) {
      if (!Files.isDirectory(dir)) {
        System.out.println("fuzz: " + dir + " absent, its files are not used");
        continue;
      }
      try (Stream<Path> files = Files.walk(dir)) {
        for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
          if (Files.size(f) <= MAX_SEED_BYTES && !f.getFileName().toString().equals("README.md")) {
            seeds.computeIfAbsent(format(f), k -> new ArrayList<>()).add(f);
          }
        }
      }
    }
    FileIngestor ingestor = new FileIngestor(8L << 20);
    Map<String, Figures> figures = new TreeMap<>();
    ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, "fuzz-case");
      t.setDaemon(true);
      return t;
    });
    try {
      for (Map.Entry<String, List<Path>> e : seeds.entrySet()) {
        Figures fig = new Figures();
        figures.put(e.getKey(), fig);
        fig.seeds = e.getValue().size();
        int cases = HEAVY.contains(e.getKey()) ? heavyCases : lightCases;
        Random random = new Random(seed ^ e.getKey().hashCode());
        List<byte[]> contents = new ArrayList<>();
        for (Path p : e.getValue()) {
          contents.add(Files.readAllBytes(p));
        }
        long start = System.nanoTime();
        // Kinds in turn from a seeded start (not drawn): a small run still spreads its cases
        // over every kind.
        int firstKind = random.nextInt(Mutator.KINDS.size());
        for (int i = 0; i < cases; i++) {
          int pick = random.nextInt(contents.size());
          String kind = Mutator.KINDS.get((firstKind + i) % Mutator.KINDS.size());
          Mutator.Mutation m = Mutator.mutate(contents.get(pick), kind, random);
          String name = e.getValue().get(pick).getFileName().toString();
          runCase(worker, ingestor, name, m, fig);
          if (fig.hung > 0) {
            worker.shutdownNow();
            worker = Executors.newSingleThreadExecutor();
          }
        }
        fig.nanos = System.nanoTime() - start;
      }
    } finally {
      worker.shutdownNow();
    }
    String table = table(figures, lightCases, heavyCases, seed);
    System.out.println(table);
    Path report = Path.of("target", "fuzz-report.md");
    Files.createDirectories(report.getParent());
    Files.writeString(report, table);
    Figures total = new Figures();
    StringBuilder faults = new StringBuilder();
    for (Map.Entry<String, Figures> e : figures.entrySet()) {
      Figures f = e.getValue();
      total.escaped += f.escaped;
      total.unaccounted += f.unaccounted;
      total.wrongValues += f.wrongValues;
      total.hung += f.hung;
      f.examples.forEach(x -> faults.append(e.getKey()).append(": ").append(x).append('\n'));
    }
    assertEquals(0, total.escaped, "escaped exceptions:\n" + faults);
    assertEquals(0, total.unaccounted, "inputs neither parsed nor quarantined:\n" + faults);
    assertEquals(0, total.wrongValues, "unreadable values accepted:\n" + faults);
    assertEquals(0, total.hung, "cases that did not finish:\n" + faults);
  }

  private static void runCase(ExecutorService worker, FileIngestor ingestor, String name,
                              Mutator.Mutation m, Figures fig) throws InterruptedException {
    fig.cases++;
    Future<IngestedFile> future = worker.submit(() -> {
      IngestedFile all = new IngestedFile();
      Iterator<IngestedFile> it = ingestor.ingestAll(new SourceFile("file:/fuzz/" + name,
          m.bytes().length), new ByteArrayInputStream(m.bytes()));
      it.forEachRemaining(all::addAll);
      return all;
    });
    IngestedFile result;
    try {
      result = future.get(60, TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      future.cancel(true);
      fig.hung++;
      note(fig, m.kind() + " of " + name + " did not finish in 60 s");
      return;
    } catch (java.util.concurrent.ExecutionException e) {
      fig.escaped++;
      note(fig, m.kind() + " of " + name + ": " + e.getCause());
      return;
    }
    int records = result.recordCount();
    if (records > 0) {
      fig.parsed++;
    }
    if (!result.rejections().isEmpty()) {
      fig.quarantined++;
    }
    if (records == 0 && result.rejections().isEmpty()) {
      fig.unaccounted++;
      note(fig, m.kind() + " of " + name + ": no record and no rejection");
    }
    for (Rejection r : result.rejections()) {
      if (r.reason().startsWith("internal.") || r.reason().endsWith(".internal_error")) {
        fig.internal++;
        note(fig, m.kind() + " of " + name + " (caught): " + r.message());
      }
    }
    for (Structure s : result.structures()) {
      wrong(fig, m, name, s);
    }
    for (Calculation c : result.calculations()) {
      if (c.energyEv() != null && !Double.isFinite(c.energyEv())) {
        fig.wrongValues++;
        note(fig, m.kind() + " of " + name + ": energy " + c.energyEv());
      }
      if (c.finalStructure() != null) {
        wrongSpecies(fig, m, name, c.finalStructure());
      }
    }
  }

  private static void wrong(Figures fig, Mutator.Mutation m, String name, Structure s) {
    Plausibility.check(s).ifPresent(r -> {
      fig.wrongValues++;
      note(fig, m.kind() + " of " + name + ": " + r.message());
    });
    wrongSpecies(fig, m, name, s);
  }

  private static void wrongSpecies(Figures fig, Mutator.Mutation m, String name, Structure s) {
    for (Site site : s.sites()) {
      if (!Element.isSymbol(site.species()) || !Double.isFinite(site.x())
          || !Double.isFinite(site.y()) || !Double.isFinite(site.z())
          || !(site.occupancy() > 0 && site.occupancy() <= 1.0001)) {
        fig.wrongValues++;
        note(fig, m.kind() + " of " + name + ": site " + site);
        return;
      }
    }
  }

  private static void note(Figures fig, String what) {
    if (fig.examples.size() < 5) {
      fig.examples.add(what.length() > 300 ? what.substring(0, 300) : what);
    }
  }

  /** The format a seed is filed under: its detected format, or "archive". */
  private static String format(Path f) throws IOException {
    byte[] all = Files.readAllBytes(f);
    byte[] head = Arrays.copyOf(all, Math.min(all.length, FormatDetector.HEAD_BYTES));
    SourceFile file = new SourceFile(f.toUri().toString(), all.length);
    if (ArchiveKind.detect(file.name(), head, head.length).isPresent()) {
      return "archive";
    }
    return new FormatDetector().detect(file, head, head.length).code();
  }

  private static String table(Map<String, Figures> figures, int light, int heavy, long seed) {
    StringBuilder b = new StringBuilder();
    b.append("Fuzz harness: seed ").append(seed).append(", ").append(light)
        .append(" cases per format (").append(heavy)
        .append(" for PDF, notebooks, archives, recipes)\n\n");
    b.append("| format | seed files | cases | parsed | quarantined | caught internal.* | "
        + "escaped | unaccounted | wrong values | hung | seconds |\n"
        + "|---|---|---|---|---|---|---|---|---|---|---|\n");
    for (Map.Entry<String, Figures> e : figures.entrySet()) {
      Figures f = e.getValue();
      b.append("| ").append(e.getKey()).append(" | ").append(f.seeds).append(" | ").append(f.cases)
          .append(" | ").append(f.parsed).append(" | ").append(f.quarantined).append(" | ")
          .append(f.internal).append(" | ").append(f.escaped).append(" | ").append(f.unaccounted)
          .append(" | ").append(f.wrongValues).append(" | ").append(f.hung).append(" | ")
          .append(String.format(java.util.Locale.ROOT, "%.1f", f.nanos / 1e9)).append(" |\n");
    }
    for (Map.Entry<String, Figures> e : figures.entrySet()) {
      for (String x : e.getValue().examples) {
        b.append("- ").append(e.getKey()).append(": ").append(x).append('\n');
      }
    }
    return b.toString();
  }
}
