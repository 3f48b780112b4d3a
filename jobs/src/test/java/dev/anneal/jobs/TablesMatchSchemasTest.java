package dev.anneal.jobs;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.anneal.ingest.testing.LocalSpark;
import dev.anneal.schema.TableSchemas;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.MapType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

/**
 * Every table the example run writes has the columns and types of its schema in
 * {@code dev.anneal.schema} (nested structs field by field), and no null in a column the schema
 * declares never null. The Parquet files themselves may declare a column optional (a column
 * taken out of a nullable envelope struct, or from a left join, is), so nullability is checked
 * on the values.
 */
class TablesMatchSchemasTest {

  @Test
  void everyWrittenTableHasItsSchemaAndNoNullWhereTheSchemaForbidsOne() {
    Path out = ExampleRun.out();
    List<String> problems = new ArrayList<>();
    int checked = 0;
    for (Map.Entry<String, StructType> t : TableSchemas.all().entrySet()) {
      Path dir = out.resolve(t.getKey().replace("SPLIT/part-NNNNN.parquet", "train"));
      if (!Files.isDirectory(dir)) {
        problems.add(t.getKey() + ": not written by the example run");
        continue;
      }
      checked++;
      Dataset<Row> table = LocalSpark.get().read().parquet(dir.toString());
      // A partition column (raw/quarantine's stage) is read back last: compare in schema order
      // when the names agree, so the check is about the columns, not where Spark puts them.
      List<String> names = List.of(t.getValue().fieldNames());
      if (partitioned(dir) && Set.copyOf(names).equals(Set.of(table.columns()))) {
        table = table.select(names.stream().map(org.apache.spark.sql.functions::col)
            .toArray(org.apache.spark.sql.Column[]::new));
      }
      String want = shape(t.getValue());
      String got = shape(table.schema());
      if (!want.equals(got)) {
        problems.add(t.getKey() + "\n  schema:  " + want + "\n  written: " + got);
        continue;
      }
      for (StructField f : t.getValue().fields()) {
        if (!f.nullable()) {
          long nulls = table.where(col(f.name()).isNull()).count();
          if (nulls > 0) {
            problems.add(t.getKey() + "." + f.name() + ": " + nulls + " nulls in a never-null column");
          }
        }
      }
    }
    assertTrue(checked > 10, "tables checked: " + checked);
    assertTrue(problems.isEmpty(), String.join("\n", problems));
  }

  private static boolean partitioned(Path dir) {
    try (var entries = Files.list(dir)) {
      return entries.anyMatch(p -> p.getFileName().toString().contains("="));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** Names and types, nested, without nullability; columns in order. */
  private static String shape(DataType t) {
    if (t instanceof StructType s) {
      List<String> fields = new ArrayList<>();
      for (StructField f : s.fields()) {
        fields.add(f.name() + ":" + shape(f.dataType()));
      }
      return "struct<" + String.join(",", fields) + ">";
    }
    if (t instanceof ArrayType a) {
      return "array<" + shape(a.elementType()) + ">";
    }
    if (t instanceof MapType m) {
      return "map<" + shape(m.keyType()) + "," + shape(m.valueType()) + ">";
    }
    return t.simpleString();
  }
}
