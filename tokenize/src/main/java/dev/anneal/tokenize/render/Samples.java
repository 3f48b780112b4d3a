package dev.anneal.tokenize.render;

import static org.apache.spark.sql.functions.col;

import dev.anneal.ingest.ContentId;
import dev.anneal.ingest.spark.RawRows;
import java.util.List;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import scala.collection.JavaConverters;

/** Builds {@code curated/samples} from the curated and raw tables, one text per record. */
public final class Samples {

  /** The kind of a sample rendered from a paper paragraph. */
  public static final String PARAGRAPH = "paragraph";
  /** The kind of a sample rendered from a crystal structure. */
  public static final String STRUCTURE = "structure";

  private Samples() {
  }

  /** One sample per paragraph, with its document's title and its section heading. */
  public static Dataset<Row> fromParagraphs(Dataset<Row> paragraphs, Dataset<Row> documents) {
    Dataset<Row> joined = paragraphs.join(
        documents.select(col("doc_id"), col("title"), col("format")), "doc_id");
    return joined.map((MapFunction<Row, Row>) r -> {
      String paraId = r.getAs("para_id");
      String text = ParagraphText.render(r.getAs("title"), r.getAs("section"), r.getAs("text"));
      return sample(ContentId.of("sample", PARAGRAPH, text), PARAGRAPH,
          "papers", null, List.of(paraId, r.<String>getAs("doc_id")), text);
    }, Encoders.row(SampleSchema.SAMPLES));
  }

  /**
   * One sample per structure, joined to its material by {@code structureMaterial}
   * (structure_id, material_id).
   */
  public static Dataset<Row> fromStructures(Dataset<Row> structures,
                                            Dataset<Row> structureMaterial, int digits) {
    Dataset<Row> joined = structures.join(structureMaterial, "structure_id");
    return joined.map((MapFunction<Row, Row>) r -> {
      String text = new StructureText(digits).render(RawRows.toStructure(r));
      String structureId = r.getAs("structure_id");
      return sample(ContentId.of("sample", STRUCTURE, text), STRUCTURE, "structures",
          r.getAs("material_id"), List.of(structureId), text);
    }, Encoders.row(SampleSchema.SAMPLES));
  }

  private static Row sample(String id, String kind, String source, String materialId,
                            List<String> sourceIds, String text) {
    return RowFactory.create(id, kind, source, materialId,
        JavaConverters.asScalaBuffer(sourceIds).toSeq(), text, text.length());
  }
}
