package dev.anneal.tokenize.shard;

import java.util.Map;
import java.util.TreeMap;

/**
 * The key-value metadata every shard's Parquet footer carries, so one file alone says how to
 * read its ids: tokenizer name, vocabulary size, end-of-text id, definition hash, sequence length
 * and packing mode. Keys are namespaced {@code anneal.*}; values are strings, as Parquet requires.
 */
public final class ShardMetadata {

  /** The tokenizer's name, e.g. {@code o200k_base}. */
  public static final String TOKENIZER = "anneal.tokenizer.name";
  /** Ids in the vocabulary, special tokens included. */
  public static final String VOCAB_SIZE = "anneal.tokenizer.vocab_size";
  /** The id ending every document. */
  public static final String END_OF_TEXT_ID = "anneal.tokenizer.end_of_text_id";
  /** SHA-256 of the tokenizer's definition. */
  public static final String DEFINITION_SHA256 = "anneal.tokenizer.definition_sha256";
  /** The beginning-of-sequence id every document starts with; absent when documents start with their text. */
  public static final String BEGIN_OF_SEQUENCE_ID = "anneal.tokenizer.begin_of_sequence_id";
  /** Tokens per packed sequence at most. */
  public static final String SEQ_LEN = "anneal.seq_len";
  /** The packing mode. */
  public static final String PACKING = "anneal.packing";

  private ShardMetadata() {
  }

  /** The footer entries for shards made with {@code tokenizer} and {@code settings}. */
  public static Map<String, String> of(ShardManifest.TokenizerInfo tokenizer,
                                       ShardSettings settings) {
    Map<String, String> out = new TreeMap<>();
    out.put(TOKENIZER, tokenizer.name());
    out.put(VOCAB_SIZE, Integer.toString(tokenizer.vocabSize()));
    out.put(END_OF_TEXT_ID, Integer.toString(tokenizer.endOfTextId()));
    out.put(DEFINITION_SHA256, tokenizer.definitionSha256());
    if (tokenizer.beginOfSequenceId() != null) {
      out.put(BEGIN_OF_SEQUENCE_ID, Integer.toString(tokenizer.beginOfSequenceId()));
    }
    out.put(SEQ_LEN, Integer.toString(settings.seqLen()));
    out.put(PACKING, settings.packing());
    return out;
  }
}
