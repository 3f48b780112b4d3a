package dev.anneal.jobs.stage;

import dev.anneal.jobs.Version;
import dev.anneal.jobs.config.AnnealConfig;
import dev.anneal.tokenize.shard.DatasetCard;
import dev.anneal.tokenize.shard.ManifestIo;
import dev.anneal.tokenize.shard.ShardManifest;
import dev.anneal.tokenize.shard.ShardSettings;
import dev.anneal.tokenize.shard.ShardWriter;
import dev.anneal.tokenize.tokenizer.TokenizerOptions;
import dev.anneal.tokenize.tokenizer.Tokenizers;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Tokenizes the curated samples, packs them and writes the shards with their manifest and
 * dataset card ({@code shards/README.md}); a sample the tokenizer fails on is quarantined at
 * stage {@code tokenize}.
 */
public final class TokenizeStage implements Stage {

  @Override
  public String name() {
    return "tokenize";
  }

  @Override
  public StageReport run(StageContext ctx) {
    AnnealConfig.Tokenize t = ctx.config().tokenize();
    ShardSettings settings = settings(t);
    String excluded = ctx.out().curated("excluded");
    StageReport.Builder report = StageReport.builder(name());
    ShardManifest manifest = new ShardWriter(settings).onFaults(q -> Tables.quarantine(report, q,
        ctx.out().raw("quarantine"), name())).write(
        Tables.read(ctx, "curated/samples"),
        Tables.exists(ctx.spark(), excluded) ? ctx.spark().read().parquet(excluded) : null,
        ctx.out().shards(), ctx.configSha256(), Version.CODE_VERSION);
    String path = ctx.out().shards() + "/manifest.json";
    try {
      Path p = new Path(path);
      FileSystem fs = p.getFileSystem(ctx.spark().sparkContext().hadoopConfiguration());
      try (OutputStream out = fs.create(p, true)) {
        ManifestIo.write(manifest, out);
      }
      try (OutputStream out = fs.create(new Path(ctx.out().shards(), "README.md"), true)) {
        out.write(DatasetCard.render(manifest).getBytes(java.nio.charset.StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + path, e);
    }
    manifest.splits().forEach((split, c) -> report
        .count("shards/" + split + " sequences", c.sequences())
        .count("shards/" + split + " tokens", c.tokens()));
    report.count("shard files", manifest.files().size());
    manifest.packingStats().forEach((split, p) -> report
        .count("shards/" + split + " cut documents", p.cutDocuments()));
    if (manifest.excludedSamples() > 0) {
      report.reason("excluded_by_quality", manifest.excludedSamples());
    }
    return report.build(0);
  }

  /** The shard settings of the {@code tokenize} configuration section. */
  public static ShardSettings settings(AnnealConfig.Tokenize t) {
    return new ShardSettings(tokenizerSpec(t), t.seqLen(), t.shards(), t.targetShardTokens(),
        t.seed(), t.packing(), t.packWindow(), t.valFraction(), t.mixture(), t.megatron());
  }

  /** The tokenizer name with {@code end_of_text} and {@code bos} appended, as every task loads it. */
  public static String tokenizerSpec(AnnealConfig.Tokenize t) {
    return TokenizerOptions.of(t.endOfText(), t.bos()).appendTo(t.tokenizer());
  }

  /**
   * Loads the configured tokenizer and checks it (end-of-text resolves, ids fit int32) before any
   * Spark session starts; a configuration mistake is an {@link IllegalArgumentException}.
   */
  public static void checkTokenizer(AnnealConfig.Tokenize t) {
    Tokenizers.check(tokenizerSpec(t));
  }

  // Resume: what this stage writes (see Stage); what it reads is recorded as it runs.

  @Override
  public java.util.List<String> outputs() {
    return java.util.List.of("shards", "raw/quarantine/stage=" + name());
  }

  @Override
  public java.util.List<String> configSections() {
    return java.util.List.of("tokenize");
  }
}
