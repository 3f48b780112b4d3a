package dev.anneal.schema;

import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/** The Spark schemas of label denoising: its input, its per-group output, {@code curated/labels}. */
public final class LabelSchemas {

  private static final ArrayType STRINGS = DataTypes.createArrayType(DataTypes.StringType, false);

  /** One observation inside a group row, after correction. */
  public static final StructType OBSERVATION = new StructType(new StructField[] {
      DataTypes.createStructField("meas_id", DataTypes.StringType, false),
      DataTypes.createStructField("source", DataTypes.StringType, false),
      DataTypes.createStructField("value", DataTypes.DoubleType, false),
      DataTypes.createStructField("recorded", DataTypes.DoubleType, false),
      DataTypes.createStructField("slip", DataTypes.StringType, true),
      DataTypes.createStructField("used", DataTypes.BooleanType, false),
      DataTypes.createStructField("reason", DataTypes.StringType, false)});

  /** One denoised group before truth discovery. */
  public static final StructType GROUP = new StructType(new StructField[] {
      DataTypes.createStructField("label_id", DataTypes.StringType, false),
      DataTypes.createStructField("material_id", DataTypes.StringType, false),
      DataTypes.createStructField("property", DataTypes.StringType, false),
      DataTypes.createStructField("condition", DataTypes.StringType, false),
      DataTypes.createStructField("value", DataTypes.DoubleType, true),
      DataTypes.createStructField("uncertainty", DataTypes.DoubleType, true),
      DataTypes.createStructField("scale", DataTypes.DoubleType, false),
      DataTypes.createStructField("unit", DataTypes.StringType, false),
      DataTypes.createStructField("n_obs", DataTypes.IntegerType, false),
      DataTypes.createStructField("n_used", DataTypes.IntegerType, false),
      DataTypes.createStructField("n_sources", DataTypes.IntegerType, false),
      DataTypes.createStructField("method", DataTypes.StringType, false),
      DataTypes.createStructField("flags", STRINGS, false),
      DataTypes.createStructField("observations",
          DataTypes.createArrayType(OBSERVATION, false), false)});

  private LabelSchemas() {
  }
}
