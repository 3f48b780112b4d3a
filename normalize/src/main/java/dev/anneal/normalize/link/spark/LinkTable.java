package dev.anneal.normalize.link.spark;

import static org.apache.spark.sql.functions.array_distinct;
import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.flatten;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.functions.when;

import dev.anneal.normalize.link.DopedVariant;
import dev.anneal.normalize.link.LinkChoice;
import dev.anneal.normalize.link.PhaseHints;
import dev.anneal.normalize.link.PolymorphChooser;
import dev.anneal.normalize.material.MaterialId;
import dev.anneal.schema.LinkSchemas;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;

/**
 * Resolves read claims into links: each claim is joined to the known polymorphs of its formula
 * (one row per formula, from the structures) and {@link PolymorphChooser} decides, per row, which
 * material(s) it links to. Adds {@code doped_variant_of} links from doped materials to their
 * parent, and {@code mentioned_in} links to documents from their paragraphs' links.
 */
public final class LinkTable {

  private static final UserDefinedFunction MATERIAL_ID = udf(
      (UDF2<String, Integer, String>) MaterialId::of, DataTypes.StringType);

  private LinkTable() {
  }

  /** The material id column of rows with {@code formula} and {@code sg} columns. */
  public static Column materialId(Column formula, Column sg) {
    return MATERIAL_ID.apply(formula, sg);
  }

  /**
   * One row per formula with a known polymorph: {@code reduced_formula}, {@code known_sgs}, and
   * {@code known_volumes}, each polymorph's mean volume per atom ({@code sg}, {@code vpa}; null
   * when no structure of it has a cell).
   */
  public static Dataset<Row> polymorphs(Dataset<Row> structures) {
    return structures.where(col("spacegroup_number").isNotNull())
        .groupBy(col("reduced_formula"),
            col("spacegroup_number").cast(DataTypes.IntegerType).as("sg"))
        .agg(avg(when(col("nsites").gt(0), col("volume").divide(col("nsites")))).as("vpa"))
        .groupBy("reduced_formula")
        .agg(array_sort(collect_set(col("sg"))).as("known_sgs"),
            array_sort(collect_list(struct(col("sg"), col("vpa")))).as("known_volumes"));
  }

  /**
   * Quarantine rows ({@code raw/quarantine} columns, stage {@code link}) for the claims whose
   * formula field could not be read: reason {@code link.unreadable_formula}.
   */
  public static Dataset<Row> unreadable(Dataset<Row> claims) {
    return claims.where(col("reduced_formula").equalTo(ClaimReading.UNREADABLE))
        .select(org.apache.spark.sql.functions.concat_ws("/", col("target_table"),
                col("target_id")).as("source_uri"),
            lit("link").as("stage"), lit("link.unreadable_formula").as("reason"),
            org.apache.spark.sql.functions.concat(lit("no composition could be read from this "
                + "formula field, so the record is linked to no material: "),
                col("flags").getItem(0)).as("message"),
            lit("").as("location"), col("flags").getItem(0).as("sample"));
  }

  /** Resolved links ({@link LinkSchemas#RESOLVED}) of read {@code claims}. */
  public static Dataset<Row> resolve(Dataset<Row> claims, Dataset<Row> polymorphs) {
    Dataset<Row> known = polymorphs.withColumnRenamed("reduced_formula", "known_formula");
    Dataset<Row> joined = claims.where(col("reduced_formula").notEqual(ClaimReading.UNREADABLE))
        .join(known, col("reduced_formula")
            .equalTo(col("known_formula")), "left")
        .drop("known_formula");
    return joined.select("reduced_formula", "parent_formula", "explicit_sg", "hint_sgs",
            "hint_evidence", "base", "evidence", "flags", "kind", "target_table", "target_id",
            "known_sgs", "volume_per_atom", "known_volumes")
        .flatMap((FlatMapFunction<Row, Row>) LinkTable::choose, Encoders.row(LinkSchemas.RESOLVED));
  }

