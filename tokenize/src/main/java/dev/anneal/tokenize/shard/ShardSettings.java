package dev.anneal.tokenize.shard;

import dev.anneal.tokenize.pack.Packing;
import java.io.Serializable;
import java.util.Map;
import java.util.TreeMap;

/**
 * How shards are made.
 *
 * @param tokenizer         the tokenizer name, e.g. {@code o200k_base}
 * @param seqLen            tokens per packed sequence
 * @param shards            shard files per split at least
 * @param targetShardTokens tokens per shard file at most (more files when a split is larger)
 * @param seed              the seed of every random choice
 * @param packing           {@code concat_split} or {@code best_fit}
 * @param packWindow        best fit: sequences' worth of documents packed together
 * @param valFraction       share of split keys held out for validation, in [0, 1)
 * @param mixture           train weight per source (1.0 when a source is not listed)
 * @param megatron          whether Megatron-LM .bin/.idx files are written too
 */
public record ShardSettings(String tokenizer, int seqLen, int shards, long targetShardTokens,
                            long seed, String packing, int packWindow, double valFraction,
                            Map<String, Double> mixture, boolean megatron) implements Serializable {

  public ShardSettings {
    if (seqLen < 2) {
      throw new IllegalArgumentException("tokenize.seq_len must be at least 2, got " + seqLen);
    }
    if (shards < 1) {
      throw new IllegalArgumentException("tokenize.shards must be at least 1, got " + shards);
    }
    if (targetShardTokens < seqLen) {
      throw new IllegalArgumentException("tokenize.target_shard_tokens must be at least seq_len, got "
          + targetShardTokens);
    }
    if (!(valFraction >= 0 && valFraction < 1)) {
      throw new IllegalArgumentException("tokenize.val_fraction must be in [0, 1), got " + valFraction);
    }
    Packing.check(packing);
    mixture = new TreeMap<>(mixture == null ? Map.of() : mixture);
    for (Map.Entry<String, Double> e : mixture.entrySet()) {
      if (e.getValue() == null || !(e.getValue() >= 0) || e.getValue() > 1000) {
        throw new IllegalArgumentException("tokenize.mixture." + e.getKey()
            + " must be a weight in [0, 1000], got " + e.getValue());
      }
    }
  }

  /** The settings the first version had: concat-split, no val split, weights 1. */
  public static ShardSettings simple(String tokenizer, int seqLen, int shards, long seed) {
    return new ShardSettings(tokenizer, seqLen, shards, 1L << 26, seed, Packing.CONCAT_SPLIT, 1024,
        0.0, Map.of(), false);
  }

  /** The weight of {@code source}. */
  public double weight(String source) {
    return mixture.getOrDefault(source, 1.0);
  }
}
