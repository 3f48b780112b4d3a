package dev.anneal.schema;

import static dev.anneal.schema.RawSchemas.required;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;
import static org.apache.spark.sql.types.DataTypes.createStructType;

import java.util.List;
import org.apache.spark.sql.types.StructType;

/** The schema of a training shard ({@code shards/SPLIT/part-NNNNN.parquet}): packed sequences. */
public final class ShardSchemas {

  private ShardSchemas() {
  }

  /** One packed sequence: token ids and, per document piece, its length, sample and source. */
  public static final StructType SEQUENCES = createStructType(List.of(
      required("input_ids", createArrayType(IntegerType, false)),
      required("doc_lengths", createArrayType(IntegerType, false)),
      required("sample_ids", createArrayType(StringType, false)),
      required("sources", createArrayType(StringType, false))));
}
