package dev.anneal.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.MapType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/schemas.md} and the schema package agree: every documented table is one the code
 * knows and the other way round, and each has the same columns in the same order with the same
 * type and nullability.
 */
class SchemasDocTest {

  @Test
  void theDocumentedTablesAreTheTablesOfTheCode() throws IOException {
    Map<String, List<String>> documented = DocTables.read(schemasMd());
    assertEquals(List.copyOf(TableSchemas.all().keySet()), List.copyOf(documented.keySet()),
        "tables with a column table in docs/schemas.md vs TableSchemas.all()");
  }

  @Test
  void everyTableHasItsDocumentedColumnsTypesAndNullability() throws IOException {
    Map<String, List<String>> documented = DocTables.read(schemasMd());
    List<String> problems = new ArrayList<>();
    for (Map.Entry<String, StructType> t : TableSchemas.all().entrySet()) {
      List<String> code = columns(t.getValue());
      List<String> doc = documented.getOrDefault(t.getKey(), List.of());
      if (!code.equals(doc)) {
        problems.add(t.getKey() + "\n  code: " + code + "\n  docs: " + doc);
      }
    }
    assertTrue(problems.isEmpty(), "docs/schemas.md disagrees with the schema package:\n"
        + String.join("\n", problems));
  }

  @Test
  void theDocParserReadsMultiNameRowsAndNullability() {
    Map<String, List<String>> t = DocTables.parse(List.of(
        "## `raw/x` — a table", "", "| column | type | meaning |", "|---|---|---|",
        "| `a`, `b` | string, *nullable* | two columns |", "| `m` | map<string, array<double>> | m |",
        "", "| reason | meaning |", "|---|---|", "| `x.y` | not a column |"));
    assertEquals(Map.of("raw/x", List.of("a string nullable", "b string nullable",
        "m map<string,array<double>>")), t);
  }

  @Test
  void typesRenderAsTheDocWritesThem() {
    assertEquals("map<string,array<double>>", render(DataTypes.createMapType(DataTypes.StringType,
        DataTypes.createArrayType(DataTypes.DoubleType))));
    assertEquals("array<struct>", render(DataTypes.createArrayType(RawSchemas.SITE)));
    assertEquals("int", render(DataTypes.IntegerType));
  }

  /** One entry per column: name, type as the doc writes it, and "nullable" when it is. */
  private static List<String> columns(StructType schema) {
    List<String> out = new ArrayList<>();
    for (StructField f : schema.fields()) {
      out.add(f.name() + " " + render(f.dataType()) + (f.nullable() ? " nullable" : ""));
    }
    return out;
  }

  private static String render(DataType t) {
    if (t instanceof ArrayType a) {
      return "array<" + render(a.elementType()) + ">";
    }
    if (t instanceof MapType m) {
      return "map<" + render(m.keyType()) + "," + render(m.valueType()) + ">";
    }
    if (t instanceof StructType) {
      return "struct";
    }
    if (t.equals(DataTypes.IntegerType)) {
      return "int";
    }
    return t.typeName(); // string, long, double, boolean
  }

  private static Path schemasMd() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !Files.isRegularFile(dir.resolve("docs/schemas.md"))) {
      dir = dir.getParent();
    }
    assertTrue(dir != null, "docs/schemas.md not found above " + Path.of("").toAbsolutePath());
    return dir.resolve("docs/schemas.md");
  }

  /** The column tables of {@code docs/schemas.md}, by section. */
  static final class DocTables {

    private DocTables() {
    }

    static Map<String, List<String>> read(Path md) throws IOException {
      return parse(Files.readAllLines(md, StandardCharsets.UTF_8));
    }

    /** Section name to its column rows ("name type[ nullable]"), for sections with one. */
    static Map<String, List<String>> parse(List<String> lines) {
      Map<String, List<String>> out = new LinkedHashMap<>();
      String section = null;
      boolean inColumns = false;
      for (String line : lines) {
        if (line.startsWith("## `")) {
          section = line.substring(4, line.indexOf('`', 4));
          inColumns = false;
        } else if (line.startsWith("| column | type |")) {
          inColumns = section != null;
        } else if (!line.startsWith("|")) {
          inColumns = false;
        } else if (inColumns && !line.startsWith("|---")) {
          String[] cells = line.split("\\|");
          String type = cells[2].trim();
          boolean nullable = type.contains("*nullable*");
          type = type.replace("*nullable*", "").replaceAll("[,\\s]+$", "").replace(" ", "");
          for (String name : cells[1].split(",")) {
            out.computeIfAbsent(section, k -> new ArrayList<>())
                .add(name.trim().replace("`", "") + " " + type + (nullable ? " nullable" : ""));
          }
        }
      }
      return out;
    }
  }
}
