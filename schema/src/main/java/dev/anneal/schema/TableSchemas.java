package dev.anneal.schema;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.spark.sql.types.StructType;

/**
 * Every Parquet table Anneal writes, by the name {@code docs/schemas.md} gives it, with its
 * schema: what the documentation check walks.
 */
public final class TableSchemas {

  private TableSchemas() {
  }

  /** Table name (as the heading of its section in {@code docs/schemas.md}) to schema, in order. */
  public static Map<String, StructType> all() {
    Map<String, StructType> m = new LinkedHashMap<>();
    m.put("raw/documents", RawSchemas.DOCUMENTS);
    m.put("raw/paragraphs", RawSchemas.PARAGRAPHS);
    m.put("raw/structures", RawSchemas.STRUCTURES);
    m.put("raw/calculations", RawSchemas.CALCULATIONS);
    m.put("raw/lab_records", RawSchemas.LAB_RECORDS);
    m.put("raw/measurements", RawSchemas.MEASUREMENTS);
    m.put("raw/synthesis_records", RawSchemas.SYNTHESIS_RECORDS);
    m.put("raw/synthesis", RawSchemas.SYNTHESIS);
    m.put("raw/quarantine", RawSchemas.QUARANTINE);
    m.put("curated/materials", CuratedSchemas.MATERIALS);
    m.put("curated/links", CuratedSchemas.LINKS);
    m.put("curated/labels", CuratedSchemas.LABELS);
    m.put("curated/samples", CuratedSchemas.SAMPLES);
    m.put("shards/SPLIT/part-NNNNN.parquet", ShardSchemas.SEQUENCES);
    m.put("curated/excluded", CuratedSchemas.EXCLUDED);
    return m;
  }
}
