package dev.anneal.tokenize.render;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The tables rendering reads; the optional ones are null when no stage has written them yet.
 *
 * @param documents    {@code raw/documents}
 * @param paragraphs   {@code raw/paragraphs}
 * @param structures   {@code raw/structures}
 * @param materials    {@code curated/materials}
 * @param calculations {@code raw/calculations}, or null
 * @param measurements {@code raw/measurements}, or null
 * @param labels       {@code curated/labels}, or null
 * @param synthesis    {@code raw/synthesis}, or null
 * @param links        {@code curated/links}, or null
 */
public record RenderInputs(Dataset<Row> documents, Dataset<Row> paragraphs,
                           Dataset<Row> structures, Dataset<Row> materials,
                           Dataset<Row> calculations, Dataset<Row> measurements,
                           Dataset<Row> labels, Dataset<Row> synthesis, Dataset<Row> links) {
}