  private static Iterator<Row> choose(Row r) {
    String formula = r.getAs("reduced_formula");
    String parent = r.getAs("parent_formula");
    Integer explicit = r.getAs("explicit_sg");
    PhaseHints hints = new PhaseHints(new HashSet<>(r.<Integer>getList(r.fieldIndex("hint_sgs"))),
        r.getList(r.fieldIndex("hint_evidence")));
    int knownAt = r.fieldIndex("known_sgs");
    List<Integer> known = r.isNullAt(knownAt) ? List.of() : r.getList(knownAt);
    Double volumePerAtom = r.getAs("volume_per_atom");
    Map<Integer, Double> volumes = new HashMap<>();
    int volumesAt = r.fieldIndex("known_volumes");
    if (!r.isNullAt(volumesAt)) {
      for (Row v : r.<Row>getList(volumesAt)) {
        if (!v.isNullAt(v.fieldIndex("vpa"))) {
          volumes.put(v.getAs("sg"), v.getAs("vpa"));
        }
      }
    }
    List<Row> out = new ArrayList<>();
    for (LinkChoice c : PolymorphChooser.choose(formula, explicit, known, hints,
        r.<Double>getAs("base"), r.getList(r.fieldIndex("evidence")),
        r.getList(r.fieldIndex("flags")), volumePerAtom, volumes)) {
      out.add(RowFactory.create(c.reducedFormula(), c.spacegroupNumber(), parent,
          r.getAs("kind"), r.getAs("target_table"), r.getAs("target_id"), round(c.score()),
          ClaimReading.seq(c.evidence()), ClaimReading.seq(c.flags())));
    }
    return out.iterator();
  }

  private static double round(double score) {
    return Math.round(score * 1e4) / 1e4;
  }

  /**
   * {@code doped_variant_of} claims: each distinct doped material of {@code resolved} claims its
   * parent by {@link DopedVariant#parentClaim} (the rule {@code RecordLinker} applies too); the
   * target is the doped material, to be resolved like any other claim.
   */
  public static Dataset<Row> dopedClaims(Dataset<Row> resolved) {
    return resolved.where(col("parent_formula").isNotNull())
        .select(col("reduced_formula"), col("spacegroup_number"), col("parent_formula"))
        .distinct()
        .select(materialId(col("reduced_formula"), col("spacegroup_number")).as("doped_id"),
            col("spacegroup_number"), col("parent_formula"))
        .map((MapFunction<Row, Row>) r -> ClaimReading.row("materials", r.getString(0),
            DopedVariant.KIND, DopedVariant.parentClaim(r.getString(2),
                r.isNullAt(1) ? null : r.getInt(1))), Encoders.row(LinkSchemas.CLAIM));
  }

  /**
   * The {@code curated/links} rows: resolved links with their material id. For
   * {@code doped_variant_of}, the resolver ran with the parent as the claimed material, so the
   * sides are swapped back: the doped material links to its parent material.
   */
  public static Dataset<Row> links(Dataset<Row> resolved, Dataset<Row> resolvedDoped) {
    Dataset<Row> direct = resolved.select(
        materialId(col("reduced_formula"), col("spacegroup_number")).as("material_id"),
        col("kind"), col("target_table"), col("target_id"), col("score"), col("evidence"),
        col("flags"));
    Dataset<Row> doped = resolvedDoped.select(col("target_id").as("material_id"), col("kind"),
        col("target_table"),
        materialId(col("reduced_formula"), col("spacegroup_number")).as("target_id"),
        col("score"), col("evidence"), col("flags"));
    return direct.unionByName(doped);
  }

  /** {@code mentioned_in} links to documents, from the links to their paragraphs. */
  public static Dataset<Row> documentLinks(Dataset<Row> links, Dataset<Row> paragraphs) {
    return links.where(col("target_table").equalTo("paragraphs"))
        .join(paragraphs.select(col("para_id").as("target_id"), col("doc_id")), "target_id")
        .groupBy(col("material_id"), col("doc_id"))
        .agg(max("score").as("score"),
            array_sort(array_distinct(flatten(collect_list("evidence")))).as("evidence"),
            array_sort(array_distinct(flatten(collect_list("flags")))).as("flags"))
        .select(col("material_id"), lit("mentioned_in").as("kind"),
            lit("documents").as("target_table"), col("doc_id").as("target_id"), col("score"),
            col("evidence"), col("flags"));
  }
}
