package dev.anneal.ingest.simulation.vasp;

import dev.anneal.ingest.ParseResult;
import dev.anneal.ingest.SourceFile;
import dev.anneal.ingest.simulation.Calculation;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Command-line measurement of {@link VasprunParser} speed: parses each file given, {@code --repeat}
 * times with one parser instance on the calling thread (the first parses include JIT warm-up;
 * {@code best} is the warm figure), and prints one JSON line per file with MB/s and what was read.
 * Used by {@code scripts/bench/vasprun_throughput.sh}.
 */
public final class VasprunThroughput {

  private VasprunThroughput() {
  }

  /** {@code [--repeat N] FILE…}: the best and mean throughput over N parses (default 3). */
  public static void main(String[] args) throws IOException {
    int repeat = 3;
    int first = 0;
    if (args.length > 1 && args[0].equals("--repeat")) {
      repeat = Integer.parseInt(args[1]);
      first = 2;
    }
    for (int f = first; f < args.length; f++) {
      Path path = Path.of(args[f]);
      long bytes = Files.size(path);
      double best = Double.MAX_VALUE;
      double total = 0;
      ParseResult<Calculation> last = null;
      VasprunParser parser = new VasprunParser();
      for (int r = 0; r < repeat; r++) {
        long t0 = System.nanoTime();
        try (InputStream in = new BufferedInputStream(Files.newInputStream(path), 1 << 16)) {
          last = parser.parse(new SourceFile(path.toUri().toString(), bytes), in);
        }
        double s = (System.nanoTime() - t0) / 1e9;
        best = Math.min(best, s);
        total += s;
      }
      Calculation calc = last.records().isEmpty() ? null : last.records().get(0);
      Runtime rt = Runtime.getRuntime();
      System.out.printf(Locale.ROOT,
          "{\"file\": \"%s\", \"mb\": %.3f, \"repeat\": %d, \"best_s\": %.4f, \"mean_s\": %.4f, "
              + "\"best_mb_s\": %.2f, \"mean_mb_s\": %.2f, \"ionic_steps\": %d, \"energy\": %s, "
              + "\"rejections\": %d, \"max_heap_mb\": %d}%n",
          path, bytes / 1e6, repeat, best, total / repeat, bytes / 1e6 / best,
          bytes / 1e6 / (total / repeat), calc == null ? 0 : calc.ionicSteps().size(),
          calc == null ? "null" : calc.energyEv(), last.rejections().size(),
          rt.maxMemory() >> 20);
    }
  }
}
