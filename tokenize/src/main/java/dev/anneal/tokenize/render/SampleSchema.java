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

  /** sample_id, kind, source, material_id, source_ids, text, n_chars, split_key. */
  public static final StructType SAMPLES = createStructType(List.of(
      createStructField("sample_id", StringType, false),
      createStructField("kind", StringType, false),
      createStructField("source", StringType, false),
      createStructField("material_id", StringType, true),
      createStructField("source_ids", createArrayType(StringType, false), false),
      createStructField("text", StringType, false),
      createStructField("n_chars", IntegerType, false),
      createStructField("split_key", StringType, false)));

  /** A dossier part before grouping: material_id, section, source_id, text. */
  public static final StructType DOSSIER_PART = createStructType(List.of(
      createStructField("material_id", StringType, false),
      createStructField("section", StringType, false),
      createStructField("source_id", StringType, false),
      createStructField("text", StringType, false)));
}
