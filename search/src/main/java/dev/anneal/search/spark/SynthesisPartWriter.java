package dev.anneal.search.spark;

import dev.anneal.search.index.IndexFields;
import dev.anneal.search.index.IndexedRecord;
import dev.anneal.search.index.SearchIndexWriter;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.Row;

/**
 * Indexes synthesis descriptions in the shape {@link PartitionedIndexBuilder} gives them
 * ({@code target_names}, {@code target_formulas}, {@code precursor_names}, {@code temperatures}
 * in K, {@code detail}); temperatures become property {@code temperature}.
 */
final class SynthesisPartWriter extends IndexPartWriter {

  private static final long serialVersionUID = 1L;

  SynthesisPartWriter(String stagingDir, Configuration conf) {
    super(stagingDir, "synthesis", conf);
  }

  @Override
  String idColumn() {
    return "synth_id";
  }

  @Override
  void add(SearchIndexWriter writer, Row r) throws IOException {
    List<String> names = RowExtras.strings(r, "target_names");
    LinkedHashSet<String> formulas = new LinkedHashSet<>(RowExtras.strings(r, "target_formulas"));
    if (formulas.isEmpty()) {
      formulas.addAll(names);
    }
    String method = RowExtras.has(r, "method") ? r.getAs("method") : "";
    String title = "Synthesis of " + (names.isEmpty() ? "an unnamed target" : String.join(", ", names))
        + (method == null || method.isBlank() ? "" : " (" + method.replace('_', ' ') + ")");
    List<String> precursors = RowExtras.strings(r, "precursor_names");
    String text = r.getAs("text");
    if ((text == null || text.isBlank()) && !precursors.isEmpty()) {
      text = "From " + String.join(", ", precursors) + ".";
    }
    List<Double> temperatures = RowExtras.has(r, "temperatures")
        ? r.getList(r.fieldIndex("temperatures")) : List.of();
    String docId = RowExtras.has(r, "doc_id") ? r.getAs("doc_id") : null;
    Integer year = RowExtras.has(r, "year") ? r.getAs("year") : null;
    List<String> docs = new ArrayList<>();
    if (docId != null && !docId.isBlank()) {
      docs.add(docId);
    }
    writer.add(new IndexedRecord(IndexFields.KIND_SYNTHESIS, r.getAs("synth_id"), title, text,
        List.copyOf(formulas), List.of(), List.of(), year, docs,
        RowExtras.of(r, Map.of("temperature", temperatures))));
  }
}
