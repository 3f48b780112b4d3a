package dev.anneal.jobs.resume;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.anneal.ingest.testing.LocalSpark;
import dev.anneal.jobs.ExampleRun;
import dev.anneal.jobs.cli.AnnealCommand;
import dev.anneal.jobs.stage.Pipeline;
import dev.anneal.jobs.stage.Stage;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run killed (SIGKILL) in the middle of a stage, in its own JVM, then resumed: the result
 * equals a clean run's table for table and shard for shard, the stages that had committed are
 * skipped, and nothing of the killed stage was visible in OUT meanwhile.
 */
class KillAndResumeTest {

  @TempDir
  static Path tmp;
  static SparkSession spark;
  static Path clean;
  static Path resumed;
  static String childLog;

  private static String[] runArgs(Path out, String... extra) {
    return ExampleRun.args(out, extra);
  }

  @BeforeAll
  static void killOneRunMidStageThenResumeIt() throws Exception {
    spark = LocalSpark.get();
    resumed = tmp.resolve("resumed");
    // The killed run: bin/anneal's command in a JVM of its own, killed once normalize has
    // started writing its first table into its staging folder.
    List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin",
        "java").toString(), "-Xmx1g"));
    for (String arg : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
      if (arg.startsWith("--add-opens") || arg.startsWith("-Djdk.reflect")) {
        cmd.add(arg);
      }
    }
    cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), "dev.anneal.jobs.Main"));
    cmd.addAll(List.of(runArgs(resumed, "--master", "local[2]")));
    Path log = tmp.resolve("killed-run.log");
    Process child = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile())
        .start();
    Path trigger = resumed.resolve("_stages/staging/normalize/raw");
    CompletableFuture<Boolean> killedMidStage = CompletableFuture.supplyAsync(() -> {
      // Generous: a shared, loaded machine can take many minutes to reach normalize.
      long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(40);
      try {
        while (!Files.exists(trigger) && child.isAlive() && System.nanoTime() < deadline) {
          Thread.sleep(20);
        }
        boolean killed = child.isAlive() && Files.exists(trigger);
        child.destroyForcibly();
        child.waitFor(60, TimeUnit.SECONDS);
        return killed;
      } catch (InterruptedException e) {
        child.destroyForcibly();
        Thread.currentThread().interrupt();
        return false;
      }
    });
    // The clean run meanwhile, in this JVM (the two share the machine's cores).
    clean = ExampleRun.out();
    boolean killed = killedMidStage.get(41, TimeUnit.MINUTES);
    childLog = Files.readString(log);
    assertTrue(killed, "the child run reached normalize's staging and was killed there;"
        + " its log:\n" + childLog);
  }

  private static JsonNode runReport(Path out) throws IOException {
    return new ObjectMapper().readTree(out.resolve("reports/run.json").toFile());
  }

  private static Map<String, String> statuses(Path out) throws IOException {
    Map<String, String> s = new LinkedHashMap<>();
    for (JsonNode stage : runReport(out).get("stages")) {
      s.put(stage.get("stage").asText(), stage.get("status").asText());
    }
    return s;
  }

  @Test
  void killedRunLeftOnlyCommittedStagesVisibleThenResumesToTheCleanResult() throws IOException {
    // What the kill left: ingest committed, normalize neither committed nor visible.
    assertTrue(Files.exists(resumed.resolve("_stages/ingest.json")), childLog);
    assertFalse(Files.exists(resumed.resolve("_stages/normalize.json")));
    assertFalse(Files.exists(resumed.resolve("raw/synthesis")),
        "a half-written table of the killed stage is not in OUT");
    assertTrue(Files.exists(resumed.resolve("_stages/staging/normalize")));

    assertEquals(0, AnnealCommand.commandLine().execute(runArgs(resumed)));
    Map<String, String> status = statuses(resumed);
    assertEquals("skipped", status.get("ingest"), "the committed stage is not run again");
    assertEquals("ran", status.get("normalize"));
    assertFalse(Files.exists(resumed.resolve("_stages/staging")), "staging is cleared");
    assertTrue(childLog.contains("[anneal] ingest done"), childLog);
    assertFalse(childLog.contains("[anneal] normalize done"), childLog);
    for (Stage stage : Pipeline.allStages()) {
      assertTrue(Files.exists(resumed.resolve("_stages/" + stage.name() + ".json")),
          stage.name() + " committed with a manifest: it declares outputs() and reaches OUT"
              + " only through ctx.out()");
    }
    OutputComparison.assertSameOutputs(spark, clean, resumed);

    // Nothing changed: every stage is skipped and the outputs stay as they are.
    assertEquals(0, AnnealCommand.commandLine().execute(runArgs(resumed)));
    assertTrue(statuses(resumed).values().stream().allMatch("skipped"::equals),
        statuses(resumed).toString());
    JsonNode counts = runReport(resumed).get("stages").get(0).get("counts");
    assertEquals(runReport(clean).get("stages").get(0).get("counts"), counts,
        "a skipped stage reports the counts of the run that wrote its outputs");

    // --force re-runs one stage; stages that do not read its outputs stay skipped.
    assertEquals(0, AnnealCommand.commandLine().execute(runArgs(resumed, "--force",
        "tokenize")));
    status = statuses(resumed);
    assertEquals("ran", status.get("tokenize"));
    assertEquals("skipped", status.get("ingest"));
    assertEquals("skipped", status.get("index"), "index does not read the shards");

    // A configuration change re-runs only the stages whose sections changed.
    String before = Files.readString(resumed.resolve("_stages/tokenize.json"));
    assertEquals(0, AnnealCommand.commandLine().execute(runArgs(resumed, "--conf",
        "tokenize.seq_len=256")));
    status = statuses(resumed);
    assertEquals("ran", status.get("tokenize"));
    assertEquals("skipped", status.get("normalize"));
    assertEquals("skipped", status.get("quality"));
    assertFalse(before.equals(Files.readString(resumed.resolve("_stages/tokenize.json"))));
    assertEquals(0, AnnealCommand.commandLine().execute(runArgs(resumed)));
    assertEquals("ran", statuses(resumed).get("tokenize"), "back to seq_len 512");
    // The forced and reconfigured re-runs of tokenize leave the clean run's outputs.
    OutputComparison.assertSameOutputs(spark, clean, resumed);
  }
}
