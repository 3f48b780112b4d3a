package dev.anneal.schema;

import static dev.anneal.schema.RawSchemas.optional;
import static dev.anneal.schema.RawSchemas.required;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;
import static org.apache.spark.sql.types.DataTypes.createStructType;

import java.util.List;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.StructType;

/**
 * The schemas of the curated tables (materials, links, labels, samples, exclusions): a public
 * contract, documented column by column in {@code docs/schemas.md} and checked against it.
 * Materials, links and labels are built by Spark expressions; their tests check that what the
 * producer builds is exactly the schema here.
 */
public final class CuratedSchemas {

  private static final ArrayType STRINGS = createArrayType(StringType, false);

  private CuratedSchemas() {
  }

  /** {@code curated/materials}: one material (written by the link stage). */
  public static final StructType MATERIALS = createStructType(List.of(
      required("material_id", StringType),
      required("reduced_formula", StringType),
      required("chemsys", StringType),
      required("elements", STRINGS),
      optional("spacegroup_number", IntegerType),
      required("structure_ids", STRINGS),
      required("calc_ids", STRINGS),
      required("synth_ids", STRINGS),
      required("doc_ids", STRINGS),
      required("n_structures", IntegerType),
      required("meas_ids", STRINGS),
      required("para_ids", STRINGS),
      required("parent_ids", STRINGS),
      required("n_links", IntegerType)));

  /** {@code curated/links}: one link from a material to a record. */
  public static final StructType LINKS = createStructType(List.of(
      required(Links.MATERIAL_ID, StringType),
      required(Links.KIND, StringType),
      required(Links.TARGET_TABLE, StringType),
      required(Links.TARGET_ID, StringType),
      required(Links.SCORE, DoubleType),
      required(Links.EVIDENCE, STRINGS),
      required(Links.FLAGS, STRINGS)));

  /** One corrected or rejected measurement inside a {@code curated/labels} row. */
  public static final StructType LABEL_CORRECTION = createStructType(List.of(
      required("meas_id", StringType),
      required("source", StringType),
      required("recorded", DoubleType),
      required("value", DoubleType),
      required("decision", StringType)));

  /** {@code curated/labels}: one denoised property value of a material. */
  public static final StructType LABELS = createStructType(List.of(
      required("label_id", StringType),
      required("material_id", StringType),
      required("property", StringType),
      required("condition", StringType),
      optional("value", DoubleType),
      optional("uncertainty", DoubleType),
      required("unit", StringType),
      required("n_obs", IntegerType),
      required("n_used", IntegerType),
      required("method", StringType),
      required("flags", STRINGS),
      required("used_ids", STRINGS),
      required("rejected_ids", STRINGS),
      required("corrections", createArrayType(LABEL_CORRECTION, false)),
      required("n_sources", IntegerType)));

  /**
   * A sample as render builds it, before its licence is looked up: {@link #SAMPLES} without its
   * last column.
   */
  public static final StructType RENDERED_SAMPLES = createStructType(List.of(
      required(Samples.SAMPLE_ID, StringType),
      required(Samples.KIND, StringType),
      required(Samples.SOURCE, StringType),
      optional(Samples.MATERIAL_ID, StringType),
      required(Samples.SOURCE_IDS, STRINGS),
      required(Samples.TEXT, StringType),
      required(Samples.N_CHARS, IntegerType),
      required(Samples.SPLIT_KEY, StringType)));

  /** {@code curated/samples}: one training text before tokenization (written by render). */
  public static final StructType SAMPLES = RENDERED_SAMPLES.add(
      required(Samples.LICENCE, StringType));

  /** One section of a material's dossier before it is assembled (render's intermediate). */
  public static final StructType DOSSIER_PART = createStructType(List.of(
      required("material_id", StringType),
      required("section", StringType),
      required("source_id", StringType),
      required("text", StringType)));

  /** {@code curated/excluded}: one record the quality stage removes from training. */
  public static final StructType EXCLUDED = createStructType(List.of(
      required("record_table", StringType),
      required("record_id", StringType),
      required("sample_ids", STRINGS),
      required("reason", StringType),
      required("message", StringType),
      optional("kept_id", StringType),
      optional("benchmark", StringType)));

  /** Column names of {@code curated/links}. */
  public static final class Links {
    public static final String MATERIAL_ID = "material_id";
    public static final String KIND = "kind";
    public static final String TARGET_TABLE = "target_table";
    public static final String TARGET_ID = "target_id";
    public static final String SCORE = "score";
    public static final String EVIDENCE = "evidence";
    public static final String FLAGS = "flags";

    private Links() {
    }
  }

  /** Column names of {@code curated/samples}. */
  public static final class Samples {
    public static final String SAMPLE_ID = "sample_id";
    public static final String KIND = "kind";
    public static final String SOURCE = "source";
    public static final String MATERIAL_ID = "material_id";
    public static final String SOURCE_IDS = "source_ids";
    public static final String TEXT = "text";
    public static final String N_CHARS = "n_chars";
    public static final String SPLIT_KEY = "split_key";
    public static final String LICENCE = "licence";

    private Samples() {
    }
  }
}
