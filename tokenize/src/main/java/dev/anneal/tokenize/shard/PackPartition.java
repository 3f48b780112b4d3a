package dev.anneal.tokenize.shard;

import dev.anneal.schema.ShardSchemas;
import dev.anneal.tokenize.pack.PackedSequence;
import dev.anneal.tokenize.pack.Packing;
import dev.anneal.tokenize.pack.TokenizedDocument;
import dev.anneal.tokenize.tokenizer.Tokenizers;
import java.util.Arrays;
import java.util.Iterator;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import scala.Tuple2;
import scala.collection.JavaConverters;

/**
 * Packs one shard's documents, in shuffle-key order, into {@link ShardSchemas#SEQUENCES} rows.
 */
final class PackPartition implements FlatMapFunction<Iterator<Tuple2<Long, TokenizedDocument>>, Row> {

  private static final long serialVersionUID = 1L;

  private final ShardSettings settings;

  PackPartition(ShardSettings settings) {
    this.settings = settings;
  }

  @Override
  public Iterator<Row> call(Iterator<Tuple2<Long, TokenizedDocument>> docs) {
    int eot = Tokenizers.named(settings.tokenizer()).endOfTextId();
    Iterator<TokenizedDocument> in = new Iterator<>() {
      @Override
      public boolean hasNext() {
        return docs.hasNext();
      }

      @Override
      public TokenizedDocument next() {
        return docs.next()._2();
      }
    };
    Iterator<PackedSequence> packed = Packing.pack(settings.packing(), settings.seqLen(), eot,
        settings.packWindow(), in);
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return packed.hasNext();
      }

      @Override
      public Row next() {
        return row(packed.next());
      }
    };
  }

  static Row row(PackedSequence s) {
    return RowFactory.create(
        JavaConverters.asScalaBuffer(Arrays.stream(s.inputIds()).boxed().toList()).toSeq(),
        JavaConverters.asScalaBuffer(Arrays.stream(s.docLengths()).boxed().toList()).toSeq(),
        JavaConverters.asScalaBuffer(s.sampleIds()).toSeq(),
        JavaConverters.asScalaBuffer(s.sources()).toSeq());
  }
}
