package dev.anneal.jobs.notebooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.anneal.ingest.testing.ProjectPaths;
import dev.anneal.jobs.ExampleRun;
import dev.anneal.search.Searcher;
import dev.anneal.search.server.SearchServer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Executes every notebook under {@code notebooks/} headlessly with Jupyter against the shared run
 * of the example corpus and a live search server, as their users would; a failing cell fails
 * the test.
 */
class NotebooksTest {

  private static final Path NBCONVERT = Path.of("/usr/bin/jupyter-nbconvert");

  @TempDir
  static Path tmp;
  static Path out;
  static Searcher searcher;
  static SearchServer server;

  @BeforeAll
  static void runTheExampleAndServeIt() throws Exception {
    assumeTrue(Files.isExecutable(NBCONVERT), "Jupyter is missing: scripts/install-test-deps.sh "
        + "installs jupyter-nbconvert, python3-ipykernel, python3-pandas, python3-matplotlib and "
        + "python3-torch (Debian); notebooks not executed");
    out = ExampleRun.out(); // the shared clean run; the notebooks only read it
    searcher = new Searcher(out.resolve("index"));
    server = new SearchServer(searcher, "127.0.0.1", 0).start();
  }

  @AfterAll
  static void stopServer() throws Exception {
    if (server != null) {
      server.close();
    }
    if (searcher != null) {
      searcher.close();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"researcher", "training-team", "data-engineer"})
  void notebookRunsCleanly(String name) throws Exception {
    Path notebook = ProjectPaths.root().resolve("notebooks").resolve(name + ".ipynb");
    Path executed = ProjectPaths.root().resolve("jobs/target/notebooks");
    Files.createDirectories(executed);
    Path log = tmp.resolve(name + ".log");
    ProcessBuilder pb = new ProcessBuilder(NBCONVERT.toString(), "--to", "notebook", "--execute",
        "--ExecutePreprocessor.timeout=600", "--output-dir", executed.toString(),
        notebook.toString())
        .directory(notebook.getParent().toFile())
        .redirectErrorStream(true)
        .redirectOutput(log.toFile());
    pb.environment().put("ANNEAL_OUT", out.toString());
    pb.environment().put("ANNEAL_API", "http://127.0.0.1:" + server.port());
    pb.environment().put("PYDEVD_DISABLE_FILE_VALIDATION", "1");
    pb.environment().put("MPLBACKEND", "Agg");
    Process process = pb.start();
    assertTrue(process.waitFor(15, TimeUnit.MINUTES), name + " did not finish in 15 minutes");
    String output = Files.readString(log, StandardCharsets.UTF_8);
    assertEquals(0, process.exitValue(), name + ".ipynb failed:\n" + output);
    assertTrue(Files.exists(executed.resolve(name + ".ipynb")), output);
  }
}
