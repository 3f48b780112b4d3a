package dev.anneal.jobs.config;

/**
 * The effective configuration of a run; see {@code defaults.yaml} for every key's meaning.
 *
 * @param spark    how Spark runs
 * @param ingest   how files are read
 * @param render   how records become text
 * @param quality  what the quality gates do on failure
 * @param tokenize tokenizer, packing and shards
 */
public record AnnealConfig(Spark spark, Ingest ingest, Render render, Quality quality,
                           Tokenize tokenize) {

  /**
   * Spark settings.
   *
   * @param master            the Spark master URL
   * @param appName           the application name
   * @param shufflePartitions partitions after a shuffle
   */
  public record Spark(String master, String appName, int shufflePartitions) {
  }

  /**
   * Ingest settings.
   *
   * @param maxFileBytes  files above this size are quarantined unread
   * @param partitions    reading tasks; 0 for twice the default parallelism
   * @param failOnReject  whether any rejection fails the run
   */
  public record Ingest(long maxFileBytes, int partitions, boolean failOnReject) {
  }

  /**
   * Rendering settings.
   *
   * @param structureDigits decimals in structure texts
   */
  public record Render(int structureDigits) {
  }

  /**
   * Quality settings.
   *
   * @param failOnError whether a failed error-level gate fails the stage
   */
  public record Quality(boolean failOnError) {
  }

  /**
   * Tokenization settings.
   *
   * @param tokenizer the tokenizer name
   * @param seqLen    tokens per sequence
   * @param shards    shard files per split
   * @param seed      the seed of every random choice
   */
  public record Tokenize(String tokenizer, int seqLen, int shards, long seed) {
  }
}
