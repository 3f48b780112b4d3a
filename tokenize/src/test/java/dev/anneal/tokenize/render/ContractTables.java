package dev.anneal.tokenize.render;

import dev.anneal.ingest.crystal.Lattice;
import dev.anneal.ingest.crystal.Site;
import dev.anneal.ingest.crystal.Structure;
import dev.anneal.ingest.spark.RawRows;
import dev.anneal.schema.RawSchemas;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import scala.collection.JavaConverters;
import scala.collection.Seq;

/**
 * Small rows of {@code raw/structures}, {@code curated/links}, {@code curated/labels} and
 * {@code raw/synthesis} in their contract schemas ({@code dev.anneal.schema}), so rendering is
 * tested on what the link, label and synthesis stages write without running them.
 */
final class ContractTables {

  private ContractTables() {
  }

  static Structure mgb2() {
    return new Structure("file:/MgB2.cif", "cif", "MgB2", "Mg B2",
        new Lattice(3.086, 3.086, 3.524, 90, 90, 120), List.of(
        new Site("Mg", null, 1.0, 0, 0, 0, "Mg1"),
        new Site("B", null, 1.0, 1.0 / 3, 2.0 / 3, 0.5, "B1"),
        new Site("B", null, 1.0, 2.0 / 3, 1.0 / 3, 0.5, "B1")), "P 6/m m m", 191, List.of());
  }

  static Structure nacl() {
    return new Structure("file:/NaCl.cif", "cif", "NaCl", "Na Cl",
        new Lattice(5.6402, 5.6402, 5.6402, 90, 90, 90), List.of(
        new Site("Na", null, 1.0, 0, 0, 0, "Na1"),
        new Site("Cl", null, 1.0, 0.5, 0.5, 0.5, "Cl1")), "F m -3 m", 225, List.of());
  }

  static Dataset<Row> structures(SparkSession spark, Structure... s) {
    return spark.createDataFrame(Arrays.stream(s).map(x -> RawRows.structure(x, 0)).toList(),
        RawSchemas.STRUCTURES);
  }

  static Dataset<Row> empty(SparkSession spark, StructType schema) {
    return spark.createDataFrame(List.<Row>of(), schema);
  }

  static Row link(String materialId, String kind, String table, String target, String... flags) {
    return RowFactory.create(materialId, kind, table, target, 0.9, seq(List.of("formula")),
        seq(List.of(flags)));
  }

  static Row label(String id, String materialId, String property, double value, double u,
                   String unit, List<String> used) {
    return RowFactory.create(id, materialId, property, "pressure=ambient", value, u, unit,
        used.size() + 1, used.size(), "median_mad", seq(List.of()), seq(used),
        seq(List.of("rejected-1")), seq(List.of()), 1);
  }

  static Row synthesis(String id, String docId, String target, String text) {
    Row t = RowFactory.create(target, target, null, seq(List.of()));
    Row p = RowFactory.create("magnesium", "Mg", "Mg", "1", "g");
    Row op = RowFactory.create("heat", "sintered at 900 °C for 2 h", seq(List.of(1173.15)),
        seq(List.of(7200.0)), null, "Ar");
    return RowFactory.create(id, "file:/papers/" + id + ".md", "literature", docId, "para-" + id,
        "", text, 0.93, "solid_state", seq(List.of(t)), seq(List.of(p)), seq(List.of(op)),
        seq(List.of()));
  }

  static <T> Seq<T> seq(List<T> list) {
    return JavaConverters.asScalaBuffer(list).toSeq();
  }
}
