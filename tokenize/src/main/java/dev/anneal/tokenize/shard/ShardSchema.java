package dev.anneal.tokenize.shard;

import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;
import static org.apache.spark.sql.types.DataTypes.createStructField;
import static org.apache.spark.sql.types.DataTypes.createStructType;

import java.util.List;
import org.apache.spark.sql.types.StructType;

/** The schema of a shard row: one packed sequence. */
public final class ShardSchema {

  private ShardSchema() {
  }

  /** input_ids (int32), doc_lengths, sample_ids, sources. */
  public static final StructType SEQUENCES = createStructType(List.of(
      createStructField("input_ids", createArrayType(IntegerType, false), false),
      createStructField("doc_lengths", createArrayType(IntegerType, false), false),
      createStructField("sample_ids", createArrayType(StringType, false), false),
      createStructField("sources", createArrayType(StringType, false), false)));
}
