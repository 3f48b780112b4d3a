package dev.anneal.normalize.synthesis.spark;

import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createStructField;
import static org.apache.spark.sql.types.DataTypes.createStructType;

import dev.anneal.ingest.fault.Faults;
import dev.anneal.ingest.spark.RawRows;
import dev.anneal.normalize.synthesis.ParagraphSynthesis;
import dev.anneal.normalize.synthesis.RecordInterpreter;
import dev.anneal.normalize.synthesis.SynthesisRow;
import dev.anneal.schema.RawSchemas;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.StructType;
import scala.collection.JavaConverters;

/** {@code raw/synthesis}: synthesis records interpreted, and synthesis paragraphs found in papers. */
public final class SynthesisTable {

  /**
   * What interpretation emits: the table name ({@code synthesis} or {@code quarantine}) and, in
   * the column of that name, the row. A record or paragraph whose interpretation throws is one
   * quarantine row at stage {@code normalize} (the record barrier), so the others are written.
   */
  public static final StructType ENVELOPE = createStructType(List.of(
      createStructField("table", StringType, false),
      createStructField("synthesis", RawSchemas.SYNTHESIS, true),
      createStructField("quarantine", RawSchemas.QUARANTINE, true)));

  private static final String STAGE = "normalize";
  private static final int SAMPLE_CHARS = 200;

  private SynthesisTable() {
  }

  /** Interprets every row of {@code raw/synthesis_records}, as {@link #ENVELOPE} rows. */
  public static Dataset<Row> fromRecords(Dataset<Row> records) {
    Column[] columns = Arrays.stream(RawSchemas.SYNTHESIS_RECORDS.fieldNames())
        .map(functions::col).toArray(Column[]::new);
    return records.select(columns).map((MapFunction<Row, Row>) r -> {
      try {
        return RowFactory.create("synthesis",
            row(RecordInterpreter.interpret(RawRows.toSynthesisRecord(r))), null);
      } catch (Throwable t) {
        return fault(RawRows.textOf(r, "source_uri"), RawRows.textOf(r, "location"),
            "interpreting the synthesis record", t, RawRows.textOf(r, "text"));
      }
    }, Encoders.row(ENVELOPE));
  }

  /** The rows of {@code table} ({@code synthesis} or {@code quarantine}) of {@code envelope}. */
  public static Dataset<Row> table(Dataset<Row> envelope, String table) {
    return envelope.where(envelope.col("table").equalTo(table)).select(table + ".*");
  }

  private static Row fault(String uri, String location, String what, Throwable t, String text) {
    return RowFactory.create("quarantine", null, RawRows.quarantine(Faults.rejection(STAGE, uri,
        location, what, t, text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS)
            : text)));
  }


  /**
   * The synthesis paragraphs of {@code paragraphs} (rows of {@code raw/paragraphs}), with the
   * {@code source_uri} and title of their document from {@code documents}, as {@link #ENVELOPE}
   * rows.
   */
  public static Dataset<Row> fromParagraphs(Dataset<Row> paragraphs, Dataset<Row> documents) {
    Dataset<Row> docs = documents.select(functions.col("doc_id").as("d_doc_id"),
        functions.col("source_uri"), functions.col("title"));
    return paragraphs.join(docs, paragraphs.col("doc_id").equalTo(docs.col("d_doc_id")), "left")
        .select("para_id", "doc_id", "section", "text", "source_uri", "title")
        .flatMap((FlatMapFunction<Row, Row>) r -> {
          String uri = orEmpty(r, "source_uri");
          String text = orEmpty(r, "text");
          try {
            return ParagraphSynthesis.interpret(uri, r.getAs("doc_id"), r.getAs("para_id"),
                    orEmpty(r, "section"), text, orEmpty(r, "title"))
                .map(s -> List.of(RowFactory.create("synthesis", row(s), null)).iterator())
                .orElse(List.<Row>of().iterator());
          } catch (Throwable t) {
            return List.of(fault(uri, "paragraph " + r.getAs("para_id"),
                "reading the synthesis paragraph", t, text)).iterator();
          }
        }, Encoders.row(ENVELOPE));
  }

  static Row row(SynthesisRow s) {
    List<Row> targets = new ArrayList<>();
    for (SynthesisRow.Target t : s.targets()) {
      targets.add(RowFactory.create(t.asWritten(), t.reducedFormula(), t.chemsys(),
          seq(t.flags())));
    }
    List<Row> precursors = new ArrayList<>();
    for (SynthesisRow.Precursor p : s.precursors()) {
      precursors.add(RowFactory.create(p.name(), p.formulaAsWritten(), p.reducedFormula(),
          p.quantity(), p.unit()));
    }
    List<Row> operations = new ArrayList<>();
    for (SynthesisRow.Operation o : s.operations()) {
      operations.add(RowFactory.create(o.type(), o.text(), seq(o.temperaturesK()),
          seq(o.durationsS()), o.heatingRateKPerS(), o.atmosphere()));
    }
    return RowFactory.create(s.synthId(), s.sourceUri(), s.sourceKind(), s.docId(), s.paraId(),
        s.sampleId(), s.text(), s.score(), s.method(), seq(targets), seq(precursors),
        seq(operations), seq(s.flags()));
  }

  private static String orEmpty(Row r, String column) {
    return r.isNullAt(r.fieldIndex(column)) ? "" : r.getAs(column);
  }

  private static <T> scala.collection.Seq<T> seq(List<T> list) {
    return JavaConverters.asScalaBuffer(new ArrayList<>(list)).toSeq();
  }
}
