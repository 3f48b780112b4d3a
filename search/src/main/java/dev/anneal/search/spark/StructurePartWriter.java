package dev.anneal.search.spark;

import dev.anneal.search.index.IndexFields;
import dev.anneal.search.index.IndexedRecord;
import dev.anneal.search.index.SearchIndexWriter;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.Row;

/** Indexes rows of {@code raw/structures} (with a {@code detail} JSON of lattice and sites). */
final class StructurePartWriter extends IndexPartWriter {

  private static final long serialVersionUID = 1L;

  StructurePartWriter(String stagingDir, Configuration conf) {
    super(stagingDir, "structures", conf);
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
        lattice.getDouble(0), lattice.getDouble(1), lattice.getDouble(2), lattice.getDouble(3),
        lattice.getDouble(4), lattice.getDouble(5), uri.substring(uri.lastIndexOf('/') + 1));
    writer.add(new IndexedRecord(IndexFields.KIND_STRUCTURE, r.getAs("structure_id"), title,
        text, List.of(formula), r.getList(r.fieldIndex("elements")),
        sg == null ? List.of() : List.of(sg), null, List.of(), RowExtras.of(r, Map.of())));
  }
}
