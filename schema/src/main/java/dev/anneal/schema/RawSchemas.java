package dev.anneal.schema;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;
import static org.apache.spark.sql.types.DataTypes.createMapType;
import static org.apache.spark.sql.types.DataTypes.createStructField;
import static org.apache.spark.sql.types.DataTypes.createStructType;

import java.util.List;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The schemas of the raw tables (what ingest reads, and what normalize interprets): a public
 * contract, documented column by column in {@code docs/schemas.md} and checked against it.
 */
public final class RawSchemas {

  private RawSchemas() {
  }

  /** {@code raw/documents}: one row per paper or text document. */
  public static final StructType DOCUMENTS = createStructType(List.of(
      required("doc_id", StringType),
      required("source_uri", StringType),
      required("format", StringType),
      required("title", StringType),
      required("authors", createArrayType(StringType, false)),
      required("doi", StringType),
      optional("year", IntegerType),
      required("abstract", StringType),
      required("text", StringType),
      required("n_chars", IntegerType),
      required("journal", StringType),
      required("language", StringType),
      required("content_hash", StringType),

      required("licence", StringType),
      required("source", StringType)));

  /** {@code raw/paragraphs}: one row per paragraph of a document. */
  public static final StructType PARAGRAPHS = createStructType(List.of(
      required("para_id", StringType),
      required("doc_id", StringType),
      required("section", StringType),
      required("ordinal", IntegerType),
      required("text", StringType),
      required("n_chars", IntegerType),
      required("kind", StringType),
      required("content_hash", StringType)));

  /** The lattice struct inside {@code raw/structures}. */
  public static final StructType LATTICE = createStructType(List.of(
      required("a", DoubleType), required("b", DoubleType), required("c", DoubleType),
      required("alpha", DoubleType), required("beta", DoubleType), required("gamma", DoubleType),
      required("matrix", createArrayType(createArrayType(DoubleType, false), false))));

  /** One site inside {@code raw/structures}. */
  public static final StructType SITE = createStructType(List.of(
      required("species", StringType),
      optional("oxidation_state", DoubleType),
      required("occupancy", DoubleType),
      required("x", DoubleType), required("y", DoubleType), required("z", DoubleType),
      required("label", StringType)));

  /** {@code raw/structures}: one row per crystal structure (full cell). */
  public static final StructType STRUCTURES = createStructType(List.of(
      required("structure_id", StringType),
      required("source_uri", StringType),
      required("format", StringType),
      required("block_name", StringType),
      required("formula", StringType),
      required("formula_as_written", StringType),
      required("reduced_formula", StringType),
      required("chemsys", StringType),
      required("elements", createArrayType(StringType, false)),
      required("nsites", IntegerType),
      required("lattice", LATTICE),
      required("volume", DoubleType),
      required("density", DoubleType),
      required("spacegroup_symbol", StringType),
      optional("spacegroup_number", IntegerType),
      required("sites", createArrayType(SITE, false)),
      required("warnings", createArrayType(StringType, false)),
      required("content_hash", StringType)));

  /** One ionic step inside {@code raw/calculations}: energies in eV. */
  public static final StructType IONIC_STEP = createStructType(List.of(
      optional("e_fr_energy", DoubleType),
      optional("e_wo_entrp", DoubleType),
      optional("e_0_energy", DoubleType),
      required("electronic_steps", IntegerType)));

  /** A structure nested in another table: its cell and sites. */
  public static final StructType CELL = createStructType(List.of(
      required("reduced_formula", StringType),
      required("nsites", IntegerType),
      required("lattice", LATTICE),
      required("volume", DoubleType),
      required("sites", createArrayType(SITE, false))));

  /** Summary statistics of one series column. */
  public static final StructType SERIES_STATS = createStructType(List.of(
      required("count", IntegerType), required("first", DoubleType), required("last", DoubleType),
      required("min", DoubleType), required("max", DoubleType), required("mean", DoubleType),
      required("stddev", DoubleType)));

  /** {@code raw/calculations}: one simulation run (VASP, Quantum ESPRESSO, LAMMPS). */
  public static final StructType CALCULATIONS = createStructType(List.of(
      required("calc_id", StringType),
      required("source_uri", StringType),
      required("code", StringType),
      required("code_version", StringType),
      optional("reduced_formula", StringType),
      optional("chemsys", StringType),
      required("elements", createArrayType(StringType, false)),
      required("natoms", IntegerType),
      optional("energy_ev", DoubleType),
      optional("energy_per_atom_ev", DoubleType),
      required("converged", BooleanType),
      optional("converged_electronic", BooleanType),
      optional("converged_ionic", BooleanType),
      required("parameters", createMapType(StringType, StringType, false)),
      required("ionic_steps", createArrayType(IONIC_STEP, false)),
      optional("initial_structure", CELL),
      optional("final_structure", CELL),
      optional("final_forces", createArrayType(createArrayType(DoubleType, false), false)),
      optional("final_stress_gpa", createArrayType(createArrayType(DoubleType, false), false)),
      required("series", createMapType(StringType, createArrayType(DoubleType, false), false)),
      required("series_stats", createMapType(StringType, SERIES_STATS, false)),
      required("warnings", createArrayType(StringType, false)),
      required("content_hash", StringType)));

