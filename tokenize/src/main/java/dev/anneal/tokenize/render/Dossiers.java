package dev.anneal.tokenize.render;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.struct;

import dev.anneal.ingest.spark.RawRows;
import dev.anneal.normalize.label.PropertyClass;
import dev.anneal.schema.CuratedSchemas;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.spark.api.java.function.FilterFunction;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.functions;

/**
 * Builds material dossiers: for every material with at least two kinds of evidence (structure,
 * calculation, measured property, synthesis description, paper), one text connecting them, with
 * values rounded to their uncertainty and every source named in words. Spark wiring only: the
 * texts come from {@link DossierText} and the record renderers.
 */
public final class Dossiers {

  private static final org.apache.spark.sql.Encoder<Row> PARTS =
      Encoders.row(Rendered.PART_ENVELOPE);

  private Dossiers() {
  }

  /**
   * The dossiers of {@code in}'s materials, one per order of {@code s}, as {@link
   * Rendered#ENVELOPE} rows; {@code owners} is {@link Samples#materialLinks}.
   */
  public static Dataset<Row> of(RenderInputs in, Dataset<Row> owners, RenderSettings s) {
    String structureForm = s.structureForms().get(0);
    int digits = s.structureDigits();
    Dataset<Row> parts = links(owners, "structures")
        .join(in.structures(), col("target_id").equalTo(col("structure_id")))
        .flatMap((FlatMapFunction<Row, Row>) r -> Rendered.guard(r,
            "rendering the structure for a dossier", "structure_id", () -> List.of(
                part(r.getAs("material_id"), DossierText.STRUCTURE, r.getAs("structure_id"),
                    new StructureText(digits, structureForm).render(RawRows.toStructure(r))
                        + from(r)))), PARTS);
    if (in.calculations() != null) {
      String t = s.template(Samples.CALCULATION);
      parts = parts.unionByName(links(owners, "calculations")
          .join(in.calculations(), col("target_id").equalTo(col("calc_id")))
          .flatMap((FlatMapFunction<Row, Row>) r -> Rendered.guard(r,
              "rendering the calculation for a dossier", "calc_id", () -> List.of(
                  part(r.getAs("material_id"), DossierText.COMPUTED, r.getAs("calc_id"),
                      CalculationText.render(t, RowViews.calculation(r)) + from(r)))), PARTS));
    }
    if (in.labels() != null) {
      String t = s.template(Samples.LABEL);
      Dataset<Row> formulas = in.materials().select(col("material_id").as("m_id"),
          col("reduced_formula").as("m_formula"));
      parts = parts.unionByName(
          SourceNames.labelSources(in.labels(), in.measurements(), in.documents())
              .where(col("value").isNotNull())
              .join(formulas, col("material_id").equalTo(col("m_id")), "left")
              .flatMap((FlatMapFunction<Row, Row>) r -> Rendered.guard(r,
                  "rendering the label for a dossier", "label_id", () -> List.of(
                      part(r.getAs("material_id"), DossierText.MEASURED, r.getAs("label_id"),
                          LabelText.render(t, RowViews.label(r, r.getAs("m_formula")))))),
                  PARTS));
    } else if (in.measurements() != null) {
      String t = s.template(Samples.MEASUREMENT);
      parts = parts.unionByName(links(owners, "measurements")
          .join(SourceNames.bySourceUri(in.measurements(), in.documents()),
              col("target_id").equalTo(col("meas_id")))
          .filter((FilterFunction<Row>) r -> PropertyClass.isMaterialProperty(r.getAs("property")))
          .flatMap((FlatMapFunction<Row, Row>) r -> Rendered.guard(r,
              "rendering the measurement for a dossier", "meas_id", () -> List.of(
                  part(r.getAs("material_id"), DossierText.MEASURED, r.getAs("meas_id"),
                      MeasurementText.render(t, RowViews.measurement(r),
                          SourceNames.paperOf(r))))), PARTS));
    }
    if (in.synthesis() != null) {
      String t = s.template(Samples.SYNTHESIS);
      parts = parts.unionByName(links(owners, "synthesis")
          .join(SourceNames.byDocId(in.synthesis(), in.documents()),
              col("target_id").equalTo(col("synth_id")))
          .flatMap((FlatMapFunction<Row, Row>) r -> Rendered.guard(r,
              "rendering the synthesis description for a dossier", "synth_id", () -> List.of(
                  part(r.getAs("material_id"), DossierText.SYNTHESIS, r.getAs("synth_id"),
                      SynthesisText.render(t, RowViews.synthesis(r))))), PARTS));
    }
    if (in.measurements() != null) {
      parts = parts.unionByName(labSyntheses(in, owners));
    }
    parts = parts.unionByName(papers(in));
    // A part whose renderer threw is quarantined; its material's dossier goes on without it.
    return write(Rendered.rows(parts), in.materials(), s)
        .unionByName(Rendered.faults(parts));
  }

