package dev.anneal.jobs.resume;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.anneal.jobs.config.ConfigLoader;
import dev.anneal.jobs.stage.OutputLayout;
import dev.anneal.jobs.stage.Stage;
import dev.anneal.jobs.stage.StageContext;
import dev.anneal.jobs.stage.StageReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The skip decision and the commit on the local file system, with a stage that copies one
 * table to another (no Spark: the decision only lists files).
 */
class ResumerTest {

  @TempDir
  Path out;
  final Configuration conf = new Configuration();

  /** Reads raw/a through its layout and writes curated/b. */
  static final class CopyStage implements Stage {
    @Override
    public String name() {
      return "copy";
    }

    @Override
    public StageReport run(StageContext ctx) {
      try {
        Path in = Path.of(ctx.out().raw("a"), "part-0");
        Path target = Path.of(ctx.out().curated("b"), "part-0");
        Files.createDirectories(target.getParent());
        Files.copy(in, target);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return StageReport.builder(name()).count("curated/b", 1).build(0);
    }

    @Override
    public List<String> outputs() {
      return List.of("curated/b");
    }

    @Override
    public List<String> configSections() {
      return List.of("tokenize");
    }
  }

  @BeforeEach
  void input() throws IOException {
    Files.createDirectories(out.resolve("raw/a"));
    Files.writeString(out.resolve("raw/a/part-0"), "one");
  }

  private Resumer resumer(ResumePolicy policy, String... overrides) {
    ObjectNode tree = ConfigLoader.tree(null, List.of(overrides));
    return new Resumer(conf, new OutputLayout(out.toString()), null, tree, policy, "test");
  }

  private void runOnce(Resumer r, Stage stage) {
    boolean committedBefore = Files.exists(out.resolve("curated/b"));
    OutputLayout layout = r.begin(stage);
    StageContext ctx = new StageContext(null, null, "", null, layout);
    StageReport report = stage.run(ctx);
    assertTrue(Files.exists(out.resolve("_stages/staging/copy/curated/b/part-0")),
        "the stage writes to staging");
    assertEquals(committedBefore, Files.exists(out.resolve("curated/b")),
        "OUT is untouched before the commit");
    r.commit(stage, layout, report);
  }

  @Test
  void anUnchangedStageIsSkippedAndAnyChangeRunsItAgain() throws IOException {
    Stage stage = new CopyStage();
    Resumer r = resumer(ResumePolicy.resume(Set.of()));
    assertEquals("no committed run", r.decide(stage).reason());
    runOnce(r, stage);
    assertEquals("one", Files.readString(out.resolve("curated/b/part-0")));
    assertFalse(Files.exists(out.resolve("_stages/staging")));
    StageManifest m = r.decide(stage).skip();
    assertNotNull(m, "unchanged: skipped");
    assertEquals(Set.of("raw/a"), m.inputs().keySet(), "inputs are recorded as the stage reads");
    assertEquals(Set.of("curated/b"), m.outputs().keySet());
    assertEquals(1L, m.counts().get("curated/b"));

    assertNotNull(resumer(ResumePolicy.resume(Set.of()), "spark.shuffle_partitions=3")
        .decide(stage).skip(), "spark settings do not re-run a stage");
    assertNotNull(resumer(ResumePolicy.resume(Set.of()), "quality.fail_on_error=false")
        .decide(stage).skip(), "nor do other stages' sections");
    assertEquals("configuration changed", resumer(ResumePolicy.resume(Set.of()),
        "tokenize.seq_len=64").decide(stage).reason());
    assertEquals("forced", resumer(ResumePolicy.resume(Set.of("copy"))).decide(stage).reason());
    assertEquals("always run", resumer(ResumePolicy.ALWAYS_RUN).decide(stage).reason());

    Files.writeString(out.resolve("raw/a/part-1"), "two");
    assertEquals("input raw/a changed", r.decide(stage).reason());
    Files.delete(out.resolve("raw/a/part-1"));
    assertNotNull(r.decide(stage).skip(), "back as it was");

    Files.delete(out.resolve("curated/b/part-0"));
    assertEquals("output curated/b changed since it was written", r.decide(stage).reason());
  }

  @Test
  void anInterruptedAttemptIsForgottenAndItsStagingCleared() throws IOException {
    Stage stage = new CopyStage();
    Resumer r = resumer(ResumePolicy.resume(Set.of()));
    runOnce(r, stage);
    // A second attempt begins (manifest removed) and dies before committing.
    OutputLayout layout = r.begin(stage);
    Files.createDirectories(Path.of(layout.curated("b")));
    Files.writeString(Path.of(layout.curated("b"), "part-9"), "half");
    assertNull(r.decide(stage).skip(), "a stage that began and did not commit runs again");
    assertEquals("one", Files.readString(out.resolve("curated/b/part-0")),
        "OUT keeps the last committed output");
    runOnce(r, stage);
    assertFalse(Files.exists(out.resolve("curated/b/part-9")), "nothing of the dead attempt");
    assertNotNull(r.decide(stage).skip());
  }
}
