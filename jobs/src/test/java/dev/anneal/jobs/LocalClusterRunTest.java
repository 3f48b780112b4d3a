package dev.anneal.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.anneal.ingest.testing.LocalSpark;
import dev.anneal.jobs.compare.RunComparison;
import dev.anneal.ingest.testing.ProjectPaths;
import dev.anneal.jobs.resume.OutputComparison;
import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Map;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code anneal run} on {@code local-cluster[2,1,1024]}: a master, two workers and two executor
 * JVMs launched the way a standalone cluster launches them (from {@code SPARK_HOME/jars}, here
 * the test class path's jars), so every closure, row and file crosses process boundaries. Its
 * outputs must equal the in-process run's, table for table and shard for shard.
 * ({@code scripts/cluster/standalone-test.sh} does the same with real daemons and the shaded jar.)
 */
class LocalClusterRunTest {

  @TempDir
  Path tmp;

  @Test
  void twoExecutorProcessesWriteWhatOneJvmWrites() throws Exception {
    String classpath = System.getProperty("surefire.test.class.path",
        System.getProperty("java.class.path"));
    Path sparkHome = tmp.resolve("spark-home");
    Files.createDirectories(sparkHome.resolve("jars"));
    List<String> dirs = new ArrayList<>();
    for (String entry : classpath.split(File.pathSeparator)) {
      Path p = Path.of(entry);
      if (entry.endsWith(".jar") && Files.isRegularFile(p)) {
        Path link = sparkHome.resolve("jars").resolve(p.getFileName());
        if (!Files.exists(link)) {
          Files.createSymbolicLink(link, p.toAbsolutePath());
        }
      } else if (Files.isDirectory(p)) {
        dirs.add(p.toAbsolutePath().toString()); // the modules' classes, on every executor
      }
    }
    List<String> opens = new ArrayList<>();
    for (String arg : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
      if (arg.startsWith("--add-opens") || arg.startsWith("-Djdk.reflect")) {
        opens.add(arg);
      }
    }
    List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin",
        "java").toString(), "-Xmx1g"));
    cmd.addAll(opens);
    cmd.add("-Dspark.executor.extraClassPath=" + String.join(File.pathSeparator, dirs));
    cmd.add("-Dspark.executor.extraJavaOptions=" + String.join(" ", opens));
    cmd.add("-Dspark.executor.memory=768m");
    // Start scheduling only once both executors have registered, so tasks spread over both.
    cmd.add("-Dspark.scheduler.minRegisteredResourcesRatio=1.0");
    cmd.add("-Dspark.scheduler.maxRegisteredResourcesWaitingTime=120s");
    cmd.addAll(List.of("-cp", classpath, "dev.anneal.jobs.Main"));
    Path out = tmp.resolve("out");
    cmd.addAll(List.of(ExampleRun.args(out, "--master", "local-cluster[2,1,1024]")));
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true)
        .redirectOutput(tmp.resolve("run.log").toFile());
    pb.environment().put("SPARK_HOME", sparkHome.toString());
    pb.environment().put("SPARK_SCALA_VERSION", "2.12");
    pb.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
    Process run = pb.start();
    Path clean = ExampleRun.out(); // meanwhile, in this JVM
    // Generous: on a loaded shared machine executors start and run slowly.
    boolean finished = run.waitFor(40, TimeUnit.MINUTES);
    if (!finished) {
      run.destroyForcibly();
    }
    String log = Files.readString(tmp.resolve("run.log"));
    assertTrue(finished, "the local-cluster run finished in time:\n" + log);
    assertEquals(0, run.exitValue(), log);

    // Two executor processes started. In local-cluster mode the driver has no task slots, so
    // every task of the run ran in one of them (their logs' level is the cluster's, not ours).
    List<Path> executorLogs;
    try (Stream<Path> files = Files.walk(sparkHome.resolve("work"))) {
      executorLogs = files.filter(p -> p.getFileName().toString().equals("stderr")).toList();
    }
    assertEquals(2, executorLogs.size(), "two executor processes: " + executorLogs);
    // Every table row for row, and every shard file (Parquet and Megatron) byte for byte, so
    // the manifests, which record the shards' SHA-256, are equal too.
    List<String> checked = new ArrayList<>();
    List<String> diffs = RunComparison.differences(LocalSpark.get(), clean.toString(),
        out.toString(), checked);
    assertEquals(List.of(), diffs, "differences between " + clean + " and " + out);
    assertTrue(checked.stream().anyMatch(c -> c.startsWith("shards/train: ")), checked.toString());
    Map<String, String> expected = RunComparison.shardHashes(
        LocalSpark.get().sparkContext().hadoopConfiguration(), clean.toString());
    Map<String, String> actual = RunComparison.shardHashes(
        LocalSpark.get().sparkContext().hadoopConfiguration(), out.toString());
    assertTrue(expected.keySet().stream().anyMatch(k -> k.startsWith("megatron/")), "" + expected);
    assertTrue(expected.keySet().stream().anyMatch(k -> k.endsWith(".parquet")), "" + expected);
    assertEquals(expected, actual, "shard files byte for byte");
    assertTrue(ProjectPaths.exampleCorpus().toFile().isDirectory());
  }
}
