package dev.anneal.search.spark;

import dev.anneal.search.index.IndexedMaterial;
import dev.anneal.search.index.SearchIndexWriter;
import java.io.IOException;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.Row;

/** Indexes rows of {@code curated/materials} with their links, properties and details. */
final class MaterialPartWriter extends IndexPartWriter {

  private static final long serialVersionUID = 1L;

  MaterialPartWriter(String stagingDir, Configuration conf) {
    super(stagingDir, "materials", conf);
  }

  @Override
  String idColumn() {
    return "material_id";
  }

  @Override
  void add(SearchIndexWriter writer, Row r) throws IOException {
    String formula = r.getAs("reduced_formula");
    Integer sg = r.getAs("spacegroup_number");
    List<String> structureIds = r.getList(r.fieldIndex("structure_ids"));
    String title = sg == null ? formula : formula + " (space group " + sg + ")";
    String summary = formula + ", chemical system " + r.getAs("chemsys") + ", "
        + structureIds.size() + (structureIds.size() == 1 ? " structure" : " structures")
        + (sg == null ? "" : ", space group " + sg);
    writer.add(new IndexedMaterial(r.getAs("material_id"), formula,
        r.getList(r.fieldIndex("elements")), r.getAs("chemsys"),
        sg == null ? List.of() : List.of(sg), structureIds,
        r.getList(r.fieldIndex("doc_ids")), r.getList(r.fieldIndex("synth_ids")), title, summary),
        RowExtras.of(r, java.util.Map.of()));
  }
}
