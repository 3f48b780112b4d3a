package dev.anneal.tokenize.render;

import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;
import static org.apache.spark.sql.types.DataTypes.createStructField;
import static org.apache.spark.sql.types.DataTypes.createStructType;

import java.util.List;
import org.apache.spark.sql.types.StructType;

/** The schema of {@code curated/samples}: one training text before tokenization. */
public final class SampleSchema {

  private SampleSchema() {
  }

  /** sample_id, kind, source, material_id, source_ids, text, n_chars. */
  public static final StructType SAMPLES = createStructType(List.of(
      createStructField("sample_id", StringType, false),
      createStructField("kind", StringType, false),
      createStructField("source", StringType, false),
      createStructField("material_id", StringType, true),
      createStructField("source_ids", createArrayType(StringType, false), false),
      createStructField("text", StringType, false),
      createStructField("n_chars", IntegerType, false)));
}
