package dev.anneal.tokenize.shard;

/**
 * How shards are made.
 *
 * @param tokenizer the tokenizer name, e.g. {@code o200k_base}
 * @param seqLen    tokens per packed sequence
 * @param shards    the number of shard files per split
 * @param seed      the seed of every random choice
 */
public record ShardSettings(String tokenizer, int seqLen, int shards, long seed) {

  public ShardSettings {
    if (seqLen < 2) {
      throw new IllegalArgumentException("tokenize.seq_len must be at least 2, got " + seqLen);
    }
    if (shards < 1) {
      throw new IllegalArgumentException("tokenize.shards must be at least 1, got " + shards);
    }
  }
}
