package dev.anneal.ingest.crystal.poscar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.anneal.ingest.ParseResult;
import dev.anneal.ingest.SourceFile;
import dev.anneal.ingest.crystal.Structure;
import dev.anneal.ingest.testing.ProjectPaths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Compares {@link PoscarParser} with pymatgen's {@code Poscar} (and, for VASP 4 files whose
 * species pymatgen can only invent, ASE's {@code read_vasp}) side by side, through
 * {@code scripts/peers/pymatgen_poscar.py}: the real POSCARs of the shared corpus and this
 * package's fixtures must give the same reduced formula, site count and cell, and files the peers
 * refuse must be rejected here too.
 */
class PoscarFidelityTest {

  /**
   * Fixtures where Anneal deliberately differs from the Debian pymatgen 2022.11 peer, each with
   * the reason. The test fails if a listed file starts to agree, so the list cannot go stale.
   */
  private static final Map<String, String> KNOWN_DIFFERENCES = Map.of(
      "flat_lattice.POSCAR", "pymatgen builds a structure on a lattice of zero volume;"
          + " Anneal rejects it (poscar.bad_lattice)",
      "unknown_element.POSCAR", "pymatgen makes a dummy species 'Xx';"
          + " Anneal rejects it (poscar.unknown_element)",
      "vasp6_potcar_suffixes.POSCAR", "pymatgen 2022.11 fails on VASP 6 species such as"
          + " Fe_pv/hash; Anneal strips the POTCAR suffix as VASP 6 does",
      "vasp6_three_scale_factors.POSCAR", "pymatgen 2022.11 reads one scale factor only;"
          + " VASP 6 allows three, one per Cartesian axis");

  @Test
  void agreesOnTheSharedCorpus() throws Exception {
    Path dir = ProjectPaths.sharedCorpus().resolve("simulation/vasp");
    assumeTrue(Files.isDirectory(dir), "shared corpus not found at " + dir + "; skipped");
    assumePeers();
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(p -> p.getFileName().toString().startsWith("POSCAR")).sorted().toList();
    }
    assertTrue(files.size() >= 3, "expected the corpus POSCARs in " + dir);
    Report r = compare(files, "corpus");
    assertEquals(files.size(), r.compared, r.text());
    assertEquals(r.compared, r.agreed, r.text());
  }

  /** How many real structures are rendered as POSCARs for the round trip. */
  static final int CORPUS_SAMPLE = 120;

  @Test
  void agreesOnPoscarsWrittenFromTheCrystalCorpus(@TempDir Path tmp) throws Exception {
    Path cifs = ProjectPaths.sharedCorpus().resolve("crystal");
    assumeTrue(Files.isDirectory(cifs), "shared corpus not found at " + cifs + "; skipped");
    assumePeers();
    PeerScripts.writeFromCorpusCifs(cifs, tmp, CORPUS_SAMPLE);
    List<Path> files = PeerScripts.filesEndingWith(tmp, ".POSCAR");
    assertTrue(files.size() >= CORPUS_SAMPLE / 2, "expected POSCARs written from " + cifs);
    Report r = compare(files, "from-cifs");
    assertEquals(r.compared, r.agreed, r.text());
  }

  @Test
  void agreesOnOwnFixtures() throws Exception {
    assumePeers();
    Path dir = ProjectPaths.root()
        .resolve("ingest/src/test/resources/dev/anneal/ingest/crystal/poscar");
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.sorted().toList();
    }
    Report r = compare(files, "fixtures");
    for (String f : r.disagreements.keySet()) {
      assertTrue(KNOWN_DIFFERENCES.containsKey(f), "unexplained disagreement:\n" + r.text());
    }
    for (String f : KNOWN_DIFFERENCES.keySet()) {
      assertTrue(r.disagreements.containsKey(f), f + " is listed as a known difference but agrees");
    }
    assertEquals(files.size() - KNOWN_DIFFERENCES.size(), r.agreed, r.text());
  }

  private static void assumePeers() throws IOException, InterruptedException {
    assumeTrue(PeerScripts.canImport("pymatgen.io.vasp", "ase.io.vasp"),
        "/usr/bin/python3 with pymatgen and ase is not available; skipped");
  }

  /** What the comparison found, per file name. */
  private record Report(int compared, int agreed, Map<String, String> disagreements) {
    String text() {
      StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
          "compared %d POSCARs with pymatgen/ASE; %d agree%n", compared, agreed));
      disagreements.forEach((f, d) -> out.append("  ").append(f).append(": ").append(d)
          .append(KNOWN_DIFFERENCES.containsKey(f) ? "  [known: " + KNOWN_DIFFERENCES.get(f) + "]"
              : "  [UNEXPLAINED]").append('\n'));
      return out.toString();
    }
  }

  private static Report compare(List<Path> files, String what) throws Exception {
    Path script = ProjectPaths.root().resolve("scripts/peers/pymatgen_poscar.py");
    List<String> args = new ArrayList<>();
    files.forEach(f -> args.add(f.toString()));
    List<JsonNode> peer = PeerScripts.run(script, args);
    assertEquals(files.size(), peer.size(), "one peer line per file");
    int agreed = 0;
    Map<String, String> disagreements = new TreeMap<>();
    for (JsonNode expected : peer) {
      Path file = Path.of(expected.get("file").asText());
      ParseResult<Structure> got = new PoscarParser().parse(
          new SourceFile(file.toString(), Files.size(file)), Files.readAllBytes(file));
      String diff = diff(expected, got);
      if (diff == null) {
        agreed++;
      } else {
        disagreements.put(file.getFileName().toString(), diff);
      }
    }
    Report report = new Report(files.size(), agreed, disagreements);
    System.out.print(report.text());
    Path out = Path.of("target", "poscar-fidelity-" + what + ".txt");
    Files.createDirectories(out.getParent());
    Files.writeString(out, report.text());
    return report;
  }

  /** Null when Anneal's result matches the peer's line, else what differs. */
  private static String diff(JsonNode expected, ParseResult<Structure> got) {
    if (expected.has("error")) {
      if (!got.records().isEmpty()) {
        return "the peer refused it (" + expected.get("error").asText() + ") but Anneal read it";
      }
      if (expected.path("pymatgen_guessed").asBoolean()
          && !got.rejections().get(0).reason().equals("poscar.no_species")) {
        return "no peer could name the species, but Anneal rejected it as "
            + got.rejections().get(0).reason();
      }
      return null;
    }
    if (got.records().size() != 1) {
      return "the peer read it, Anneal rejected it: " + got.rejections();
    }
    return PeerScripts.compare(expected, got.records().get(0));
  }
}
