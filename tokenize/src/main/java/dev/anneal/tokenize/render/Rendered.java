package dev.anneal.tokenize.render;

import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createStructField;
import static org.apache.spark.sql.types.DataTypes.createStructType;

import dev.anneal.ingest.fault.Faults;
import dev.anneal.ingest.spark.RawRows;
import dev.anneal.schema.CuratedSchemas;
import dev.anneal.schema.RawSchemas;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.StructType;

/**
 * The render stage's record barrier: what rendering one record emits, its rows or, when its
 * renderer threw, one {@code raw/quarantine} row at stage {@code render} (reason from {@link
 * Faults}), so the other records' samples are written and the run goes on.
 */
public final class Rendered {

  /** The stage name on quarantine rows. */
  public static final String STAGE = "render";

  /** What rendering emits: the table name and, in the column of that name, the row. */
  public static final StructType ENVELOPE = envelope(CuratedSchemas.RENDERED_SAMPLES);

  /** What rendering a dossier part emits (the parts are grouped into dossiers afterwards). */
  public static final StructType PART_ENVELOPE = envelope(CuratedSchemas.DOSSIER_PART);

  private static final String ROWS = "rows";
  private static final String QUARANTINE = "quarantine";
  private static final int SAMPLE_CHARS = 200;

  private Rendered() {
  }

  private static StructType envelope(StructType rows) {
    return createStructType(List.of(
        createStructField("table", StringType, false),
        createStructField(ROWS, rows, true),
        createStructField(QUARANTINE, RawSchemas.QUARANTINE, true)));
  }

  /**
   * Renders the record in {@code input} with {@code work}: its rows, or the quarantine row for
   * the failure; {@code what} names the work ("rendering the structure"), {@code idColumn} the
   * column whose value locates the record.
   */
  public static Iterator<Row> guard(Row input, String what, String idColumn,
                                    Callable<List<Row>> work) {
    List<Row> rows;
    try {
      rows = work.call();
    } catch (Throwable t) {
      return List.of(fault(input, what, idColumn, t)).iterator();
    }
    List<Row> out = new ArrayList<>(rows.size());
    for (Row r : rows) {
      out.add(RowFactory.create(ROWS, r, null));
    }
    return out.iterator();
  }

  /** The quarantine envelope row for {@code t}, thrown while rendering {@code input}. */
  static Row fault(Row input, String what, String idColumn, Throwable t) {
    String id = RawRows.textOf(input, idColumn);
    String text = RawRows.textOf(input, "text");
    return RowFactory.create(QUARANTINE, null, RawRows.quarantine(Faults.rejection(STAGE,
        RawRows.textOf(input, "source_uri"), idColumn + " " + id, what, t,
        text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text)));
  }

  /** The rendered rows in {@code envelope} (samples or dossier parts). */
  public static Dataset<Row> rows(Dataset<Row> envelope) {
    return envelope.where(envelope.col("table").equalTo(ROWS)).select(ROWS + ".*");
  }

  /** The quarantine rows in {@code envelope}, in the {@code raw/quarantine} schema. */
  public static Dataset<Row> quarantine(Dataset<Row> envelope) {
    return envelope.where(envelope.col("table").equalTo(QUARANTINE)).select(QUARANTINE + ".*");
  }

  /** The quarantine rows of {@code envelope} (of either kind) as {@link #ENVELOPE} rows. */
  static Dataset<Row> faults(Dataset<Row> envelope) {
    return quarantine(envelope).select(functions.lit(QUARANTINE).as("table"),
        functions.lit(null).cast(CuratedSchemas.RENDERED_SAMPLES).as(ROWS),
        functions.struct(functions.col("*")).as(QUARANTINE));
  }

}
