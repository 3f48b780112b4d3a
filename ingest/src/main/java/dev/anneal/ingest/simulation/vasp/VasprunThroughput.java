package dev.anneal.ingest.simulation.vasp;

import dev.anneal.ingest.ParseResult;
import dev.anneal.ingest.SourceFile;
import dev.anneal.ingest.simulation.Calculation;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * Command-line measurement of {@link VasprunParser} speed: parses each file given, {@code --repeat}
 * times with one parser instance on the calling thread, and prints one JSON line per file with
 * the first (cold JIT) parse, the best, the median of the second half (warm JIT) and the mean
 * over all parses, in seconds and MB/s; the mean warm parse in process CPU time (all JVM
 * threads: JIT, GC), which a loaded machine inflates less than wall time; and what was read.
 * Used by {@code scripts/bench/vasprun_throughput.sh}.
 */
public final class VasprunThroughput {

  private VasprunThroughput() {
  }

  /**
   * {@code [--repeat N] FILE…}: the throughput over N parses (default 3). With
   * {@code --filter-ab} before the files, instead alternates parsers with and without the subtree filter on
   * the file's bytes held in memory and prints the best and warm median of each.
   */
  public static void main(String[] args) throws IOException {
    int repeat = 3;
    int first = 0;
    if (args.length > 1 && args[0].equals("--repeat")) {
      repeat = Integer.parseInt(args[1]);
      first = 2;
    }
    if (first < args.length && args[first].equals("--filter-ab")) {
      filterAb(repeat, Arrays.copyOfRange(args, first + 1, args.length));
      return;
    }
    for (int f = first; f < args.length; f++) {
      Path path = Path.of(args[f]);
      long bytes = Files.size(path);
      double[] seconds = new double[repeat];
      long cpuAtHalf = 0;
      com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean)
          java.lang.management.ManagementFactory.getOperatingSystemMXBean();
      ParseResult<Calculation> last = null;
      VasprunParser parser = new VasprunParser();
      for (int r = 0; r < repeat; r++) {
        if (r == repeat / 2) {
          cpuAtHalf = os.getProcessCpuTime();
        }
        long t0 = System.nanoTime();
        try (InputStream in = new BufferedInputStream(Files.newInputStream(path), 1 << 16)) {
          last = parser.parse(new SourceFile(path.toUri().toString(), bytes), in);
        }
        seconds[r] = (System.nanoTime() - t0) / 1e9;
      }
      double first1 = seconds[0];
      double total = Arrays.stream(seconds).sum();
      // The second half of the run: the JIT has compiled the parser by then.
      double[] warm = Arrays.copyOfRange(seconds, repeat / 2, repeat);
      Arrays.sort(warm);
      Arrays.sort(seconds);
      // Process CPU time is only counted in clock ticks here, so it is taken over the whole
      // second half rather than per parse: a mean per warm parse.
      double cpuWarmMean = (os.getProcessCpuTime() - cpuAtHalf) / 1e9 / (repeat - repeat / 2);
      double best = seconds[0];
      double median = warm[warm.length / 2];
      Calculation calc = last.records().isEmpty() ? null : last.records().get(0);
      Runtime rt = Runtime.getRuntime();
      double mb = bytes / 1e6;
      System.out.printf(Locale.ROOT,
          "{\"file\": \"%s\", \"mb\": %.3f, \"repeat\": %d, \"first_s\": %.4f, \"best_s\": %.5f, "
              + "\"warm_median_s\": %.5f, \"mean_s\": %.5f, \"first_mb_s\": %.2f, \"best_mb_s\": %.2f, "
              + "\"warm_median_mb_s\": %.2f, \"mean_mb_s\": %.2f, \"cpu_warm_mean_mb_s\": %.2f, \"ionic_steps\": %d, \"energy\": %s, "
              + "\"rejections\": %d, \"max_heap_mb\": %d}%n",
          path, mb, repeat, first1, best, median, total / repeat, mb / first1, mb / best,
          mb / median, mb / (total / repeat), mb / cpuWarmMean, calc == null ? 0 : calc.ionicSteps().size(),
          calc == null ? "null" : calc.energyEv(), last.rejections().size(),
          rt.maxMemory() >> 20);
    }
  }

  private static void filterAb(int repeat, String[] args) throws IOException {
    for (int f = 0; f < args.length; f++) {
      Path path = Path.of(args[f]);
      byte[] bytes = Files.readAllBytes(path);
      VasprunParser[] parsers = {new VasprunParser(false), new VasprunParser(true)};
      double[][] seconds = new double[2][repeat];
      for (int r = 0; r < repeat; r++) {
        for (int p = 0; p < 2; p++) {
          long t0 = System.nanoTime();
          parsers[p].parse(new SourceFile(path.toUri().toString(), bytes.length),
              new java.io.ByteArrayInputStream(bytes));
          seconds[p][r] = (System.nanoTime() - t0) / 1e9;
        }
      }
      for (int p = 0; p < 2; p++) {
        double[] warm = Arrays.copyOfRange(seconds[p], repeat / 2, repeat);
        Arrays.sort(warm);
        double[] all = seconds[p].clone();
        Arrays.sort(all);
        double mb = bytes.length / 1e6;
        System.out.printf(Locale.ROOT, "{\"file\": \"%s\", \"filter\": %s, \"repeat\": %d, "
            + "\"best_mb_s\": %.2f, \"warm_median_mb_s\": %.2f}%n", path, p == 1, repeat,
            mb / all[0], mb / warm[warm.length / 2]);
      }
    }
  }
}
