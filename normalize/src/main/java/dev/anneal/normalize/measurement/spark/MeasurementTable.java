package dev.anneal.normalize.measurement.spark;

import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;
import static org.apache.spark.sql.types.DataTypes.createMapType;
import static org.apache.spark.sql.types.DataTypes.createStructField;
import static org.apache.spark.sql.types.DataTypes.createStructType;

import dev.anneal.ingest.Rejection;
import dev.anneal.ingest.lablog.LabRecord;
import dev.anneal.ingest.spark.RawRows;
import dev.anneal.ingest.spark.RawSchemas;
import dev.anneal.normalize.measurement.MeasurementNormalizer;
import dev.anneal.normalize.measurement.MeasurementRow;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;
import scala.collection.JavaConverters;

/** {@code raw/measurements}: lab records interpreted per source file. */
public final class MeasurementTable {

  private MeasurementTable() {
  }

  /** One measured value with its canonical material, value and unit. */
  public static final StructType MEASUREMENTS = createStructType(List.of(
      createStructField("meas_id", StringType, false),
      createStructField("source_uri", StringType, false),
      createStructField("location", StringType, false),
      createStructField("sample_id", StringType, false),
      createStructField("material", StringType, false),
      createStructField("reduced_formula", StringType, false),
      createStructField("chemsys", StringType, false),
      createStructField("property", StringType, false),
      createStructField("value", DoubleType, true),
      createStructField("value_low", DoubleType, false),
      createStructField("value_high", DoubleType, false),
      createStructField("unit", StringType, false),
      createStructField("value_as_written", StringType, false),
      createStructField("unit_as_written", StringType, false),
      createStructField("conditions", createMapType(StringType, StringType, false), false),
      createStructField("measured_at", StringType, false),
      createStructField("operator", StringType, false),
      createStructField("notes", StringType, false),
      createStructField("source_kind", StringType, false),
      createStructField("flags", createArrayType(StringType, false), false),
      createStructField("context", createMapType(StringType, StringType, false), false)));

  /** What interpretation emits: the table name and, in the column of that name, the row. */
  public static final StructType ENVELOPE = createStructType(List.of(
      createStructField("table", StringType, false),
      createStructField("measurements", MEASUREMENTS, true),
      createStructField("quarantine", RawSchemas.QUARANTINE, true)));

  /**
   * Interprets {@code labRecords} (rows of {@code raw/lab_records}) file by file: each file's
   * records are gathered in one task, in row order, so a row can be resolved against its
   * neighbours (SuperMat's {@code x = 0.10} rows). Returns {@link #ENVELOPE} rows.
   */
  public static Dataset<Row> interpret(Dataset<Row> labRecords) {
    return labRecords
        .groupByKey((MapFunction<Row, String>) r -> r.getString(0), Encoders.STRING())
        .flatMapGroups((FlatMapGroupsFunction<String, Row, Row>) MeasurementTable::interpretFile,
            Encoders.row(ENVELOPE));
  }

  /** The rows of one table from the envelope. */
  public static Dataset<Row> table(Dataset<Row> envelope, String table) {
    return envelope.where(envelope.col("table").equalTo(table)).select(table + ".*");
  }

  private static Iterator<Row> interpretFile(String sourceUri, Iterator<Row> rows) {
    List<LabRecord> records = new ArrayList<>();
    rows.forEachRemaining(r -> records.add(RawRows.toLabRecord(r)));
    records.sort(Comparator.comparingLong(LabRecord::rowNumber));
    MeasurementNormalizer.Result result = MeasurementNormalizer.normalize(records);
    List<Row> out = new ArrayList<>();
    for (MeasurementRow m : result.measurements()) {
      out.add(RowFactory.create("measurements", row(m), null));
    }
    for (Rejection r : result.rejections()) {
      out.add(RowFactory.create("quarantine", null, RawRows.quarantine(r)));
    }
    return out.iterator();
  }

  /** The {@code raw/measurements} row of {@code m}. */
  public static Row row(MeasurementRow m) {
    return RowFactory.create(m.measId(), m.sourceUri(), m.location(), m.sampleId(), m.material(),
        m.reducedFormula(), m.chemsys(), m.property(), m.value(), m.valueLow(), m.valueHigh(),
        m.unit(), m.valueAsWritten(), m.unitAsWritten(),
        JavaConverters.mapAsScalaMap(m.conditions()), m.measuredAt(), m.operator(), m.notes(),
        m.sourceKind(), JavaConverters.asScalaBuffer(m.flags()).toSeq(),
        JavaConverters.mapAsScalaMap(m.context()));
  }
}
