package dev.anneal.jobs.config;

/**
 * The effective configuration of a run; see {@code defaults.yaml} for every key's meaning.
 *
 * @param spark    how Spark runs
 * @param ingest   how files are read
 * @param lablog   how lab logs are mapped and pseudonymized
 * @param render   how records become text
 * @param quality  what the quality gates do on failure
 * @param tokenize tokenizer, packing and shards
 */
public record AnnealConfig(Spark spark, Ingest ingest, Lablog lablog, Render render,
                           Quality quality, Tokenize tokenize) {

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
   * Lab-log settings.
   *
   * @param pseudonymizationKey the HMAC key for people's names and e-mail addresses
   * @param autoColumns         whether common headers are recognized automatically
   * @param columns             extra header mappings: header → role or {role, property, unit}
   */
  public record Lablog(String pseudonymizationKey, boolean autoColumns,
                       java.util.Map<String, Object> columns) {

    /** The mapping in the shape {@code ColumnMapping.fromMap} reads. */
    public java.util.Map<String, Object> mapping() {
      java.util.Map<String, Object> m = new java.util.HashMap<>();
      m.put("auto", autoColumns);
      m.put("columns", new java.util.LinkedHashMap<>(columns == null ? java.util.Map.of() : columns));
      return m;
    }
  }

  /**
   * Rendering settings.
   *
   * @param structureDigits decimals in structure texts
   * @param structureForms  structure templates, one sample per structure each
   * @param translations    randomly translated extra copies per structure
   * @param templates       template name per kind
   * @param dossierOrders   orders every dossier is written in
   * @param dossierMaxParts parts per dossier section at most
   */
  public record Render(int structureDigits, java.util.List<String> structureForms,
                       int translations, java.util.Map<String, String> templates,
                       java.util.List<String> dossierOrders, int dossierMaxParts) {
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
   * @param tokenizer         the tokenizer name
   * @param seqLen            tokens per sequence
   * @param shards            shard files per split at least
   * @param targetShardTokens tokens per shard file at most (more files when a split is larger)
   * @param seed              the seed of every random choice
   * @param packing           {@code concat_split} or {@code best_fit}
   * @param packWindow        best fit: sequences' worth of documents packed together
   * @param valFraction       share of split keys (materials, documents) held out for validation
   * @param mixture           weight per source (epochs of its samples in the train split)
   * @param megatron          also write Megatron-LM indexed datasets (.bin/.idx)
   */
  public record Tokenize(String tokenizer, int seqLen, int shards, long targetShardTokens,
                         long seed, String packing, int packWindow, double valFraction,
                         java.util.Map<String, Double> mixture, boolean megatron) {
  }
}
