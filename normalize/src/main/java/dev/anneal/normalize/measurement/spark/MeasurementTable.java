package dev.anneal.normalize.measurement.spark;

import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createStructField;
import static org.apache.spark.sql.types.DataTypes.createStructType;

import dev.anneal.ingest.Rejection;
import dev.anneal.ingest.lablog.LabRecord;
import dev.anneal.ingest.spark.RawRows;
import dev.anneal.normalize.measurement.MeasurementNormalizer;
import dev.anneal.normalize.measurement.MeasurementRow;
import dev.anneal.schema.RawSchemas;
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

  /** What interpretation emits: the table name and, in the column of that name, the row. */
  public static final StructType ENVELOPE = createStructType(List.of(
      createStructField("table", StringType, false),
      createStructField("measurements", RawSchemas.MEASUREMENTS, true),
      createStructField("quarantine", RawSchemas.QUARANTINE, true)));

  /**
   * Interprets {@code labRecords} (rows of {@code raw/lab_records}) file by file: each file's
   * records are gathered in one task, in row order, so a row can be resolved against its
   * neighbours (SuperMat's {@code x = 0.10} rows). Returns {@link #ENVELOPE} rows.
   */
  public static Dataset<Row> interpret(Dataset<Row> labRecords) {
    return labRecords
        .groupByKey((MapFunction<Row, String>) r -> r.<String>getAs("source_uri"), Encoders.STRING())
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
