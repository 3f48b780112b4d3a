package dev.anneal.ingest.simulation;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.anneal.ingest.ParseResult;
import dev.anneal.ingest.RecordParser;
import dev.anneal.ingest.SourceFile;
import dev.anneal.ingest.testing.ProjectPaths;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** The shared simulation corpus and its pymatgen/ASE reference readings, for tests. */
public final class SimulationCorpus {

  private static final Path PYTHON = Path.of("/usr/bin/python3");
  private static Map<String, Map<String, JsonNode>> peers;

  private SimulationCorpus() {
  }

  /** {@code ../shared/corpus/simulation}; skips the calling test when it is absent. */
  public static Path dir() {
    Path dir = ProjectPaths.sharedCorpus().resolve("simulation");
    assumeTrue(Files.isDirectory(dir), "simulation corpus not found at " + dir + "; skipped");
    return dir;
  }

  /** The bytes of a corpus file; skips the calling test when it is absent. */
  public static byte[] bytes(String relative) throws IOException {
    Path file = dir().resolve(relative);
    assumeTrue(Files.isRegularFile(file), relative + " not in the corpus; skipped");
    return Files.readAllBytes(file);
  }

  /** Parses {@code bytes} as the corpus file {@code relative}. */
  public static <T> ParseResult<T> parse(RecordParser<T> parser, String relative, byte[] bytes)
      throws IOException {
    return parser.parse(new SourceFile("corpus/simulation/" + relative, bytes.length),
        new ByteArrayInputStream(bytes));
  }

  /**
   * The reference readings by file then tool ({@code pymatgen}, {@code ase}), from
   * {@code scripts/peers/sim_peers.py} run once per JVM; skips when python3 with pymatgen and ASE
   * is not installed.
   */
  public static synchronized Map<String, Map<String, JsonNode>> peers() throws Exception {
    Path corpus = dir();
    if (peers == null) {
      assumeTrue(Files.isExecutable(PYTHON) && imports("import pymatgen.io.vasp, ase.io"),
          "/usr/bin/python3 with pymatgen and ase is needed for the fidelity comparison; skipped");
      Path script = ProjectPaths.root().resolve("scripts/peers/sim_peers.py");
      Process p = new ProcessBuilder(PYTHON.toString(), script.toString(), corpus.toString())
          .redirectError(ProcessBuilder.Redirect.DISCARD).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
        throw new IllegalStateException("sim_peers.py failed: " + out);
      }
      ObjectMapper json = new ObjectMapper();
      Map<String, Map<String, JsonNode>> read = new HashMap<>();
      for (String line : out.split("\n")) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode node = json.readTree(line);
        if (node.has("file")) {
          read.computeIfAbsent(node.get("file").asText(), k -> new HashMap<>())
              .put(node.get("tool").asText(), node);
        }
      }
      peers = read;
    }
    return peers;
  }

  private static boolean imports(String statement) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(PYTHON.toString(), "-c", statement)
        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
  }
}
