package dev.anneal.ingest.crystal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.anneal.ingest.ParseResult;
import dev.anneal.ingest.Rejection;
import dev.anneal.ingest.SourceFile;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Runs {@link CifParser} over cod-tools' CIF test suite, which is mostly broken on purpose:
 * every file must either give structures or be quarantined with a specific reason and a line,
 * and nothing may throw.
 */
class CifBrokenInputTest {

  private static final Pattern REASON = Pattern.compile("cif\\.[a-z0-9_]+");
  private static final Pattern LINE = Pattern.compile("line [1-9][0-9]*");

  @Test
  void everyCodToolsFileParsesOrIsQuarantinedWithReasonAndLine() throws Exception {
    Path dir = CrystalCorpus.dir().resolve("cod-tools");
    assumeTrue(Files.isDirectory(dir), "cod-tools corpus not found at " + dir + "; skipped");
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(p -> p.toString().endsWith(".cif")).sorted().toList();
    }
    assertEquals(136, files.size(), "the cod-tools suite has 136 files");

    CifParser parser = new CifParser();
    Map<String, Integer> outcomes = new TreeMap<>();
    StringBuilder detail = new StringBuilder();
    for (Path file : files) {
      ParseResult<Structure> result;
      try (InputStream in = Files.newInputStream(file)) {
        result = parser.parse(new SourceFile(file.toString(), Files.size(file)), in);
      }
      assertFalse(result.records().isEmpty() && result.records().stream()
          .anyMatch(s -> s.sites().isEmpty()), file + ": a structure without sites");
      assertFalse(result.records().isEmpty() && result.rejections().isEmpty(),
          file + ": neither a structure nor a rejection");
      for (Rejection r : result.rejections()) {
        assertTrue(REASON.matcher(r.reason()).matches(), file + ": reason " + r.reason());
        assertTrue(!r.reason().equals("cif.internal_error"), file + ": " + r.message());
        assertTrue(LINE.matcher(r.location()).matches(), file + ": location '" + r.location()
            + "' for " + r.reason());
        outcomes.merge(r.reason(), 1, Integer::sum);
      }
      if (!result.records().isEmpty()) {
        outcomes.merge(result.rejections().isEmpty() ? "parsed" : "parsed (partly)", 1,
            Integer::sum);
      }
      detail.append(file.getFileName()).append(": ").append(result.records().size())
          .append(" structures; ").append(result.rejections().stream()
              .map(r -> r.reason() + " @" + r.location()).collect(Collectors.joining(", ")))
          .append('\n');
    }
    String report = "outcomes over " + files.size() + " files: " + outcomes + "\n" + detail;
    System.out.print(report);
    Path out = Paths.get("target", "cif-cod-tools.txt");
    Files.createDirectories(out.getParent());
    Files.writeString(out, report);
    assertTrue(outcomes.getOrDefault("parsed", 0) >= 12, "the 12 sound COD entries parse");
  }
}
