package dev.anneal.ingest.crystal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/** Space-group lookup by the many spellings CIFs use. */
class SpaceGroupTableTest {

  private final SpaceGroupTable table = SpaceGroupTable.standard();

  @Test
  void resolvesSpellingsToTheSameSetting() {
    assertEquals(192, table.bySymbol("F m -3 m").ops().size());
    assertEquals(225, table.bySymbol("Fm-3m").number());
    assertEquals(14, table.bySymbol("P 1 21/c 1").number());
    assertEquals(table.bySymbol("P 1 21/c 1"), table.bySymbol("P2_1/c"));
    assertEquals(36, table.bySymbol("Cmc2_1").number());
  }

  @Test
  void usesTheHexagonalSettingForRhombohedralGroupsAsGemmiDoes() {
    assertEquals("R -3 m:H", table.bySymbol("R-3m").symbol());
    assertEquals(36, table.bySymbol("R -3 m").ops().size());
    assertEquals(12, table.bySymbol("R -3 m:R").ops().size());
    assertEquals("R -3 m:H", table.byNumber(166).symbol());
  }

  @Test
  void unknownNamesAndNumbersGiveNull() {
    assertNull(table.bySymbol("Q 42"));
    assertNull(table.bySymbol("225"));
    assertNull(table.byNumber(0));
    assertNull(table.byNumber(231));
  }

  @Test
  void resourceIsWhatTheGeneratorScriptMakes() throws IOException, InterruptedException {
    Path script = CrystalCorpus.projectRoot().resolve("scripts/gen_spacegroups.py");
    Path python = Paths.get("/usr/bin/python3");
    assumeTrue(Files.isRegularFile(script) && Files.isExecutable(python),
        "scripts/gen_spacegroups.py or /usr/bin/python3 not available; skipped");
    Process probe = new ProcessBuilder(python.toString(), "-c", "import gemmi")
        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    assumeTrue(probe.waitFor(60, TimeUnit.SECONDS) && probe.exitValue() == 0,
        "gemmi is not installed; skipped");
    Process gen = new ProcessBuilder(python.toString(), script.toString())
        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    String generated = new String(gen.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(gen.waitFor(120, TimeUnit.SECONDS));
    String shipped;
    try (InputStream in = SpaceGroupTable.class.getResourceAsStream("spacegroups.tsv")) {
      shipped = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertEquals(shipped, generated, "spacegroups.tsv is stale: rerun scripts/gen_spacegroups.py");
  }
}
