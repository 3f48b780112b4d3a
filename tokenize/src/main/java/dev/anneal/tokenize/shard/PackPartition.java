package dev.anneal.tokenize.shard;

import dev.anneal.tokenize.pack.ConcatSplitPacker;
import dev.anneal.tokenize.pack.PackedSequence;
import dev.anneal.tokenize.pack.TokenizedDocument;
import dev.anneal.tokenize.tokenizer.TextTokenizer;
import dev.anneal.tokenize.tokenizer.Tokenizers;
import java.util.Arrays;
import java.util.Iterator;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import scala.collection.JavaConverters;

/**
 * Tokenizes and packs one partition of samples (sample_id, source, text), in the order given,
 * into {@link ShardSchema#SEQUENCES} rows.
 */
final class PackPartition implements MapPartitionsFunction<Row, Row> {

  private static final long serialVersionUID = 1L;

  private final String tokenizerName;
  private final int seqLen;

  PackPartition(String tokenizerName, int seqLen) {
    this.tokenizerName = tokenizerName;
    this.seqLen = seqLen;
  }

  @Override
  public Iterator<Row> call(Iterator<Row> samples) {
    TextTokenizer tokenizer = Tokenizers.named(tokenizerName);
    Iterator<TokenizedDocument> docs = new Iterator<>() {
      @Override
      public boolean hasNext() {
        return samples.hasNext();
      }

      @Override
      public TokenizedDocument next() {
        Row r = samples.next();
        return new TokenizedDocument(r.getString(0), r.getString(1),
            tokenizer.encode(r.getString(2)));
      }
    };
    Iterator<PackedSequence> packed = new ConcatSplitPacker(seqLen, tokenizer.endOfTextId())
        .pack(docs);
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return packed.hasNext();
      }

      @Override
      public Row next() {
        PackedSequence s = packed.next();
        return RowFactory.create(
            JavaConverters.asScalaBuffer(Arrays.stream(s.inputIds()).boxed().toList()).toSeq(),
            JavaConverters.asScalaBuffer(Arrays.stream(s.docLengths()).boxed().toList()).toSeq(),
            JavaConverters.asScalaBuffer(s.sampleIds()).toSeq(),
            JavaConverters.asScalaBuffer(s.sources()).toSeq());
      }
    };
  }
}
