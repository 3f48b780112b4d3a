package dev.anneal.normalize.synthesis.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.anneal.ingest.SourceFile;
import dev.anneal.ingest.synthesis.RecipeReader;
import dev.anneal.ingest.synthesis.SynthesisRecord;
import dev.anneal.normalize.synthesis.ParagraphSynthesis;
import dev.anneal.normalize.synthesis.RecordInterpreter;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Throughput on one thread of (1) paragraph scoring and extraction, cycling through the 64
 * labeled paragraphs (half of them go on to extraction), and (2) interpreting the 2,000
 * text-mined recipes when their file is given. A main, not a test. Usage:
 * {@code SynthesisBench rounds [recipes.jsonl]}; see docs/benchmarks.md.
 */
public final class SynthesisBench {

  private SynthesisBench() {
  }

  public static void main(String[] args) throws IOException {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 6;
    List<String[]> paragraphs = new ArrayList<>();
    ObjectMapper json = new ObjectMapper();
    try (InputStream in = SynthesisBench.class.getResourceAsStream(
        "/synthesis/labeled_paragraphs.jsonl")) {
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = r.readLine()) != null) {
        JsonNode n = json.readTree(line);
        paragraphs.add(new String[] {n.path("section").asText(), n.path("text").asText()});
      }
    }
    long found = 0;
    int perRound = 20_000;
    for (int round = 0; round < rounds; round++) {
      long start = System.nanoTime();
      for (int i = 0; i < perRound; i++) {
        String[] p = paragraphs.get(i % paragraphs.size());
        found += ParagraphSynthesis.interpret("u", "d", "p", p[0], p[1], "").isPresent() ? 1 : 0;
      }
      double s = (System.nanoTime() - start) / 1e9;
      System.out.printf(Locale.ROOT, "paragraphs round %d: %,.0f paragraphs/s%s%n", round,
          perRound / s, round == 0 ? " (warm-up)" : "");
    }
    if (args.length > 1) {
      Path file = Path.of(args[1]);
      List<SynthesisRecord> records;
      try (InputStream in = Files.newInputStream(file)) {
        records = new RecipeReader().parse(new SourceFile(file.toUri().toString(),
            Files.size(file)), in).records();
      }
      for (int round = 0; round < rounds; round++) {
        long start = System.nanoTime();
        for (SynthesisRecord r : records) {
          found += RecordInterpreter.interpret(r).operations().size();
        }
        double s = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "recipes round %d: %,.0f records/s%s%n", round,
            records.size() / s, round == 0 ? " (warm-up)" : "");
      }
    }
    System.out.println("checksum " + found);
  }
}
