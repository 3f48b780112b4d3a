package dev.anneal.ingest.crystal.xyz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.anneal.ingest.ParseResult;
import dev.anneal.ingest.SourceFile;
import dev.anneal.ingest.crystal.Structure;
import dev.anneal.ingest.crystal.poscar.PeerScripts;
import dev.anneal.ingest.testing.ProjectPaths;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Compares {@link ExtendedXyzParser} with ASE's extxyz reader, frame by frame, through
 * {@code scripts/peers/ase_read_xyz.py}: periodic frames must agree on reduced formula, site
 * count and cell; frames ASE reads without a cell must be rejected as {@code xyz.no_lattice}; files
 * ASE refuses must yield rejections here.
 */
class ExtendedXyzFidelityTest {

  @Test
  void agreesWithAseOnOwnFixtures() throws Exception {
    assumePeers();
    Path dir = ProjectPaths.root()
        .resolve("ingest/src/test/resources/dev/anneal/ingest/crystal/xyz");
    List<String> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.sorted().map(Path::toString).toList();
    }
    int periodicFrames = compareWithAse(files);
    assertTrue(periodicFrames >= 3, "expected the periodic fixture frames to be compared");
  }

  @Test
  void agreesWithAseOnFilesWrittenFromTheCrystalCorpus(@TempDir Path tmp) throws Exception {
    Path cifs = ProjectPaths.sharedCorpus().resolve("crystal");
    assumeTrue(Files.isDirectory(cifs), "shared corpus not found at " + cifs + "; skipped");
    assumePeers();
    PeerScripts.writeFromCorpusCifs(cifs, tmp, CORPUS_SAMPLE);
    List<String> files = PeerScripts.filesEndingWith(tmp, ".extxyz").stream()
        .map(Path::toString).toList();
    assertTrue(files.size() >= CORPUS_SAMPLE / 2, "expected extxyz files written from " + cifs);
    int periodicFrames = compareWithAse(files);
    assertEquals(files.size(), periodicFrames, "one periodic frame per file");
    System.out.println("extxyz: " + periodicFrames + " frames written from corpus CIFs agree with ASE");
  }

  /** How many real structures are rendered as extxyz for the round trip. */
  private static final int CORPUS_SAMPLE = 120;

  private static void assumePeers() throws Exception {
    assumeTrue(PeerScripts.canImport("ase.io.extxyz", "pymatgen.core"),
        "/usr/bin/python3 with ase and pymatgen is not available; skipped");
  }

  /** Compares every frame ASE reads with Anneal's reading; the number of periodic frames. */
  private static int compareWithAse(List<String> files) throws Exception {
    List<JsonNode> peer = PeerScripts.run(ProjectPaths.root()
        .resolve("scripts/peers/ase_read_xyz.py"), files);
    Map<String, ParseResult<Structure>> ours = new LinkedHashMap<>();
    int periodicFrames = 0;
    for (JsonNode expected : peer) {
      String file = expected.get("file").asText();
      ParseResult<Structure> got = ours.computeIfAbsent(file, ExtendedXyzFidelityTest::parse);
      if (expected.has("error")) {
        assertFalse(got.rejections().isEmpty(), file + ": ASE refuses it ("
            + expected.get("error").asText() + ") but Anneal rejected nothing");
        continue;
      }
      String frame = expected.get("frame").asText();
      if (expected.get("periodic").asBoolean()) {
        periodicFrames++;
        Structure s = got.records().stream().filter(r -> r.blockName().equals(frame))
            .findFirst().orElse(null);
        assertTrue(s != null, file + " frame " + frame + ": ASE read it, Anneal did not: "
            + got.rejections());
        assertNull(PeerScripts.compare(expected, s), file + " frame " + frame);
      } else {
        assertTrue(got.rejections().stream().anyMatch(r -> r.reason().equals("xyz.no_lattice")
                && r.message().startsWith("frame " + frame + ":")),
            file + " frame " + frame + " has no cell in ASE; expected xyz.no_lattice");
      }
    }
    assertEquals(files.size(), ours.size(), "every file was compared");
    return periodicFrames;
  }

  private static ParseResult<Structure> parse(String file) {
    try (InputStream in = Files.newInputStream(Path.of(file))) {
      return new ExtendedXyzParser().parse(new SourceFile(file, Files.size(Path.of(file))), in);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
