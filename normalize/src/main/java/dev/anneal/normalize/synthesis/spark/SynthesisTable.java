package dev.anneal.normalize.synthesis.spark;

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
import scala.collection.JavaConverters;

/** {@code raw/synthesis}: synthesis records interpreted, and synthesis paragraphs found in papers. */
public final class SynthesisTable {

  private SynthesisTable() {
  }

  /** Interprets every row of {@code raw/synthesis_records}. */
  public static Dataset<Row> fromRecords(Dataset<Row> records) {
    Column[] columns = Arrays.stream(RawSchemas.SYNTHESIS_RECORDS.fieldNames())
        .map(functions::col).toArray(Column[]::new);
    return records.select(columns).map((MapFunction<Row, Row>) r ->
        row(RecordInterpreter.interpret(RawRows.toSynthesisRecord(r))), Encoders.row(RawSchemas.SYNTHESIS));
  }

  /**
   * The synthesis paragraphs of {@code paragraphs} (rows of {@code raw/paragraphs}), with the
   * {@code source_uri} and title of their document from {@code documents}.
   */
  public static Dataset<Row> fromParagraphs(Dataset<Row> paragraphs, Dataset<Row> documents) {
    Dataset<Row> docs = documents.select(functions.col("doc_id").as("d_doc_id"),
        functions.col("source_uri"), functions.col("title"));
    return paragraphs.join(docs, paragraphs.col("doc_id").equalTo(docs.col("d_doc_id")), "left")
        .select("para_id", "doc_id", "section", "text", "source_uri", "title")
        .flatMap((FlatMapFunction<Row, Row>) r -> {
          String uri = orEmpty(r, "source_uri");
          return ParagraphSynthesis.interpret(uri, r.getAs("doc_id"), r.getAs("para_id"),
              orEmpty(r, "section"), orEmpty(r, "text"), orEmpty(r, "title"))
              .map(s -> List.of(row(s)).iterator()).orElse(List.<Row>of().iterator());
        }, Encoders.row(RawSchemas.SYNTHESIS));
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
