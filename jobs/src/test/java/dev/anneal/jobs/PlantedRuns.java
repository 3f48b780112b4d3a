package dev.anneal.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.anneal.ingest.testing.LocalSpark;
import dev.anneal.ingest.testing.ProjectPaths;
import dev.anneal.jobs.cli.AnnealCommand;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@code examples/corpus} with planted trouble, run once per test JVM from two folders of
 * different depth into two OUTs, and shared read-only by the tests that look at it:
 * {@link IdentityEndToEndTest} (same ids and bytes from either folder; duplicates named) and
 * {@code QualityRunsTest} (planted benchmark questions removed, duplicates found, then a shrunk
 * re-run on copies). One pair of runs serves both instead of two runs each.
 *
 * <p>Planted: a byte copy of a paper and of a CIF under other names; a preprint of another paper
 * (the same text under another title); a paper quoting two questions of the {@code materials-qa}
 * benchmark, which the configuration names as a decontamination set.
 */
public final class PlantedRuns {

  /** A paper of the example corpus and its byte copy under another name. */
  public static final String PAPER = "papers/ybco_solid_state_synthesis.md";
  public static final String PAPER_COPY = "papers/ybco_solid_state_synthesis (copy).md";
  /** A CIF of the example corpus and its byte copy under another name. */
  public static final String CIF = "structures/NaCl_halite.cif";
  public static final String CIF_COPY = "structures/NaCl_halite_copy.cif";
  /** The paper whose preprint (same text, title marked "(preprint)") is planted. */
  public static final String PREPRINTED = "papers/mgb2_reaction_sintering.md";
  public static final String PREPRINT = "papers/mgb2_reaction_sintering_preprint.md";
  /** Two benchmark questions, quoted by the planted {@code papers/leaked_quiz.md}. */
  public static final String QUESTION_1 = "Which compound becomes superconducting at 39 K and "
      + "crystallizes in the hexagonal AlB2 structure with boron honeycomb layers?";
  public static final String QUESTION_2 = "What is the space group number of rutile titanium "
      + "dioxide and how many formula units does its conventional cell contain?";

  /**
   * The two runs: the same planted input in two folders, each run into its own OUT with the
   * same configuration file. Do not write to any of these paths; copy them first.
   */
  public record Runs(Path inputOne, Path outOne, Path inputTwo, Path outTwo, Path config) {
  }

  private static Runs runs;

  private PlantedRuns() {
  }

  /** The arguments of a planted run of {@code input} into {@code out}, plus {@code extra}. */
  public static String[] args(Path input, Path out, Path config, String... extra) {
    List<String> args = new java.util.ArrayList<>(List.of("run", "--input", input.toString(),
        "--out", out.toString(), "--quiet", "--config", config.toString(),
        "--conf", "tokenize.seq_len=512"));
    args.addAll(List.of(extra));
    return args.toArray(String[]::new);
  }

  /** The two runs (made on first use, both asserted to exit 0). */
  public static synchronized Runs get() {
    if (runs == null) {
      LocalSpark.get();
      try {
        Path root = Files.createTempDirectory("anneal-planted-runs");
        Path eval = root.resolve("materials_qa.jsonl");
        Files.writeString(eval, "{\"question\": \"" + QUESTION_1 + "\", \"answer\": \"MgB2\"}\n"
            + "{\"question\": \"" + QUESTION_2 + "\", \"answer\": \"136; 2\"}\n");
        Path config = root.resolve("config.yaml");
        Files.writeString(config, "quality:\n  decontamination:\n    benchmarks:\n"
            + "      materials-qa: " + eval + "\n");
        Path inputOne = root.resolve("clone-one/corpus");
        Path inputTwo = root.resolve("somewhere/else/clone-two/input");
        for (Path input : List.of(inputOne, inputTwo)) {
          plant(input);
        }
        Path outOne = root.resolve("out-one");
        Path outTwo = root.resolve("other/out-two");
        assertEquals(0, AnnealCommand.commandLine().execute(args(inputOne, outOne, config)),
            "the planted run from the first folder");
        assertEquals(0, AnnealCommand.commandLine().execute(args(inputTwo, outTwo, config)),
            "the planted run from the second folder");
        runs = new Runs(inputOne, outOne, inputTwo, outTwo, config);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return runs;
  }

  private static void plant(Path input) throws IOException {
    copyTree(ProjectPaths.exampleCorpus(), input);
    Files.copy(input.resolve(PAPER), input.resolve(PAPER_COPY));
    Files.copy(input.resolve(CIF), input.resolve(CIF_COPY));
    Files.writeString(input.resolve(PREPRINT), Files.readString(input.resolve(PREPRINTED))
        .replaceFirst("title: (.*)", "title: $1 (preprint)"));
    Files.writeString(input.resolve("papers/leaked_quiz.md"), "---\ntitle: Study notes\n---\n\n"
        + "# Study notes\n\nWe revised these questions before the exam. " + QUESTION_1
        + " The answer is magnesium diboride.\n\nA second item: " + QUESTION_2
        + " It is 136 with two formula units.\n");
  }

  /** Copies the folder {@code from} to {@code to} (which must not exist yet). */
  public static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> paths = Files.walk(from)) {
      for (Path p : paths.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
  }
}
