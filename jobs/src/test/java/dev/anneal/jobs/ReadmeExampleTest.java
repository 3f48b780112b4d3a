package dev.anneal.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.anneal.ingest.testing.ProjectPaths;
import dev.anneal.jobs.cli.AnnealCommand;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's example output (the block after "The run prints one line per stage") against a
 * real run of {@code examples/corpus}: every stage line's counts and rejection reasons, timings
 * aside. The shared {@link ExampleRun} packs at 512 tokens, so the tokenize line is checked by
 * re-running the tokenize stage alone, at the default sequence length, on a copy of its output.
 */
class ReadmeExampleTest {

  private static final Pattern STAGE_LINE =
      Pattern.compile("\\[anneal\\] (\\w+) done in [0-9.]+ s: (.*)");

  @TempDir
  Path tmp;

  @Test
  void theReadmeShowsWhatTheExampleRunReports() throws IOException {
    List<String> expected = new ArrayList<>();
    List<String> shown = new ArrayList<>();
    Map<String, String> readme = readmeLines();
    for (JsonNode stage : runJson(ExampleRun.out()).get("stages")) {
      String name = stage.get("stage").asText();
      String summary = name.equals("tokenize") ? defaultTokenize() : summary(stage);
      expected.add(name + ": " + summary);
      shown.add(name + ": " + readme.getOrDefault(name, "(no line)"));
    }
    assertEquals(String.join("\n", expected), String.join("\n", shown),
        "README.md's example output and a real run of examples/corpus disagree; expected lines:\n"
            + String.join("\n", expected));
    assertEquals(expected.size(), readme.size(), "the README shows a stage the run does not have");
  }

  /** The tokenize line of a default configuration, from the stage run alone on a copy. */
  private String defaultTokenize() throws IOException {
    Path copy = tmp.resolve("out");
    Path from = ExampleRun.out();
    try (Stream<Path> files = Files.walk(from)) {
      for (Path p : (Iterable<Path>) files::iterator) {
        Path to = copy.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(to);
        } else {
          Files.copy(p, to);
        }
      }
    }
    assertEquals(0, AnnealCommand.commandLine().execute("tokenize", "--out", copy.toString(),
        "--quiet"), "anneal tokenize on the copy");
    return summary(runJson(copy).get("stages").get(0));
  }

  /** What Pipeline prints after "done in N s: ": counts in order, then the reasons sorted. */
  private static String summary(JsonNode stage) {
    StringBuilder out = new StringBuilder();
    for (Iterator<Map.Entry<String, JsonNode>> it = stage.get("counts").fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      out.append(out.length() > 0 ? ", " : "").append(e.getValue().asLong()).append(' ')
          .append(e.getKey());
    }
    Map<String, Long> reasons = new TreeMap<>();
    stage.path("reasons").fields().forEachRemaining(e -> reasons.put(e.getKey(), e.getValue().asLong()));
    if (!reasons.isEmpty()) {
      out.append("; rejected by reason ").append(reasons);
    }
    return out.toString();
  }

  private static JsonNode runJson(Path out) throws IOException {
    return new ObjectMapper().readTree(out.resolve("reports/run.json").toFile());
  }

  /** Stage name to the text after "done in N s: " in the README's example block. */
  private static Map<String, String> readmeLines() throws IOException {
    String text = Files.readString(ProjectPaths.root().resolve("README.md"));
    int intro = text.indexOf("The run prints one");
    int open = text.indexOf("```", intro);
    int close = text.indexOf("```", open + 3);
    assertTrue(intro >= 0 && open >= 0 && close > open,
        "README.md has the example output block");
    Map<String, String> lines = new LinkedHashMap<>();
    for (String line : text.substring(open + 3, close).split("\n")) {
      Matcher m = STAGE_LINE.matcher(line.strip());
      if (m.matches()) {
        lines.put(m.group(1), m.group(2));
      }
    }
    return lines;
  }
}
