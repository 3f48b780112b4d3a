package dev.anneal.quality.gate;

import com.amazon.deequ.profiles.ColumnProfilerRunner;
import com.amazon.deequ.profiles.ColumnProfiles;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.MapType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import scala.collection.JavaConverters;

/**
 * Column profiles of a table by Deequ's column profiler (completeness, approximate distinct
 * values, type, and statistics of numeric columns), as JSON. Nested columns (arrays, maps,
 * structs) are left out: the profiler reads flat columns. Histograms of low-cardinality columns
 * are off (one pass each), so a table is read a fixed number of times.
 */
public final class Profiles {

  private static final ObjectMapper JSON = new ObjectMapper();

  private Profiles() {
  }

  /** The profile of every flat column of {@code data}, as Deequ's JSON, or null if none. */
  public static JsonNode of(Dataset<Row> data) {
    List<String> flat = new ArrayList<>();
    for (StructField f : data.schema().fields()) {
      if (!(f.dataType() instanceof ArrayType || f.dataType() instanceof MapType
          || f.dataType() instanceof StructType)) {
        flat.add(f.name());
      }
    }
    if (flat.isEmpty()) {
      return null;
    }
    ColumnProfiles profiles = new ColumnProfilerRunner().onData(data)
        .restrictToColumns(JavaConverters.asScalaBuffer(flat).toSeq())
        // No per-column histograms: each would be one more pass over the table.
        .withLowCardinalityHistogramThreshold(0).run();
    try {
      return JSON.readTree(ColumnProfiles.toJson(profiles.profiles().values().toSeq()));
    } catch (java.io.IOException e) {
      throw new IllegalStateException("Deequ wrote profiles that are not JSON", e);
    }
  }
}
