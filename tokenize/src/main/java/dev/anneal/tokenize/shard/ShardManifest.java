package dev.anneal.tokenize.shard;

import java.util.List;
import java.util.Map;

/**
 * {@code shards/manifest.json}: everything a training team needs to load, audit or reproduce
 * the shard set. Written with Jackson in snake_case.
 *
 * @param formatVersion   the manifest format version
 * @param tokenizer       the tokenizer and the hash of its definition
 * @param seqLen          the packed sequence length
 * @param packing         the packing mode
 * @param packingStats    per split: documents, pieces, pieces cut from a longer document
 * @param splits          per split: samples, sequences, tokens
 * @param sources         per source over every split: samples, sequences, tokens
 * @param sourcesBySplit  per split and source: samples, sequences, tokens
 * @param mixture         per source: weight and the resulting train epochs
 * @param licences        per split and licence (SPDX id, or {@code unknown}): samples,
 *                        documents and tokens in the shards
 * @param documentTokens  per split: documents by tokens (end-of-text included) in log2 bins,
 *                        bin {@code k} holding lengths in [2^k, 2^(k+1))
 * @param valFraction     the configured share of split keys in val
 * @param excludedSamples samples dropped because {@code curated/excluded} lists them
 * @param files           every shard file (Parquet, and Megatron .bin/.idx when written)
 * @param seed            the seed of every random choice
 * @param configSha256    the hash of the effective configuration
 * @param codeVersion     the Anneal version that wrote the shards
 */
public record ShardManifest(int formatVersion, TokenizerInfo tokenizer, int seqLen, String packing,
                            Map<String, PackingStats> packingStats, Map<String, Counts> splits,
                            Map<String, Counts> sources,
                            Map<String, Map<String, Counts>> sourcesBySplit,
                            Map<String, MixtureEntry> mixture,
                            Map<String, Map<String, LicenceCounts>> licences,
                            Map<String, Map<Integer, Long>> documentTokens, double valFraction,
                            long excludedSamples, List<ShardFile> files, long seed,
                            String configSha256, String codeVersion) {

  /** The current manifest format. */
  public static final int FORMAT_VERSION = 3;

  /**
   * The tokenizer a shard set was made with.
   *
   * @param name          e.g. {@code o200k_base}
   * @param vocabSize     number of ids including special tokens
   * @param endOfTextId   the id between documents
   * @param definitionSha256 the SHA-256 of its vocabulary/merges definition
   * @param beginOfSequenceId the id every document starts with, or null when documents start
   *                      with their text (see {@code TextTokenizer#beginOfSequenceId})
   */
  public record TokenizerInfo(String name, int vocabSize, int endOfTextId,
                              String definitionSha256, Integer beginOfSequenceId) {
  }

  /**
   * Counts for a split or a source.
   *
   * @param samples   distinct samples (documents) that contributed
   * @param sequences packed sequences (for a source: sequences it appears in)
   * @param tokens    token ids, end-of-text tokens included
   */
  public record Counts(long samples, long sequences, long tokens) {
  }

  /**
   * What packing did to one split.
   *
   * @param documents     documents packed (repeats from the mixture counted each time)
   * @param pieces        document pieces in sequences
   * @param partialPieces pieces that are only part of their document (the document was cut)
   * @param cutDocuments  documents cut across sequences
   */
  public record PackingStats(long documents, long pieces, long partialPieces, long cutDocuments) {
  }

  /**
   * A source's share of the train split.
   *
   * @param weight       the configured weight
   * @param samples      distinct train samples of the source
   * @param uniqueTokens their tokens (each once, end-of-text included)
   * @param tokens       tokens of the source in the train shards
   * @param epochs       {@code tokens / uniqueTokens}: how often the source is seen
   */
  public record MixtureEntry(double weight, long samples, long uniqueTokens, long tokens,
                             double epochs) {
  }

  /**
   * What one licence contributes to a split.
   *
   * @param samples   distinct samples under the licence
   * @param documents documents packed (mixture repeats counted each time)
   * @param tokens    their tokens in the shards, end-of-text tokens included
   */
  public record LicenceCounts(long samples, long documents, long tokens) {
  }

  /** Tokens per licence over every split. */
  public Map<String, Long> tokensPerLicence() {
    Map<String, Long> out = new java.util.TreeMap<>();
    if (licences != null) {
      licences.values().forEach(m -> m.forEach((l, c) -> out.merge(l, c.tokens(), Long::sum)));
    }
    return out;
  }

  /** Total tokens over every Parquet file. */
  public long totalTokens() {
    return files.stream().filter(f -> f.path().endsWith(".parquet"))
        .mapToLong(ShardFile::tokens).sum();
  }
}
