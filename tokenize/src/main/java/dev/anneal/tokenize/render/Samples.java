package dev.anneal.tokenize.render;

import static org.apache.spark.sql.functions.array_contains;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.struct;

import dev.anneal.ingest.ContentId;
import dev.anneal.ingest.spark.RawRows;
import dev.anneal.ingest.crystal.Structure;
import dev.anneal.schema.CuratedSchemas;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import scala.collection.JavaConverters;

/**
 * Builds {@code curated/samples} from the raw and curated tables: whole papers (or paragraphs),
 * structures, calculations, synthesis descriptions, material dossiers and, when configured,
 * single measured values and labels. Spark wiring only: the texts come from the renderers.
 */
public final class Samples {

  /** The kind of a whole paper, in reading order (the default unit of papers). */
  public static final String DOCUMENT = "document";
  /** The kind of a sample rendered from a paper paragraph. */
  public static final String PARAGRAPH = "paragraph";
  /** The kind of a sample rendered from a crystal structure. */
  public static final String STRUCTURE = "structure";
  /** The kind of a calculation summary. */
  public static final String CALCULATION = "calculation";
  /** The kind of a measured value. */
  public static final String MEASUREMENT = "measurement";
  /** The kind of a denoised label. */
  public static final String LABEL = "label";
  /** The kind of a synthesis recipe. */
  public static final String SYNTHESIS = "synthesis";
  /** The kind of a material dossier. */
  public static final String DOSSIER = "dossier";

  private static final List<String> LINK_KINDS = List.of("structure_of", "computed_for",
      "measured_on", "synthesized_in");

  private Samples() {
  }

  /**
   * Every sample of {@code in}: paragraphs, structures (per form and translation), and, for the
   * tables present, calculations, measurements, labels, syntheses and dossiers.
   */
  public static Dataset<Row> all(RenderInputs in, RenderSettings s) {
    return samples(render(in, s), in.documents());
  }

  /**
   * {@code render}'s samples, each with its licence from {@code documents}: the rows of {@code
   * curated/samples}.
   */
  public static Dataset<Row> samples(Dataset<Row> rendered, Dataset<Row> documents) {
    return SampleLicences.attach(Rendered.rows(rendered), documents);
  }

  /**
   * Every sample of {@code in}, as {@link Rendered#ENVELOPE} rows: a record whose renderer threw
   * is one quarantine row instead ({@link Rendered#quarantine}); see {@link #all}.
   */
  public static Dataset<Row> render(RenderInputs in, RenderSettings s) {
    Dataset<Row> owners = materialLinks(in);
    Dataset<Row> papers = RenderSettings.PARAGRAPH_UNIT.equals(s.paperUnit())
        ? fromParagraphs(in.paragraphs(), in.documents(), s.template(PARAGRAPH))
        : fromDocuments(in.paragraphs(), in.documents(), s.template(DOCUMENT));
    Dataset<Row> out = papers
        .unionByName(fromStructures(in.structures(), structureMaterial(owners), s));
    if (in.calculations() != null) {
      out = out.unionByName(fromCalculations(in.calculations(), owner(owners, "calculations"),
          s.template(CALCULATION)));
    }
    // A measured value or a label alone is one line: by default it reaches training text only
    // inside its material's dossier, where structure, synthesis and papers give it context.
    if (s.valueSamples() && in.measurements() != null) {
      out = out.unionByName(fromMeasurements(SourceNames.bySourceUri(in.measurements(), in.documents()),
          owner(owners, "measurements"), s.template(MEASUREMENT)));
    }
    if (s.valueSamples() && in.labels() != null) {
      out = out.unionByName(fromLabels(SourceNames.labelSources(in.labels(), in.measurements(), in.documents()),
          in.materials(), s.template(LABEL)));
    }
    if (in.synthesis() != null) {
      out = out.unionByName(fromSynthesis(SourceNames.byDocId(in.synthesis(), in.documents()),
          owner(owners, "synthesis"), s.template(SYNTHESIS)));
    }
    return out.unionByName(Dossiers.of(in, owners, s));
  }

  // The from* methods below return Rendered.ENVELOPE rows: a record whose renderer threw is
  // its quarantine row, so one bad record never fails the stage.

