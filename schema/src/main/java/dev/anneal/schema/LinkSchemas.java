package dev.anneal.schema;

import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Spark schemas of linking's intermediate rows: a source record's claim, a read claim, a resolved
 * link ({@code curated/links} itself is in {@link CuratedSchemas#LINKS}).
 */
public final class LinkSchemas {

  private static final ArrayType STRINGS = DataTypes.createArrayType(DataTypes.StringType, false);

  /** What a source table says about one record, before reading: see {@code dev.anneal.normalize.link.spark.Claims}. */
  public static final StructType SOURCE = new StructType(new StructField[] {
      DataTypes.createStructField("target_table", DataTypes.StringType, false),
      DataTypes.createStructField("target_id", DataTypes.StringType, false),
      DataTypes.createStructField("kind", DataTypes.StringType, false),
      DataTypes.createStructField("formula_text", DataTypes.StringType, true),
      DataTypes.createStructField("fallback_formula", DataTypes.StringType, true),
      DataTypes.createStructField("explicit_sg", DataTypes.IntegerType, true),
      DataTypes.createStructField("hint_text", DataTypes.StringType, true),
      DataTypes.createStructField("base", DataTypes.DoubleType, false),
      DataTypes.createStructField("volume_per_atom", DataTypes.DoubleType, true)});

  /** One material a record names, read: formula, parent, hints. */
  public static final StructType CLAIM = new StructType(new StructField[] {
      DataTypes.createStructField("target_table", DataTypes.StringType, false),
      DataTypes.createStructField("target_id", DataTypes.StringType, false),
      DataTypes.createStructField("kind", DataTypes.StringType, false),
      DataTypes.createStructField("reduced_formula", DataTypes.StringType, false),
      DataTypes.createStructField("parent_formula", DataTypes.StringType, true),
      DataTypes.createStructField("explicit_sg", DataTypes.IntegerType, true),
      DataTypes.createStructField("hint_sgs",
          DataTypes.createArrayType(DataTypes.IntegerType, false), false),
      DataTypes.createStructField("hint_evidence", STRINGS, false),
      DataTypes.createStructField("base", DataTypes.DoubleType, false),
      DataTypes.createStructField("evidence", STRINGS, false),
      DataTypes.createStructField("flags", STRINGS, false),
      DataTypes.createStructField("volume_per_atom", DataTypes.DoubleType, true)});

  /** A resolved link, with the material's formula and polymorph still apart. */
  public static final StructType RESOLVED = new StructType(new StructField[] {
      DataTypes.createStructField("reduced_formula", DataTypes.StringType, false),
      DataTypes.createStructField("spacegroup_number", DataTypes.IntegerType, true),
      DataTypes.createStructField("parent_formula", DataTypes.StringType, true),
      DataTypes.createStructField("kind", DataTypes.StringType, false),
      DataTypes.createStructField("target_table", DataTypes.StringType, false),
      DataTypes.createStructField("target_id", DataTypes.StringType, false),
      DataTypes.createStructField("score", DataTypes.DoubleType, false),
      DataTypes.createStructField("evidence", STRINGS, false),
      DataTypes.createStructField("flags", STRINGS, false)});

  private LinkSchemas() {
  }
}
