package dev.anneal.search.spark;

import dev.anneal.search.index.IndexFields;
import dev.anneal.search.index.IndexedRecord;
import dev.anneal.search.index.RecordExtras;
import dev.anneal.search.index.SearchIndexWriter;
import dev.anneal.search.optimade.StructureEntry;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.lucene.index.IndexableField;
import org.apache.spark.sql.Row;

/** Indexes rows of {@code raw/structures} (with a {@code detail} JSON of lattice and sites). */
final class StructurePartWriter extends IndexPartWriter {

  private static final long serialVersionUID = 1L;

  StructurePartWriter(String stagingDir, Configuration conf) {
    super(stagingDir, "structures", conf);
  }

  @Override
  String idColumn() {
    return "structure_id";
  }

  @Override
  void add(SearchIndexWriter writer, Row r) throws IOException {
    String formula = r.getAs("reduced_formula");
    Integer sg = r.getAs("spacegroup_number");
    String symbol = r.getAs("spacegroup_symbol");
    String uri = r.getAs("source_uri");
    Row lattice = r.getAs("lattice");
    String title = formula + " structure" + (sg == null ? ""
        : " (" + (symbol == null || symbol.isBlank() ? "" : symbol + ", ") + "space group " + sg + ")");
    String text = String.format(Locale.ROOT,
        "Crystal structure of %s, %d sites, a = %.4f Å, b = %.4f Å, c = %.4f Å, α = %.2f°, "
            + "β = %.2f°, γ = %.2f°, from %s", formula, (int) r.getAs("nsites"),
        lattice.<Double>getAs("a"), lattice.<Double>getAs("b"), lattice.<Double>getAs("c"),
        lattice.<Double>getAs("alpha"), lattice.<Double>getAs("beta"),
        lattice.<Double>getAs("gamma"), uri.substring(uri.lastIndexOf('/') + 1));
    RecordExtras extras = RowExtras.of(r, Map.of());
    writer.add(new IndexedRecord(IndexFields.KIND_STRUCTURE, r.getAs("structure_id"), title,
        text, List.of(formula), r.getList(r.fieldIndex("elements")),
        sg == null ? List.of() : List.of(sg), null, List.of(), extras), optimade(r, extras));
  }

  /** The OPTIMADE entry's fields, from every site of the row (not the page's first 500). */
  static List<IndexableField> optimade(Row r, RecordExtras extras) {
    if (!RowExtras.has(r, "lattice")) {
      return List.of();
    }
    Row lattice = r.getAs("lattice");
    if (!java.util.Arrays.asList(lattice.schema().fieldNames()).contains("matrix")) {
      return List.of();
    }
    int m = lattice.fieldIndex("matrix");
    List<List<Double>> matrix = new ArrayList<>();
    if (!lattice.isNullAt(m)) {
      for (Object row : lattice.getList(m)) {
        List<Double> v = new ArrayList<>();
        if (row instanceof scala.collection.Seq<?> seq) {
          for (int i = 0; i < seq.length(); i++) {
            v.add((Double) seq.apply(i));
          }
        } else if (row instanceof List<?> l) {
          l.forEach(x -> v.add((Double) x));
        }
        matrix.add(v);
      }
    }
    List<StructureEntry.Site> sites = new ArrayList<>();
    if (RowExtras.has(r, "sites")) {
      for (Row s : r.<Row>getList(r.fieldIndex("sites"))) {
        if (s == null) {
          continue;
        }
        Double occupancy = s.getAs("occupancy");
        Double x = s.getAs("x");
        Double y = s.getAs("y");
        Double z = s.getAs("z");
        if (occupancy == null || x == null || y == null || z == null) {
          continue;
        }
        sites.add(new StructureEntry.Site(s.getAs("species"), occupancy, x, y, z));
      }
    }
    List<String> materials = new ArrayList<>();
    for (String link : extras.links()) {
      if (link.startsWith(IndexFields.KIND_MATERIAL + ":")) {
        materials.add(link.substring(link.indexOf(':') + 1));
      }
    }
    StructureEntry e = StructureEntry.of(matrix, sites, r.getAs("reduced_formula"), materials,
        extras.numbers());
    return e == null ? List.of() : e.fields();
  }
}
