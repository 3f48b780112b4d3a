package dev.anneal.quality.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.JsonNode;
import dev.anneal.ingest.testing.LocalSpark;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

/** Deequ's column profiles, for real on a local Spark session: flat columns only. */
class ProfilesTest {

  private static final StructType SCHEMA = DataTypes.createStructType(List.of(
      DataTypes.createStructField("id", DataTypes.StringType, true),
      DataTypes.createStructField("volume", DataTypes.DoubleType, true),
      DataTypes.createStructField("elements",
          DataTypes.createArrayType(DataTypes.StringType, false), true)));

  @Test
  void flatColumnsAreProfiledWithTheirCompletenessAndStatistics() {
    Dataset<Row> data = LocalSpark.get().createDataFrame(List.of(
        RowFactory.create("a", 10.0, new String[] {"Na"}),
        RowFactory.create("b", 30.0, new String[] {"Cl"}),
        RowFactory.create(null, null, new String[] {"Fe"}),
        RowFactory.create("d", 20.0, new String[] {"O"})), SCHEMA);
    JsonNode profiles = Profiles.of(data);
    Map<String, JsonNode> byColumn = new TreeMap<>();
    profiles.get("columns").forEach(c -> byColumn.put(c.get("column").asText(), c));
    assertEquals(List.of("id", "volume"), List.copyOf(byColumn.keySet()),
        "the array column is left out: " + profiles);
    assertEquals(0.75, byColumn.get("id").get("completeness").asDouble(), 1e-9);
    assertEquals(0.75, byColumn.get("volume").get("completeness").asDouble(), 1e-9);
    assertEquals(20.0, byColumn.get("volume").get("mean").asDouble(), 1e-9);
    assertEquals(30.0, byColumn.get("volume").get("maximum").asDouble(), 1e-9);
  }

  @Test
  void aTableOfNestedColumnsOnlyHasNoProfile() {
    Dataset<Row> data = LocalSpark.get().createDataFrame(List.of(
        RowFactory.create("a", 1.0, new String[] {"Na"})), SCHEMA).select("elements");
    assertNull(Profiles.of(data));
  }
}
