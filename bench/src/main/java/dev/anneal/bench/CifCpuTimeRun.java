package dev.anneal.bench;

import dev.anneal.ingest.SourceFile;
import dev.anneal.ingest.crystal.CifParser;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * A companion to {@link CifParseBenchmark} for a shared, overloaded machine: parses every CIF of
 * a directory round after round on one thread and reports files/s from the best round's thread
 * CPU time, which, unlike wall time, does not count the time other jobs hold the cores. The
 * first half of the rounds is warm-up. Usage: {@code CifCpuTimeRun DIR [ROUNDS]}.
 */
public final class CifCpuTimeRun {

  private CifCpuTimeRun() {
  }

  /** Runs the measurement and prints one line. */
  public static void main(String[] args) throws IOException {
    Path dir = Paths.get(args.length > 0 ? args[0] : "../shared/corpus/crystal/3dsc");
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 600;
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(p -> p.toString().endsWith(".cif")).sorted().toList();
    }
    byte[][] contents = new byte[files.size()][];
    SourceFile[] sources = new SourceFile[files.size()];
    for (int i = 0; i < contents.length; i++) {
      contents[i] = Files.readAllBytes(files.get(i));
      sources[i] = new SourceFile(files.get(i).toString(), contents[i].length);
    }
    CifParser parser = new CifParser();
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    long bestCpu = Long.MAX_VALUE;
    long bestWall = Long.MAX_VALUE;
    long structures = 0;
    for (int r = 0; r < rounds; r++) {
      long c0 = mx.getCurrentThreadCpuTime();
      long w0 = System.nanoTime();
      for (int i = 0; i < contents.length; i++) {
        structures += parser.parse(sources[i], contents[i]).records().size();
      }
      long cpu = mx.getCurrentThreadCpuTime() - c0;
      long wall = System.nanoTime() - w0;
      if (r >= rounds / 2) {
        bestCpu = Math.min(bestCpu, cpu);
        bestWall = Math.min(bestWall, wall);
      }
    }
    System.out.printf(Locale.ROOT,
        "%d files, best of %d rounds: %.0f files/s wall, %.0f files/s CPU (%.2f ms CPU per round;"
            + " %d structures in all)%n", files.size(), rounds - rounds / 2,
        files.size() / (bestWall / 1e9), files.size() / (bestCpu / 1e9), bestCpu / 1e6, structures);
  }
}
