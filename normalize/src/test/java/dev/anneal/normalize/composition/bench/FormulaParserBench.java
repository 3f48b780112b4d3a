package dev.anneal.normalize.composition.bench;

import dev.anneal.normalize.composition.FormulaParser;
import dev.anneal.normalize.composition.FormulaResult;
import dev.anneal.normalize.composition.Variables;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Throughput of {@link FormulaParser} on one thread, cycling through the golden formulas (good
 * and bad alike, as a corpus has both). A main, not a test: timings are no assertion. Usage:
 * {@code FormulaParserBench [rows] [rounds]}; see docs/benchmarks.md.
 */
public final class FormulaParserBench {

  private FormulaParserBench() {
  }

  public static void main(String[] args) throws IOException {
    int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    List<String> inputs = new ArrayList<>();
    List<Variables> vars = new ArrayList<>();
    try (InputStream in = FormulaParserBench.class.getResourceAsStream(
        "/dev/anneal/normalize/composition/formulas.tsv")) {
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = r.readLine()) != null) {
        if (line.startsWith("#") || line.isBlank()) {
          continue;
        }
        String[] f = line.split("\t", -1);
        inputs.add(f[0].equals("<empty>") || f[0].equals("<spaces>") ? "" : f[0]);
        vars.add(f[1].equals("-") ? Variables.NONE : Variables.parse(f[1].split(",")));
      }
    }
    int n = inputs.size();
    System.out.printf(Locale.ROOT, "%d distinct formulas, %d rows per round, %d rounds (first is warm-up)%n",
        n, rows, rounds);
    long parsed = 0;
    for (int round = 0; round < rounds; round++) {
      long start = System.nanoTime();
      long ok = 0;
      for (int i = 0; i < rows; i++) {
        int k = i % n;
        FormulaResult result = FormulaParser.parse(inputs.get(k), vars.get(k));
        if (result instanceof FormulaResult.Parsed p) {
          ok += p.composition().amounts().size();
        }
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      parsed += ok;
      System.out.printf(Locale.ROOT, "round %d: %.3f s, %,.0f rows/s%s%n", round, seconds,
          rows / seconds, round == 0 ? " (warm-up)" : "");
    }
    System.out.println("checksum " + parsed);
  }
}
