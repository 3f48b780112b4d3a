package dev.anneal.tokenize.tokenizer.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.anneal.tokenize.tokenizer.TextTokenizer;
import dev.anneal.tokenize.tokenizer.Tokenizers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Encodes every document of a JSON Lines file (the parity corpus) with each named tokenizer on
 * the calling thread and prints MB/s of the best of N passes after warm-up passes.
 *
 * <p>Usage: {@code TokenizerBench DOCS.jsonl PASSES TOKENIZER...} where a tokenizer is a name
 * accepted by {@link Tokenizers#named(String)}.
 */
public final class TokenizerBench {

  private TokenizerBench() {
  }

  /** Runs the measurement; see the class comment for the arguments. */
  public static void main(String[] args) throws Exception {
    Path file = Path.of(args[0]);
    int passes = Integer.parseInt(args[1]);
    ObjectMapper mapper = new ObjectMapper();
    List<String> docs = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (!line.isEmpty()) {
        docs.add(mapper.readValue(line, String.class));
      }
    }
    long bytes = docs.stream().mapToLong(d -> d.getBytes(StandardCharsets.UTF_8).length).sum();
    for (int t = 2; t < args.length; t++) {
      long loadStart = System.nanoTime();
      TextTokenizer tokenizer = Tokenizers.named(args[t]);
      double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
      long tokens = 0;
      for (int warm = 0; warm < 2; warm++) {
        tokens = 0;
        for (String d : docs) {
          tokens += tokenizer.encode(d).length;
        }
      }
      double best = Double.MAX_VALUE;
      for (int p = 0; p < passes; p++) {
        long start = System.nanoTime();
        for (String d : docs) {
          tokenizer.encode(d);
        }
        best = Math.min(best, (System.nanoTime() - start) / 1e9);
      }
      System.out.printf("{\"tokenizer\":\"%s\",\"documents\":%d,\"bytes\":%d,\"tokens\":%d,"
              + "\"loadSeconds\":%.2f,\"seconds\":%.3f,\"mbPerSecond\":%.2f}%n",
          tokenizer.name(), docs.size(), bytes, tokens, loadSeconds, best, bytes / 1e6 / best);
    }
  }
}
