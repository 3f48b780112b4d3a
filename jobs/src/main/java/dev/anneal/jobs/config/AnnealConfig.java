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
   * @param limits        per-file and per-record limits, each with its reason code
   * @param followLinks   whether symbolic links inside the input root are read
   */
  public record Ingest(long maxFileBytes, int partitions, boolean failOnReject,
                       dev.anneal.ingest.IngestLimits limits, boolean followLinks) {
  }

  /**
   * Lab-log settings.
   *
   * @param pseudonymizationKey the HMAC key for people's names and e-mail addresses
   * @param autoColumns         whether common headers are recognized automatically
   * @param columns             extra header mappings: header → role or {role, property, unit}
   * @param sheets              workbook sheets with mappings of their own: sheet → {columns, auto}
   */
  public record Lablog(String pseudonymizationKey, boolean autoColumns,
                       java.util.Map<String, Object> columns,
                       java.util.Map<String, Object> sheets) {

    /** The mapping in the shape {@code ColumnMapping.fromMap} reads. */
    public java.util.Map<String, Object> mapping() {
      java.util.Map<String, Object> m = new java.util.HashMap<>();
      m.put("auto", autoColumns);
      m.put("columns", new java.util.LinkedHashMap<>(columns == null ? java.util.Map.of() : columns));
      m.put("sheets", new java.util.LinkedHashMap<>(sheets == null ? java.util.Map.of() : sheets));
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
   * @param paperUnit       what a paper becomes: {@code document} (one sample) or
   *                        {@code paragraph} (one sample per paragraph)
   * @param valueSamples    whether measured values and labels are also samples of their own
   */
  public record Render(int structureDigits, java.util.List<String> structureForms,
                       int translations, java.util.Map<String, String> templates,
                       java.util.List<String> dossierOrders, int dossierMaxParts,
                       String paperUnit, boolean valueSamples) {
  }

  /**
   * Quality settings.
   *
   * @param failOnError     whether a failed error-level gate fails the stage
   * @param textKinds       sample kinds the prose filters and text deduplication apply to
   * @param dedup           deduplication settings
   * @param filters         document filter thresholds
   * @param decontamination evaluation sets and how matches are handled
   * @param history         anomaly thresholds against earlier runs
   * @param profile         whether column profiles are written to reports/profile.json
   * @param gates           per table (path under OUT): error and warning checks
   */
  public record Quality(boolean failOnError, java.util.List<String> textKinds, Dedup dedup,
                        Filters filters, Decontamination decontamination, History history,
                        boolean profile, java.util.Map<String, Gate> gates) {
  }

  /**
   * Deduplication settings.
   *
   * @param exact                    exact duplicates by hash of normalized text
   * @param near                     near duplicates by MinHash LSH
   * @param shingleSize              words per shingle
   * @param bands                    LSH bands
   * @param rows                     MinHash values per band
   * @param threshold                exact Jaccard similarity for a near duplicate
   * @param seed                     seed of the MinHash function
   * @param maxBucket                band buckets above this size link as a star
   * @param structures               structure duplicates
   * @param volumeTolerance          relative tolerance of volume per site for structure duplicates
   * @param paragraphs               exact duplicate paragraphs (of documents dedup kept)
   * @param calculations             exact duplicate calculations by content hash
   */
  public record Dedup(boolean exact, boolean near, int shingleSize, int bands, int rows,
                      double threshold, long seed, int maxBucket, boolean structures,
                      double volumeTolerance, boolean paragraphs, boolean calculations) {
  }

  /**
   * Document filter rules; see {@code dev.anneal.quality.filter.FilterRules}.
   *
   * @param enabled whether filters run
   * @param rules   rule names, in the order they run
   * @param params  each rule's parameters by rule name
   */
  public record Filters(boolean enabled, java.util.List<String> rules,
                        java.util.Map<String, java.util.Map<String, Object>> params) {
  }

  /**
   * Decontamination settings.
   *
   * @param ngram      words per n-gram
   * @param minWords   evaluation items shorter than this are ignored
   * @param mode       {@code remove} (into curated/excluded) or {@code flag} (reported only)
   * @param benchmarks evaluation set files by benchmark name
   */
  public record Decontamination(int ngram, int minWords, String mode,
                                java.util.Map<String, String> benchmarks) {
  }

  /**
   * Anomaly thresholds against the metrics of earlier runs.
   *
   * @param maxShrink           relative row-count drop flagged (0.5: shrank by more than half)
   * @param maxCompletenessDrop absolute completeness drop flagged
   */
  public record History(double maxShrink, double maxCompletenessDrop) {
  }

  /**
   * The checks of one table.
   *
   * @param error   checks whose failure fails the stage
   * @param warning checks that are reported only
   */
  public record Gate(java.util.List<String> error, java.util.List<String> warning) {
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
   * @param endOfText         the token between documents, or {@code auto} for the base model's
   * @param bos               {@code auto}, {@code true} or {@code false}: start documents with BOS
   */
  public record Tokenize(String tokenizer, int seqLen, int shards, long targetShardTokens,
                         long seed, String packing, int packWindow, double valFraction,
                         java.util.Map<String, Double> mixture, boolean megatron,
                         String endOfText, String bos) {
  }
}
