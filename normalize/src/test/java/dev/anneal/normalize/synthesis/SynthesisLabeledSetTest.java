package dev.anneal.normalize.synthesis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The hand-labeled set {@code synthesis/labeled_paragraphs.jsonl} (64 paragraphs written to
 * resemble experimental sections: 32 synthesis descriptions and 32 others, among them
 * characterization, DFT and results paragraphs that mention temperatures and durations). Each
 * synthesis paragraph is annotated with its targets, and the set of every process temperature
 * (K) and duration (s) it states; the labels were committed before the scorer and extractor
 * existed. Prints precision, recall and extraction accuracy, and holds them to the bar.
 */
class SynthesisLabeledSetTest {

  private record Labeled(String id, boolean synthesis, String section, String text,
                         Set<String> targets, Set<Double> temperatures, Set<Double> durations) {
  }

  private static final List<Labeled> SET = new ArrayList<>();

  @BeforeAll
  static void load() throws IOException {
    ObjectMapper json = new ObjectMapper();
    try (InputStream in = SynthesisLabeledSetTest.class.getResourceAsStream(
        "/synthesis/labeled_paragraphs.jsonl");
         BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode n = json.readTree(line);
        Set<String> targets = new TreeSet<>();
        n.path("targets").forEach(t -> targets.add(t.asText()));
        SET.add(new Labeled(n.path("id").asText(), n.path("synthesis").asBoolean(),
            n.path("section").asText(), n.path("text").asText(), targets,
            numbers(n.path("temperatures_k")), numbers(n.path("durations_s"))));
      }
    }
  }

  private static Set<Double> numbers(JsonNode list) {
    Set<Double> out = new TreeSet<>();
    list.forEach(v -> out.add(round(v.asDouble())));
    return out;
  }

  /** Two decimals: the labels' precision (0.01 K, 0.01 s); conversions are exact beyond it. */
  private static double round(double v) {
    return Math.round(v * 100) / 100.0;
  }

  private static Set<Double> rounded(Set<Double> values) {
    Set<Double> out = new TreeSet<>();
    values.forEach(v -> out.add(round(v)));
    return out;
  }

  @Test
  void theSetIsHalfSynthesisAndLargeEnough() {
    assertTrue(SET.size() >= 60, "at least 60 labeled paragraphs: " + SET.size());
    assertEquals(SET.size() / 2, SET.stream().filter(Labeled::synthesis).count());
  }

  @Test
  void synthesisDetectionPrecisionAndRecall() {
    int tp = 0;
    int fp = 0;
    int fn = 0;
    List<String> errors = new ArrayList<>();
    for (Labeled l : SET) {
      double score = ParagraphScorer.score(l.section(), l.text());
      boolean predicted = score >= ParagraphScorer.THRESHOLD;
      if (predicted && l.synthesis()) {
        tp++;
      } else if (predicted) {
        fp++;
        errors.add(String.format(Locale.ROOT, "FP %s %.2f %s", l.id(), score,
            ParagraphScorer.features(l.section(), l.text())));
      } else if (l.synthesis()) {
        fn++;
        errors.add(String.format(Locale.ROOT, "FN %s %.2f %s", l.id(), score,
            ParagraphScorer.features(l.section(), l.text())));
      }
    }
    double precision = tp / (double) (tp + fp);
    double recall = tp / (double) (tp + fn);
    System.out.printf(Locale.ROOT, "synthesis detection on %d labeled paragraphs: precision %.3f"
        + " (%d/%d), recall %.3f (%d/%d)%n", SET.size(), precision, tp, tp + fp, recall, tp,
        tp + fn);
    errors.forEach(e -> System.out.println("  " + e));
    assertTrue(precision >= 0.9, "precision " + precision + " " + errors);
    assertTrue(recall >= 0.85, "recall " + recall + " " + errors);
  }

  @Test
  void temperaturesDurationsAndTargetsOfTheAnnotatedParagraphs() {
    int tCases = 0;
    int tRight = 0;
    int dCases = 0;
    int dRight = 0;
    int targetRight = 0;
    int synthesis = 0;
    List<String> errors = new ArrayList<>();
    for (Labeled l : SET) {
      if (!l.synthesis()) {
        continue;
      }
      synthesis++;
      ParagraphExtractor.Extraction e = ParagraphExtractor.extract(l.text());
      Set<Double> temps = rounded(ParagraphExtractor.temperatures(e));
      Set<Double> durs = rounded(ParagraphExtractor.durations(e));
      if (!l.temperatures().isEmpty()) {
        tCases++;
        if (temps.equals(l.temperatures())) {
          tRight++;
        } else {
          errors.add(l.id() + " temperatures " + temps + " expected " + l.temperatures());
        }
      }
      if (!l.durations().isEmpty()) {
        dCases++;
        if (durs.equals(l.durations())) {
          dRight++;
        } else {
          errors.add(l.id() + " durations " + durs + " expected " + l.durations());
        }
      }
      if (new TreeSet<>(e.targets()).equals(l.targets())) {
        targetRight++;
      } else {
        errors.add(l.id() + " targets " + e.targets() + " expected " + l.targets());
      }
    }
    double t = tRight / (double) tCases;
    double d = dRight / (double) dCases;
    System.out.printf(Locale.ROOT, "temperatures exactly right (K, whole set per paragraph): "
        + "%.3f (%d/%d); durations (s): %.3f (%d/%d); targets: %.3f (%d/%d)%n", t, tRight,
        tCases, d, dRight, dCases, targetRight / (double) synthesis, targetRight, synthesis);
    errors.forEach(x -> System.out.println("  " + x));
    assertTrue(t >= 0.9, "temperatures " + t + " " + errors);
    assertTrue(d >= 0.9, "durations " + d + " " + errors);
  }
}
