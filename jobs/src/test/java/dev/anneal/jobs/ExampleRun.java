package dev.anneal.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.anneal.ingest.testing.LocalSpark;
import dev.anneal.ingest.testing.ProjectPaths;
import dev.anneal.jobs.cli.AnnealCommand;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One uninterrupted {@code anneal run} on {@code examples/corpus}, made once per test JVM and
 * shared read-only by the tests that compare against it or look at its report.
 *
 * <p>How tests share runs: surefire runs every test class of the module in one JVM (one fork,
 * reused), so a run held in a static field and made on first use is made once per
 * {@code mvn verify}, whichever class asks first. A test that only reads the example run calls
 * {@link #out()} from its {@code @BeforeAll}; one that must write copies the output first (as
 * {@code DossierEndToEndTest} does). A test that needs another input adds a holder like this one,
 * shared by every class that reads that input, rather than a run of its own per class.
 */
public final class ExampleRun {

  private static Path out;

  private ExampleRun() {
  }

  /** The arguments of the example run writing {@code dir}, plus {@code extra}. */
  public static String[] args(Path dir, String... extra) {
    List<String> args = new ArrayList<>(List.of("run", "--input",
        ProjectPaths.exampleCorpus().toString(), "--out", dir.toString(), "--quiet",
        "--conf", "tokenize.seq_len=512"));
    args.addAll(List.of(extra));
    return args.toArray(String[]::new);
  }

  /** The output directory of the clean run (made on first use; do not write to it). */
  public static synchronized Path out() {
    if (out == null) {
      LocalSpark.get();
      try {
        Path dir = Files.createTempDirectory("anneal-example-run").resolve("out");
        assertEquals(0, AnnealCommand.commandLine().execute(args(dir)), "the clean example run");
        out = dir;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return out;
  }
}
