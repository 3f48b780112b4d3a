package dev.anneal.tokenize.shard;

import dev.anneal.tokenize.tokenizer.TextTokenizer;
import dev.anneal.tokenize.tokenizer.Tokenizers;
import java.util.Iterator;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;

/** Tokenizes rows (sample_id, source, split, copies, text, licence) of one partition. */
final class TokenizePartition implements FlatMapFunction<Iterator<Row>, TokenizedSample> {

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
        return new TokenizedSample(r.getAs("sample_id"), r.getAs("source"), r.getAs("split"),
            r.<Integer>getAs("copies"), tokenizer.encodeDocument(r.getAs("text")),
            r.getAs("licence"));
      }
    };
  }
}