  /**
   * One synthesis part per material and lab-log sample: the process parameters (temperatures,
   * dwell times, heating rates) recorded for it, step by step ({@link LabSynthesisText}).
   */
  static Dataset<Row> labSyntheses(RenderInputs in, Dataset<Row> owners) {
    Dataset<Row> m = in.measurements();
    Column context = Arrays.asList(m.columns()).contains("context")
        ? col("context") : functions.map().cast("map<string,string>");
    Column blank = functions.lit("");
    Dataset<Row> values = links(owners, "measurements")
        .join(m, col("target_id").equalTo(col("meas_id")))
        .filter((FilterFunction<Row>) r -> PropertyClass.isProcessParameter(r.getAs("property")))
        .select(col("material_id"), col("source_uri"), col("source_kind"), col("sample_id"),
            col("meas_id"), struct(functions.coalesce(col("location"), blank).as("location"),
                functions.coalesce(context.getItem("step"), blank).as("step"),
                col("property"),
                functions.concat_ws(" ", col("value_as_written"), col("unit_as_written"))
                    .as("as_written"),
                functions.coalesce(context.getItem("atmosphere"), blank).as("atmosphere"),
                functions.coalesce(col("notes"), blank).as("notes")).as("v"));
    Dataset<Row> formulas = in.materials().select(col("material_id").as("f_id"),
        col("reduced_formula").as("f_formula"));
    return values.groupBy("material_id", "source_uri", "source_kind", "sample_id")
        .agg(functions.min("meas_id").as("first_id"), collect_list(col("v")).as("values"))
        .join(formulas, col("material_id").equalTo(col("f_id")), "left")
        .flatMap((FlatMapFunction<Row, Row>) r -> Rendered.guard(r,
            "rendering the lab synthesis for a dossier", "first_id", () -> {
          List<LabSynthesisText.Value> vs = new ArrayList<>();
          for (Row v : r.<Row>getList(r.fieldIndex("values"))) {
            vs.add(new LabSynthesisText.Value(v.getString(0), v.getString(1), v.getString(2),
                v.getString(3), v.getString(4), v.getString(5)));
          }
          String provenance = Provenance.of(r.getAs("source_kind"), r.getAs("source_uri"), null,
              null);
          return List.of(part(r.getAs("material_id"), DossierText.SYNTHESIS,
              r.getAs("first_id"), LabSynthesisText.render(r.getAs("sample_id"),
                  r.getAs("f_formula"), provenance, vs)));
        }), PARTS);
  }

  /** One part per paper a material's {@code doc_ids} name: "the paper “Title” (year)". */
  static Dataset<Row> papers(RenderInputs in) {
    Dataset<Row> m = in.materials();
    if (!Arrays.asList(m.columns()).contains("doc_ids") || in.documents() == null) {
      return m.sparkSession().createDataFrame(List.of(), Rendered.PART_ENVELOPE);
    }
    Dataset<Row> docs = SourceNames.byDocId(
        m.select(col("material_id"), explode(col("doc_ids")).as("doc_id")).distinct(),
        in.documents());
    return docs.where(col("paper_title").isNotNull())
        .flatMap((FlatMapFunction<Row, Row>) r -> Rendered.guard(r,
            "naming the paper for a dossier", "doc_id", () -> List.of(
                part(r.getAs("material_id"), DossierText.PAPERS, r.getAs("doc_id"),
                    "Discussed in " + SourceNames.paperOf(r) + "."))), PARTS);
  }

  private static Dataset<Row> write(Dataset<Row> parts, Dataset<Row> materials,
                                    RenderSettings s) {
    Dataset<Row> grouped = parts.groupBy("material_id")
        .agg(collect_list(struct(col("section"), col("source_id"), col("text"))).as("parts"))
        .join(materials.select("material_id", "reduced_formula", "spacegroup_number"),
            "material_id");
    String template = s.template(Samples.DOSSIER);
    List<String> orders = s.dossierOrders();
    int maxParts = s.dossierMaxParts();
    return grouped.flatMap((FlatMapFunction<Row, Row>) r -> Rendered.guard(r,
        "writing the dossier", "material_id", () -> {
      List<DossierPart> ps = new ArrayList<>();
      for (Row p : r.<Row>getList(r.fieldIndex("parts"))) {
        ps.add(new DossierPart(p.getString(0), p.getString(1), p.getString(2)));
      }
      // collect_list's order is the shuffle's; sort so every executor writes the same dossier.
      Comparator<String> text = Comparator.nullsFirst(Comparator.naturalOrder());
      ps.sort(Comparator.comparing(DossierPart::section, text)
          .thenComparing(DossierPart::sourceId, text).thenComparing(DossierPart::text, text));
      List<Row> rows = new ArrayList<>();
      if (!DossierText.worthWriting(ps)) {
        return rows;
      }
      String materialId = r.getAs("material_id");
      Integer sg = r.getAs("spacegroup_number");
      String paren = sg == null || sg == 0 ? "" : StructureText.spacegroupParen("", sg);
      List<String> ids = DossierText.sourceIds(ps, maxParts);
      for (String order : orders) {
        rows.add(Samples.sample(Samples.DOSSIER, "dossiers", materialId, null, ids,
            DossierText.render(template, order, r.getAs("reduced_formula"), paren, ps,
                maxParts)));
      }
      return rows;
    }), Encoders.row(Rendered.ENVELOPE));
  }

  /** "\n(from file NaCl_halite.cif)": the file a structure or calculation was read from. */
  private static String from(Row r) {
    String file = Provenance.fileName(RowViews.get(r, "source_uri"));
    return file.isEmpty() ? "" : "\n(from file " + file + ")";
  }

  private static Dataset<Row> links(Dataset<Row> owners, String table) {
    return owners.where(col("target_table").equalTo(table)).select("material_id", "target_id");
  }

  private static Row part(String materialId, String section, String sourceId, String text) {
    return RowFactory.create(materialId, section, sourceId, text);
  }
}
