package dev.anneal.normalize.literature.spark;

import dev.anneal.ingest.Rejection;
import dev.anneal.ingest.spark.RawRows;
import dev.anneal.normalize.literature.ReportedValueExtractor;
import dev.anneal.normalize.measurement.MeasurementRow;
import dev.anneal.normalize.measurement.spark.MeasurementTable;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.functions;

/**
 * Values reported in papers, as {@link MeasurementTable#ENVELOPE} rows (measurements with
 * {@code source_kind = literature}, and quarantine rows), ready to union with lab-log values.
 */
public final class ReportedValues {

  private ReportedValues() {
  }

  /** Reads every paragraph of {@code paragraphs}; {@code documents} give their source files. */
  public static Dataset<Row> interpret(Dataset<Row> paragraphs, Dataset<Row> documents) {
    Dataset<Row> docs = documents.select(functions.col("doc_id").as("d_doc_id"),
        functions.col("source_uri"));
    return paragraphs.join(docs, paragraphs.col("doc_id").equalTo(docs.col("d_doc_id")), "left")
        .select("para_id", "text", "source_uri")
        .flatMap((FlatMapFunction<Row, Row>) r -> {
          String uri = r.isNullAt(r.fieldIndex("source_uri")) ? "" : r.getAs("source_uri");
          String text = r.isNullAt(r.fieldIndex("text")) ? "" : r.getAs("text");
          String paraId = r.getAs("para_id");
          ReportedValueExtractor.Result result;
          try {
            result = ReportedValueExtractor.extract(uri, paraId, text);
          } catch (Throwable t) {
            // The record boundary: one paragraph's failure is its quarantine row, not the run's.
            Rejection x = dev.anneal.ingest.fault.Faults.rejection("normalize", uri,
                "paragraph " + paraId, "reading reported values", t,
                text.length() > 200 ? text.substring(0, 200) : text);
            return List.of(RowFactory.create("quarantine", null, RawRows.quarantine(x)))
                .iterator();
          }
          List<Row> out = new ArrayList<>();
          for (MeasurementRow m : result.measurements()) {
            out.add(RowFactory.create("measurements", MeasurementTable.row(m), null));
          }
          for (Rejection x : result.rejections()) {
            out.add(RowFactory.create("quarantine", null, RawRows.quarantine(x)));
          }
          return out.iterator();
        }, Encoders.row(MeasurementTable.ENVELOPE));
  }
}