  /** {@code raw/lab_records}: one measured value from a lab log or notebook, as written. */
  public static final StructType LAB_RECORDS = createStructType(List.of(
      required("source_uri", StringType),
      required("row_number", LongType),
      required("row_id", StringType),
      required("sample_id", StringType),
      required("material_as_written", StringType),
      required("property", StringType),
      required("value_as_written", StringType),
      required("unit_as_written", StringType),
      required("conditions", createMapType(StringType, StringType, false)),
      required("condition_units", createMapType(StringType, StringType, false)),
      required("variables", createMapType(StringType, StringType, false)),
      required("measured_at", StringType),
      required("operator", StringType),
      required("notes", StringType),
      required("source_kind", StringType),
      required("group", StringType),
      required("context", createMapType(StringType, StringType, false))));

  /** A starting material inside {@code raw/synthesis_records}, as written. */
  public static final StructType PRECURSOR = createStructType(List.of(
      required("name", StringType),
      required("formula_as_written", StringType),
      required("quantity", StringType),
      required("unit", StringType)));

  /** One step inside {@code raw/synthesis_records}: conditions as written, with their units. */
  public static final StructType OPERATION_AS_WRITTEN = createStructType(List.of(
      required("type", StringType),
      required("text", StringType),
      required("conditions", createMapType(StringType, StringType, false))));

  /** {@code raw/synthesis_records}: one synthesis as its source writes it (no units interpreted). */
  public static final StructType SYNTHESIS_RECORDS = createStructType(List.of(
      required("record_id", StringType),
      required("source_uri", StringType),
      required("location", StringType),
      required("source_kind", StringType),
      required("doc_id", StringType),
      required("sample_id", StringType),
      required("text", StringType),
      required("targets", createArrayType(StringType, false)),
      required("precursors", createArrayType(PRECURSOR, false)),
      required("operations", createArrayType(OPERATION_AS_WRITTEN, false))));

  /** {@code raw/measurements}: one measured value, interpreted (written by normalize). */
  public static final StructType MEASUREMENTS = createStructType(List.of(
      required("meas_id", StringType),
      required("source_uri", StringType),
      required("location", StringType),
      required("sample_id", StringType),
      required("material", StringType),
      required("reduced_formula", StringType),
      required("chemsys", StringType),
      required("property", StringType),
      optional("value", DoubleType),
      required("value_low", DoubleType),
      required("value_high", DoubleType),
      required("unit", StringType),
      required("value_as_written", StringType),
      required("unit_as_written", StringType),
      required("conditions", createMapType(StringType, StringType, false)),
      required("measured_at", StringType),
      required("operator", StringType),
      required("notes", StringType),
      required("source_kind", StringType),
      required("flags", createArrayType(StringType, false)),
      required("context", createMapType(StringType, StringType, false))));

  /** One product of an interpreted synthesis, with its formula read. */
  public static final StructType SYNTHESIS_TARGET = createStructType(List.of(
      required("as_written", StringType),
      optional("reduced_formula", StringType),
      optional("chemsys", StringType),
      required("flags", createArrayType(StringType, false))));

  /** One starting material of an interpreted synthesis. */
  public static final StructType SYNTHESIS_PRECURSOR = createStructType(List.of(
      required("name", StringType),
      required("formula_as_written", StringType),
      optional("reduced_formula", StringType),
      required("quantity", StringType),
      required("unit", StringType)));

  /** One step of an interpreted synthesis, in SI units. */
  public static final StructType SYNTHESIS_OPERATION = createStructType(List.of(
      required("type", StringType),
      required("text", StringType),
      required("temperatures_k", createArrayType(DoubleType, false)),
      required("durations_s", createArrayType(DoubleType, false)),
      optional("heating_rate_k_per_s", DoubleType),
      required("atmosphere", StringType)));

  /** {@code raw/synthesis}: one synthesis, interpreted (written by normalize). */
  public static final StructType SYNTHESIS = createStructType(List.of(
      required("synth_id", StringType),
      required("source_uri", StringType),
      required("source_kind", StringType),
      optional("doc_id", StringType),
      optional("para_id", StringType),
      required("sample_id", StringType),
      required("text", StringType),
      required("score", DoubleType),
      required("method", StringType),
      required("targets", createArrayType(SYNTHESIS_TARGET, false)),
      required("precursors", createArrayType(SYNTHESIS_PRECURSOR, false)),
      required("operations", createArrayType(SYNTHESIS_OPERATION, false)),
      required("flags", createArrayType(StringType, false))));

  /** {@code raw/quarantine}: one row per rejected input or record. */
  public static final StructType QUARANTINE = createStructType(List.of(
      required("source_uri", StringType),
      required("stage", StringType),
      required("reason", StringType),
      required("message", StringType),
      required("location", StringType),
      required("sample", StringType)));

  /**
   * What one ingest task emits per record: the name of the table it belongs to and, in the
   * column of that name, the row; the other columns are null.
   */
  public static final StructType ENVELOPE = createStructType(List.of(
      required("table", StringType),
      optional("documents", DOCUMENTS),
      optional("paragraphs", PARAGRAPHS),
      optional("structures", STRUCTURES),
      optional("calculations", CALCULATIONS),
      optional("lab_records", LAB_RECORDS),
      optional("synthesis_records", SYNTHESIS_RECORDS),
      optional("quarantine", QUARANTINE)));

  /** A column that is never null. */
  public static StructField required(String name, org.apache.spark.sql.types.DataType type) {
    return createStructField(name, type, false);
  }

  /** A nullable column. */
  public static StructField optional(String name, org.apache.spark.sql.types.DataType type) {
    return createStructField(name, type, true);
  }
}