  /**
   * One sample per document: title, abstract, then every paragraph in reading order under its
   * section heading ({@link DocumentText}).
   */
  public static Dataset<Row> fromDocuments(Dataset<Row> paragraphs, Dataset<Row> documents,
                                           String template) {
    Column kind = java.util.Arrays.asList(paragraphs.columns()).contains("kind")
        ? col("kind") : lit("body");
    Dataset<Row> grouped = paragraphs.groupBy(col("doc_id"))
        .agg(collect_list(struct(col("ordinal"), col("section"), kind.as("kind"), col("text"),
            col("para_id"))).as("parts"));
    Column abstractText = java.util.Arrays.asList(documents.columns()).contains("abstract")
        ? col("abstract") : lit("");
    Column uri = java.util.Arrays.asList(documents.columns()).contains("source_uri")
        ? col("source_uri") : lit("");
    return documents.select(col("doc_id"), col("title"), abstractText.as("abstract"),
            uri.as("source_uri"))
        .join(grouped, "doc_id")
        .flatMap((FlatMapFunction<Row, Row>) r -> Rendered.guard(r, "rendering the document",
            "doc_id", () -> {
          List<DocumentText.Part> parts = new ArrayList<>();
          List<Row> rows = new ArrayList<>(r.<Row>getList(r.fieldIndex("parts")));
          rows.sort(java.util.Comparator.comparingInt((Row p) -> p.getInt(0)));
          String docId = r.getAs("doc_id");
          List<String> ids = new ArrayList<>();
          ids.add(docId);
          for (Row p : rows) {
            parts.add(new DocumentText.Part(p.getInt(0), p.getString(1), p.getString(2),
                p.getString(3)));
            ids.add(p.getString(4));
          }
          String text = DocumentText.render(template, r.getAs("title"), r.getAs("abstract"),
              parts);
          return List.of(sample(DOCUMENT, "papers", null, docId, ids, text));
        }), Encoders.row(Rendered.ENVELOPE));
  }

  /** One sample per paragraph, with its document's title and its section heading. */
  public static Dataset<Row> fromParagraphs(Dataset<Row> paragraphs, Dataset<Row> documents,
                                            String template) {
    Column uri = java.util.Arrays.asList(documents.columns()).contains("source_uri")
        ? col("source_uri") : lit("");
    Dataset<Row> joined = paragraphs.join(
        documents.select(col("doc_id"), col("title"), uri.as("source_uri")), "doc_id");
    return joined.flatMap((FlatMapFunction<Row, Row>) r -> Rendered.guard(r,
        "rendering the paragraph", "para_id", () -> {
      String paraId = r.getAs("para_id");
      String docId = r.getAs("doc_id");
      String text = ParagraphText.render(template, r.getAs("title"), r.getAs("section"),
          r.getAs("text"));
      return List.of(sample(PARAGRAPH, "papers", null, docId, List.of(paraId, docId), text));
    }), Encoders.row(Rendered.ENVELOPE));
  }

  /**
   * One sample per structure and form, plus {@code translations} randomly translated copies of
   * each, joined to its material by {@code structureMaterial} (structure_id, material_id).
   */
  public static Dataset<Row> fromStructures(Dataset<Row> structures,
                                            Dataset<Row> structureMaterial, RenderSettings s) {
    Dataset<Row> joined = structures.join(structureMaterial, "structure_id");
    return joined.flatMap((FlatMapFunction<Row, Row>) r -> Rendered.guard(r,
        "rendering the structure", "structure_id", () -> {
      Structure structure = RawRows.toStructure(r);
      String structureId = r.getAs("structure_id");
      String materialId = r.getAs("material_id");
      List<Row> rows = new ArrayList<>();
      for (String form : s.structureForms()) {
        StructureText renderer = new StructureText(s.structureDigits(), form);
        for (int copy = 0; copy <= s.translations(); copy++) {
          double[] shift = copy == 0 ? new double[3]
              : RandomTranslation.of(s.seed(), structureId, copy);
          rows.add(sample(STRUCTURE, "structures", materialId, null, List.of(structureId),
              renderer.render(structure, shift)));
        }
      }
      return rows;
    }), Encoders.row(Rendered.ENVELOPE));
  }

  /** One summary per calculation; {@code owner} (target_id, material_id) names its material. */
  public static Dataset<Row> fromCalculations(Dataset<Row> calculations, Dataset<Row> owner,
                                              String template) {
    return calculations.join(owner, calculations.col("calc_id").equalTo(owner.col("target_id")),
            "left")
        .flatMap((FlatMapFunction<Row, Row>) r -> Rendered.guard(r,
            "rendering the calculation", "calc_id", () -> {
          CalculationView c = RowViews.calculation(r);
          return List.of(sample(CALCULATION, "calculations", r.getAs("material_id"), null,
              List.of(c.calcId()), CalculationText.render(template, c)));
        }), Encoders.row(Rendered.ENVELOPE));
  }

  /** One text per measured value; {@code owner} (target_id, material_id) names its material. */
  public static Dataset<Row> fromMeasurements(Dataset<Row> measurements, Dataset<Row> owner,
                                              String template) {
    return measurements.join(owner, measurements.col("meas_id").equalTo(owner.col("target_id")),
            "left")
        .flatMap((FlatMapFunction<Row, Row>) r -> Rendered.guard(r,
            "rendering the measurement", "meas_id", () -> {
          MeasurementView m = RowViews.measurement(r);
          return List.of(sample(MEASUREMENT, "measurements", r.getAs("material_id"), null,
              List.of(m.measId()), MeasurementText.render(template, m, SourceNames.paperOf(r))));
        }), Encoders.row(Rendered.ENVELOPE));
  }

