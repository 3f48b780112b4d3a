package dev.anneal.search.spark;

import dev.anneal.search.index.IndexedParagraph;
import dev.anneal.search.index.SearchIndexWriter;
import java.io.IOException;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.Row;

/** Indexes rows of paragraphs joined with their document (title, source_uri, year) and materials. */
final class ParagraphPartWriter extends IndexPartWriter {

  private static final long serialVersionUID = 1L;

  ParagraphPartWriter(String stagingDir, Configuration conf) {
    super(stagingDir, "paragraphs", conf);
  }

  @Override
  String idColumn() {
    return "para_id";
  }

  @Override
  void add(SearchIndexWriter writer, Row r) throws IOException {
    writer.add(new IndexedParagraph(r.getAs("para_id"), r.getAs("doc_id"), r.getAs("title"),
        r.getAs("section"), r.getAs("text"), r.getAs("source_uri"), r.getAs("year")),
        RowExtras.of(r, Map.of()));
  }
}
