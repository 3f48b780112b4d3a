package dev.anneal.search.spark;

import dev.anneal.search.index.RecordExtras;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;

/**
 * Reads the columns {@link LinkedTables} adds to every row to index: {@code links}
 * (array&lt;string&gt;, {@code kind:id}), {@code props} (array&lt;struct&lt;name, value&gt;&gt;)
 * and {@code detail} (a JSON string); absent or null columns mean none.
 */
final class RowExtras {

  private RowExtras() {
  }

  /** The extras of {@code r}, plus {@code own} numbers of the record itself. */
  static RecordExtras of(Row r, Map<String, List<Double>> own) {
    List<String> links = new ArrayList<>(strings(r, "links"));
    Map<String, List<Double>> numbers = new LinkedHashMap<>();
    own.forEach((k, v) -> numbers.computeIfAbsent(k, x -> new ArrayList<>()).addAll(v));
    if (has(r, "props")) {
      for (Row p : r.<Row>getList(r.fieldIndex("props"))) {
        if (p != null && !p.isNullAt(0) && !p.isNullAt(1)) {
          numbers.computeIfAbsent(p.getString(0), x -> new ArrayList<>()).add(p.getDouble(1));
        }
      }
    }
    String detail = has(r, "detail") ? r.getAs("detail") : null;
    return new RecordExtras(links, numbers, detail);
  }

  static boolean has(Row r, String column) {
    return java.util.Arrays.asList(r.schema().fieldNames()).contains(column)
        && !r.isNullAt(r.fieldIndex(column));
  }

  static List<String> strings(Row r, String column) {
    return has(r, column) ? r.getList(r.fieldIndex(column)) : List.of();
  }
}
