package dev.anneal.normalize.gold;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.anneal.ingest.testing.ProjectPaths;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The project's gold set ({@code gold/paragraphs.jsonl}, guide in {@code gold/README.md}): real
 * paragraphs referred to by file, index and text hash, each annotated by hand with whether it
 * describes a synthesis and, if so, its targets, precursors and operations.
 */
public final class GoldSet {

  /**
   * One annotated operation.
   *
   * @param temperaturesK its temperatures in K
   * @param durationsS    its durations in s
   * @param atmosphere    its canonical atmosphere, or ""
   */
  public record Op(List<Double> temperaturesK, List<Double> durationsS, String atmosphere) {
  }

  /**
   * One annotated paragraph with its text.
   *
   * @param id         stable id
   * @param file       source file below the shared corpus
   * @param kind       synthesis, characterization, device, safety, background, acknowledgement
   * @param synthesis  whether it describes a synthesis
   * @param fragment   whether the source only gives a truncated fragment (the recipe set)
   * @param cue        false for a fragment whose visible text states no making (README: "Cues")
   * @param section    section heading as the reader gives it
   * @param text       the paragraph
   * @param targets    products as a chemist writes them
   * @param precursors starting materials with a formula (elements included)
   * @param operations operations with a stated temperature, duration or atmosphere
   */
  public record Entry(String id, String file, String kind, boolean synthesis, boolean fragment,
                      boolean cue, String section, String text, List<String> targets,
                      List<String> precursors, List<Op> operations) {
  }

  /**
   * The loaded set.
   *
   * @param entries the entries whose text was found unchanged
   * @param missing messages for entries whose source was absent or changed
   */
  public record Loaded(List<Entry> entries, List<String> missing) {
  }

  private GoldSet() {
  }

  /** The gold file in the repository. */
  public static Path file() {
    return ProjectPaths.root().resolve("gold/paragraphs.jsonl");
  }

  /** Loads {@code gold} and reads each entry's text from {@code sources}. */
  public static Loaded load(Path gold, GoldSources sources) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<Entry> out = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(gold, StandardCharsets.UTF_8)) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode n = json.readTree(line);
        JsonNode src = n.path("source");
        String file = src.path("file").asText();
        int index = src.path("index").asInt();
        GoldSources.Source found = null;
        for (GoldSources.Source s : sources.paragraphs(file)) {
          if (s.index() == index) {
            found = s;
          }
        }
        if (found == null || !found.hash().equals(src.path("sha256_16").asText())) {
          missing.add(n.path("id").asText() + ": " + file + "#" + index
              + (found == null ? " not found" : " text changed (hash " + found.hash() + ")"));
          continue;
        }
        List<Op> ops = new ArrayList<>();
        for (JsonNode o : n.path("operations")) {
          ops.add(new Op(numbers(o.path("temperatures_k")), numbers(o.path("durations_s")),
              o.path("atmosphere").asText("")));
        }
        out.add(new Entry(n.path("id").asText(), file, n.path("kind").asText(),
            n.path("synthesis").asBoolean(), n.path("fragment").asBoolean(),
            n.path("cue").asBoolean(true), found.section(),
            found.text(), strings(n.path("targets")), strings(n.path("precursors")), ops));
      }
    }
    return new Loaded(out, missing);
  }

  private static List<Double> numbers(JsonNode a) {
    List<Double> out = new ArrayList<>();
    a.forEach(v -> out.add(v.asDouble()));
    return out;
  }

  private static List<String> strings(JsonNode a) {
    List<String> out = new ArrayList<>();
    a.forEach(v -> out.add(v.asText()));
    return out;
  }
}
