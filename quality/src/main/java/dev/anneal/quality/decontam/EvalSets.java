package dev.anneal.quality.decontam;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads an evaluation set file into its items: JSON Lines (the string fields {@code question},
 * {@code prompt}, {@code problem}, {@code text}, {@code context}, {@code answer} and
 * {@code choices} of each line), or plain text with one item per blank-line-separated block.
 */
public final class EvalSets {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> FIELDS = List.of("question", "prompt", "problem", "text",
      "context", "answer", "choices");

  private EvalSets() {
  }

  /** The items of {@code file}; a missing file is a configuration error. */
  public static List<String> read(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException("evaluation set not found: " + file);
    }
    try {
      String content = Files.readString(file, StandardCharsets.UTF_8);
      List<String> items = new ArrayList<>();
      String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
      if (name.endsWith(".jsonl") || name.endsWith(".json")) {
        for (String line : content.split("\n")) {
          if (line.isBlank()) {
            continue;
          }
          JsonNode node = JSON.readTree(line);
          for (String f : FIELDS) {
            JsonNode v = node.get(f);
            if (v != null && v.isTextual() && !v.asText().isBlank()) {
              items.add(v.asText());
            } else if (v != null && v.isArray()) {
              v.forEach(x -> items.add(x.asText()));
            }
          }
        }
      } else {
        for (String block : content.split("\n\\s*\n")) {
          if (!block.isBlank()) {
            items.add(block.strip());
          }
        }
      }
      return items;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read evaluation set " + file, e);
    }
  }
}
