package dev.anneal.search.spark;

import java.util.Objects;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The tables an index is built from. Paragraphs, documents and materials are required; every
 * other table may be null when the stage that writes it has not run (or is not merged yet).
 *
 * @param paragraphs   {@code raw/paragraphs}
 * @param documents    {@code raw/documents}
 * @param materials    {@code curated/materials}
 * @param structures   {@code raw/structures}, or null
 * @param calculations {@code raw/calculations}, or null
 * @param synthesis    {@code raw/synthesis} (the interpreted contract, or ingest's earlier shape), or null
 * @param measurements {@code raw/measurements}, or null; used for material properties only when
 *                     there are no labels
 * @param links        {@code curated/links}, or null
 * @param labels       {@code curated/labels}, or null
 */
public record IndexInputs(Dataset<Row> paragraphs, Dataset<Row> documents,
                          Dataset<Row> materials, Dataset<Row> structures,
                          Dataset<Row> calculations, Dataset<Row> synthesis,
                          Dataset<Row> measurements, Dataset<Row> links, Dataset<Row> labels) {

  /** Requires the three tables every run has. */
  public IndexInputs {
    Objects.requireNonNull(paragraphs, "paragraphs");
    Objects.requireNonNull(documents, "documents");
    Objects.requireNonNull(materials, "materials");
  }
}
