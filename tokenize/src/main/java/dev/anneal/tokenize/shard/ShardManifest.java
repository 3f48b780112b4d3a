package dev.anneal.tokenize.shard;

import java.util.List;
import java.util.Map;

/**
 * {@code shards/manifest.json}: everything a training team needs to load, audit or reproduce
 * the shard set. Written with Jackson in snake_case.
 *
 * @param formatVersion the manifest format version
 * @param tokenizer     the tokenizer and the hash of its definition
 * @param seqLen        the packed sequence length
 * @param packing       the packing mode
 * @param splits        per split: sequences, tokens, samples
 * @param sources       per source: samples and tokens
 * @param files         every shard file
 * @param seed          the seed of every random choice
 * @param configSha256  the hash of the effective configuration
 * @param codeVersion   the Anneal version that wrote the shards
 */
public record ShardManifest(int formatVersion, TokenizerInfo tokenizer, int seqLen, String packing,
                            Map<String, Counts> splits, Map<String, Counts> sources,
                            List<ShardFile> files, long seed, String configSha256,
                            String codeVersion) {

  /** The current manifest format. */
  public static final int FORMAT_VERSION = 1;

  /**
   * The tokenizer a shard set was made with.
   *
   * @param name          e.g. {@code o200k_base}
   * @param vocabSize     number of ids including special tokens
   * @param endOfTextId   the id between documents
   * @param definitionSha256 the SHA-256 of its vocabulary/merges definition
   */
  public record TokenizerInfo(String name, int vocabSize, int endOfTextId,
                              String definitionSha256) {
  }

  /**
   * Counts for a split or a source.
   *
   * @param samples   samples (documents) that contributed
   * @param sequences packed sequences (for a source: sequences it appears in)
   * @param tokens    token ids, end-of-text tokens included
   */
  public record Counts(long samples, long sequences, long tokens) {
  }

  /** Total tokens over every file. */
  public long totalTokens() {
    return files.stream().mapToLong(ShardFile::tokens).sum();
  }
}
