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

/** Indexes rows of {@code raw/calculations}; the energy per atom becomes property {@code energy_per_atom}. */
final class CalculationPartWriter extends IndexPartWriter {

  private static final long serialVersionUID = 1L;

  CalculationPartWriter(String stagingDir, Configuration conf) {
    super(stagingDir, "calculations", conf);
  }

  @Override
  String idColumn() {
    return "calc_id";
  }

  @Override
  void add(SearchIndexWriter writer, Row r) throws IOException {
    String formula = r.getAs("reduced_formula");
    String code = r.getAs("code");
    String version = r.getAs("code_version");
    Double perAtom = r.getAs("energy_per_atom_ev");
    Double energy = r.getAs("energy_ev");
    String uri = r.getAs("source_uri");
    String what = formula == null ? "an unknown structure" : formula;
    String title = code.toUpperCase(Locale.ROOT) + (version == null || version.isBlank() ? ""
        : " " + version) + " calculation of " + what;
    String text = title + ", " + r.getAs("natoms") + " atoms"
        + (energy == null ? "" : String.format(Locale.ROOT, ", final energy %.4f eV", energy))
        + (perAtom == null ? "" : String.format(Locale.ROOT, " (%.4f eV/atom)", perAtom))
        + (Boolean.TRUE.equals(r.getAs("converged")) ? ", converged" : ", not converged")
        + ", from " + uri.substring(uri.lastIndexOf('/') + 1);
    writer.add(new IndexedRecord(IndexFields.KIND_CALCULATION, r.getAs("calc_id"), title, text,
        formula == null ? List.of() : List.of(formula), r.getList(r.fieldIndex("elements")),
        List.of(), null, List.of(), RowExtras.of(r, perAtom == null ? Map.of()
            : Map.of("energy_per_atom", List.of(perAtom)))));
  }
}