  /** One text per denoised label, with its material's formula. */
  public static Dataset<Row> fromLabels(Dataset<Row> labels, Dataset<Row> materials,
                                        String template) {
    Dataset<Row> formulas = materials.select(col("material_id").as("m_id"),
        col("reduced_formula").as("m_formula"));
    return labels.join(formulas, labels.col("material_id").equalTo(formulas.col("m_id")), "left")
        .flatMap((FlatMapFunction<Row, Row>) r -> Rendered.guard(r, "rendering the label",
            "label_id", () -> {
          LabelView l = RowViews.label(r, r.getAs("m_formula"));
          List<String> ids = new ArrayList<>();
          ids.add(l.labelId());
          ids.addAll(l.usedIds());
          return List.of(sample(LABEL, "measurements", l.materialId(), null, ids,
              LabelText.render(template, l)));
        }), Encoders.row(Rendered.ENVELOPE));
  }

  /** One recipe per synthesis description; {@code owner} names its material. */
  public static Dataset<Row> fromSynthesis(Dataset<Row> synthesis, Dataset<Row> owner,
                                           String template) {
    return synthesis.join(owner, synthesis.col("synth_id").equalTo(owner.col("target_id")),
            "left")
        .flatMap((FlatMapFunction<Row, Row>) r -> Rendered.guard(r,
            "rendering the synthesis description", "synth_id", () -> {
          SynthesisView v = RowViews.synthesis(r);
          String docId = RowViews.get(r, "doc_id");
          return List.of(sample(SYNTHESIS, "synthesis", r.getAs("material_id"),
              docId == null || docId.isEmpty() ? null : docId, List.of(v.synthId()),
              SynthesisText.render(template, v)));
        }), Encoders.row(Rendered.ENVELOPE));
  }

  /**
   * (material_id, target_table, target_id): which material each record belongs to, from
   * {@code curated/materials}' id arrays and, when present, the unambiguous rows of
   * {@code curated/links}.
   */
  public static Dataset<Row> materialLinks(RenderInputs in) {
    Dataset<Row> m = in.materials();
    Dataset<Row> out = explodeIds(m, "structure_ids", "structures")
        .unionByName(explodeIds(m, "calc_ids", "calculations"))
        .unionByName(explodeIds(m, "synth_ids", "synthesis"));
    if (in.links() != null) {
      out = out.unionByName(in.links()
          .where(col("kind").isin(LINK_KINDS.toArray())
              .and(col("flags").isNull().or(lit(true).notEqual(array_contains(col("flags"), "ambiguous")))))
          .select(col("material_id"), col("target_table"), col("target_id")));
    }
    return out.distinct();
  }

  private static Dataset<Row> explodeIds(Dataset<Row> materials, String column, String table) {
    if (!java.util.Arrays.asList(materials.columns()).contains(column)) {
      return materials.sparkSession().emptyDataFrame()
          .select(lit("").as("material_id"), lit("").as("target_table"), lit("").as("target_id"))
          .limit(0);
    }
    return materials.select(col("material_id"), lit(table).as("target_table"),
        explode(col(column)).as("target_id"));
  }

  private static Dataset<Row> links(Dataset<Row> owners, String table) {
    return owners.where(col("target_table").equalTo(table)).select("material_id", "target_id");
  }

  /** (target_id, material_id): one material per record of {@code table} (the least id). */
  static Dataset<Row> owner(Dataset<Row> owners, String table) {
    return links(owners, table).groupBy("target_id").agg(min("material_id").as("material_id"));
  }

  /** (structure_id, material_id) for every structure the materials list. */
  static Dataset<Row> structureMaterial(Dataset<Row> owners) {
    return owner(owners, "structures").withColumnRenamed("target_id", "structure_id");
  }

  /**
   * A sample row; its split key is the material when there is one, else the document, else the
   * sample itself.
   */
  static Row sample(String kind, String source, String materialId, String docId,
                    List<String> sourceIds, String text) {
    // The records it came from are part of its identity: two papers with the same paragraph (a
    // preprint and its journal version) give two samples, and quality's dedup removes one of
    // them with a link to the other, instead of the two colliding on one id.
    String id = ContentId.of("sample", kind, String.join(",", sourceIds), text);
    String splitKey = materialId != null ? materialId : docId != null ? docId : id;
    return RowFactory.create(id, kind, source, materialId,
        JavaConverters.asScalaBuffer(sourceIds).toSeq(), text, text.length(), splitKey);
  }

}
