package dev.anneal.ingest.crystal.poscar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.anneal.ingest.crystal.Lattice;
import dev.anneal.ingest.crystal.Structure;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the Python reference readers in {@code scripts/peers/} (pymatgen, ASE) for the fidelity
 * tests of the POSCAR and extended XYZ readers, and compares a structure with a peer's line.
 */
public final class PeerScripts {

  /** The interpreter the Debian {@code python3-pymatgen} and {@code python3-ase} packages serve. */
  public static final Path PYTHON = Path.of("/usr/bin/python3");

  private PeerScripts() {
  }

  /** Whether {@code /usr/bin/python3} runs and can import every module named. */
  public static boolean canImport(String... modules) throws IOException, InterruptedException {
    if (!Files.isExecutable(PYTHON)) {
      return false;
    }
    Process p = new ProcessBuilder(PYTHON.toString(), "-c", "import " + String.join(", ", modules))
        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    return p.waitFor(120, TimeUnit.SECONDS) && p.exitValue() == 0;
  }

  /** Runs {@code script} with {@code args}; its JSON Lines output, one node per line. */
  public static List<JsonNode> run(Path script, List<String> args)
      throws IOException, InterruptedException {
    Path out = Files.createTempFile("peer", ".jsonl");
    try {
      List<String> command = new ArrayList<>(List.of(PYTHON.toString(), script.toString()));
      command.addAll(args);
      Process p = new ProcessBuilder(command).redirectOutput(out.toFile())
          .redirectError(ProcessBuilder.Redirect.DISCARD).start();
      assertTrue(p.waitFor(20, TimeUnit.MINUTES), script + " timed out");
      assertEquals(0, p.exitValue(), script + " failed");
      ObjectMapper json = new ObjectMapper();
      List<JsonNode> lines = new ArrayList<>();
      for (String line : Files.readAllLines(out, StandardCharsets.UTF_8)) {
        lines.add(json.readTree(line));
      }
      return lines;
    } finally {
      Files.deleteIfExists(out);
    }
  }

  /**
   * Writes POSCAR and extxyz renderings of up to {@code limit} ordered structures of the shared
   * crystal corpus into {@code outDir} (see {@code scripts/peers/poscar_xyz_from_cifs.py}).
   */
  public static void writeFromCorpusCifs(Path cifDir, Path outDir, int limit)
      throws IOException, InterruptedException {
    run(dev.anneal.ingest.testing.ProjectPaths.root()
        .resolve("scripts/peers/poscar_xyz_from_cifs.py"),
        List.of(cifDir.toString(), outDir.toString(), Integer.toString(limit)));
  }

  /** The files in {@code dir} whose names end with {@code suffix}, sorted. */
  public static List<Path> filesEndingWith(Path dir, String suffix) throws IOException {
    try (java.util.stream.Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
    }
  }

  /**
   * Null when {@code s} has the peer's reduced formula, site count and cell (lengths within
   * 1e-4 Å, angles within 1e-3°), else what differs.
   */
  public static String compare(JsonNode peer, Structure s) {
    String formula = s.composition().reducedFormula();
    if (!formula.equals(peer.get("formula").asText())) {
      return "formula " + formula + " vs peer " + peer.get("formula").asText();
    }
    if (s.nsites() != peer.get("nsites").asInt()) {
      return "nsites " + s.nsites() + " vs peer " + peer.get("nsites").asInt();
    }
    Lattice l = s.lattice();
    double[] mine = {l.a(), l.b(), l.c(), l.alpha(), l.beta(), l.gamma()};
    String[] keys = {"a", "b", "c", "alpha", "beta", "gamma"};
    for (int k = 0; k < 6; k++) {
      double tol = k < 3 ? 1e-4 : 1e-3;
      if (!(Math.abs(mine[k] - peer.get(keys[k]).asDouble()) <= tol)) {
        return keys[k] + " " + mine[k] + " vs peer " + peer.get(keys[k]).asDouble();
      }
    }
    return null;
  }
}
