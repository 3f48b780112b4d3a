package dev.anneal.tokenize.shard;

import dev.anneal.ingest.fault.Faults;
import dev.anneal.tokenize.tokenizer.TextTokenizer;
import dev.anneal.tokenize.tokenizer.Tokenizers;
import java.util.Iterator;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;

/**
 * Tokenizes rows (sample_id, source, split, copies, text, licence) of one partition; a sample
 * whose text the tokenizer throws on comes out with its fault instead of ids.
 */
final class TokenizePartition implements FlatMapFunction<Iterator<Row>, TokenizedSample> {

  /** The reason for a sample whose text is null. */
  static final String NO_TEXT = "tokenize.no_text";

  private static final long serialVersionUID = 1L;
  private final String tokenizerName;

  TokenizePartition(String tokenizerName) {
    this.tokenizerName = tokenizerName;
  }

  @Override
  public Iterator<TokenizedSample> call(Iterator<Row> rows) {
    TextTokenizer tokenizer = Tokenizers.named(tokenizerName);
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return rows.hasNext();
      }

      @Override
      public TokenizedSample next() {
        Row r = rows.next();
        if (r.isNullAt(4)) {
          // Checked where it is read: tiktoken would encode null as an empty document, silently.
          return new TokenizedSample(r.getString(0), r.getString(1), r.getString(2), r.getInt(3),
              null, r.getString(5), "the sample has no text (null)", NO_TEXT);
        }
        int[] ids;
        try {
          ids = tokenizer.encodeDocument(r.getString(4));
        } catch (Throwable t) {
          // The record boundary: a text the tokenizer cannot encode is this sample's quarantine
          // row, not the run's end.
          Faults.rethrowIfFatal(t);
          return new TokenizedSample(r.getString(0), r.getString(1), r.getString(2), r.getInt(3),
              null, r.getString(5), "tokenizing the sample failed: " + Faults.describe(t),
              Faults.reason(t));
        }
        return new TokenizedSample(r.getString(0), r.getString(1), r.getString(2), r.getInt(3),
            ids, r.getString(5), null, null);
      }
    };
  }
}
