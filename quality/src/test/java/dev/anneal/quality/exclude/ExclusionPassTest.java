package dev.anneal.quality.exclude;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.anneal.ingest.ContentHash;
import dev.anneal.ingest.testing.LocalSpark;
import dev.anneal.quality.decontam.NgramIndex;
import dev.anneal.quality.filter.TextFilter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

/**
 * The exclusion pass on a local Spark session. Filters judge prose samples (by their kind) and
 * documents (not by length); evaluation-set matches are removed or only flagged.
 * Duplicates in the input are removed, not fatal: documents by their content hash (the whole
 * document's samples go with them), paragraphs of kept documents when asked, calculations by
 * content hash; every removed record names the one kept.
 */
class ExclusionPassTest {

  private static final StructType SAMPLES = DataTypes.createStructType(List.of(
      DataTypes.createStructField("sample_id", DataTypes.StringType, false),
      DataTypes.createStructField("kind", DataTypes.StringType, false),
      DataTypes.createStructField("source_ids",
          DataTypes.createArrayType(DataTypes.StringType, false), false),
      DataTypes.createStructField("text", DataTypes.StringType, false),
      DataTypes.createStructField("n_chars", DataTypes.IntegerType, false)));
  private static final StructType DOCUMENTS = DataTypes.createStructType(List.of(
      DataTypes.createStructField("doc_id", DataTypes.StringType, false),
      DataTypes.createStructField("text", DataTypes.StringType, false),
      DataTypes.createStructField("n_chars", DataTypes.IntegerType, false),
      DataTypes.createStructField("content_hash", DataTypes.StringType, false)));
  private static final StructType PARAGRAPHS = DataTypes.createStructType(List.of(
      DataTypes.createStructField("para_id", DataTypes.StringType, false),
      DataTypes.createStructField("doc_id", DataTypes.StringType, false),
      DataTypes.createStructField("n_chars", DataTypes.IntegerType, false),
      DataTypes.createStructField("content_hash", DataTypes.StringType, false)));
  private static final StructType CALCULATIONS = DataTypes.createStructType(List.of(
      DataTypes.createStructField("calc_id", DataTypes.StringType, false),
      DataTypes.createStructField("content_hash", DataTypes.StringType, false)));

  private static final String PAPER = "Rutile TiO2 was calcined at 900 C for 12 h in air.\n\n"
      + "The band gap is 3.0 eV.";
  private static final String SHARED = "All samples were ground in an agate mortar.";

  private static Row doc(String id, String text) {
    return RowFactory.create(id, text, text.length(), ContentHash.ofText(text));
  }

  private static Row para(String id, String docId, String text) {
    return RowFactory.create(id, docId, text.length(), ContentHash.ofText(text));
  }

  private static Row sample(String id, String kind, List<String> sources, String text) {
    return RowFactory.create(id, kind, sources.toArray(String[]::new), text, text.length());
  }

  /** record_table record_id → "reason kept_id [sample_ids]". */
  private static Map<String, String> excluded(SparkSession spark, boolean paragraphs) {
    // d1 and d2 differ only in case and spacing: one content hash; d2 is longer, so kept.
    Dataset<Row> documents = spark.createDataFrame(List.of(doc("d1", PAPER),
        doc("d2", PAPER.toUpperCase(Locale.ROOT).replace("\n\n", "\n\n\n")),
        doc("d3", "Perovskite films.\n\n" + SHARED), doc("d4", "Garnet pellets.\n\n" + SHARED)),
        DOCUMENTS);
    Dataset<Row> paras = spark.createDataFrame(List.of(para("p1", "d1", SHARED),
        para("p3a", "d3", "Perovskite films."), para("p3b", "d3", SHARED),
        para("p4a", "d4", "Garnet pellets."), para("p4b", "d4", SHARED)), PARAGRAPHS);
    Dataset<Row> samples = spark.createDataFrame(List.of(
        sample("s1", "document", List.of("d1"), "Paper one " + PAPER),
        sample("s2", "document", List.of("d2"), "Paper two " + PAPER),
        // The same paragraph sample of both copies; the removed copy's has the greater id.
        sample("sz1", "paragraph", List.of("p1", "d1"), "MgB2 paper: " + SHARED),
        sample("sa2", "paragraph", List.of("p2", "d2"), "MgB2 paper: " + SHARED),
        sample("s3", "document", List.of("d3", "p3b"), "Paper three"),
        sample("s3b", "paragraph", List.of("p3b", "d3"), "Perovskite paragraph " + SHARED),
        sample("s4b", "paragraph", List.of("p4b", "d4"), "Garnet paragraph " + SHARED),
        sample("c1", "calculation", List.of("c1"), "calculation one"),
        sample("c2", "calculation", List.of("c2"), "calculation two")), SAMPLES);
    Dataset<Row> calculations = spark.createDataFrame(List.of(RowFactory.create("c1", "h"),
        RowFactory.create("c2", "h"), RowFactory.create("c3", "other")), CALCULATIONS);
    ExclusionSettings settings = new ExclusionSettings(List.of("paragraph"), null, true,
        paragraphs, null, false, 0.02, true, null, 13, true);
    ExclusionPass.Result r = ExclusionPass.run(samples, documents, paras, null, calculations,
        settings);
    Map<String, String> out;
    try {
      out = byRecord(r.excluded(), 5);
    } finally {
      r.close().run();
    }
    return out;
  }

  @Test
  void exactDuplicateDocumentsAndCalculationsNameWhatTheyDuplicate() {
    // The longest is kept (d2); ties go to the greatest id (c2). sa2, the kept document's
    // copy of a paragraph sample, stays: the removed document's sz1 does not compete with it.
    assertEquals(Map.of(
        "raw/documents d1", "dedup.exact d2 [s1, sz1]",
        "raw/calculations c1", "dedup.exact c2 [c1]"), excluded(LocalSpark.get(), false));
  }

  @Test
  void duplicateParagraphsOfKeptDocumentsGoOnlyWhenAskedAndTakeOnlyParagraphSamples() {
    Map<String, String> with = excluded(LocalSpark.get(), true);
    // p1 belongs to d1, which document dedup removed: it neither competes nor is listed.
    // p3b and p4b share a text; p4b (greatest id) is kept; d3's whole-document sample s3 stays.
    assertEquals(Map.of(
        "raw/documents d1", "dedup.exact d2 [s1, sz1]",
        "raw/calculations c1", "dedup.exact c2 [c1]",
        "raw/paragraphs p3b", "dedup.exact p4b [s3b]"), with);
  }

  /** record_table record_id → "reason, the value in column {@code detail}, [sorted sample_ids]". */
  private static Map<String, String> byRecord(Dataset<Row> excluded, int detail) {
    Map<String, String> out = new TreeMap<>();
    for (Row row : excluded.collectAsList()) {
      List<String> sampleIds = new java.util.ArrayList<>(row.getList(2));
      java.util.Collections.sort(sampleIds);
      out.put(row.getString(0) + " " + row.getString(1),
          row.getString(3) + " " + row.getString(detail) + " " + sampleIds);
    }
    return out;
  }

  private static final String QUESTION = "What is the superconducting transition temperature of "
      + "MgB2 at ambient pressure in kelvin according to the 2001 discovery paper?";

  /** record_table record_id → "reason benchmark [sample_ids]", and the flagged sample ids. */
  private static Map<String, String> filteredAndDecontaminated(boolean remove, List<String> flagged) {
    SparkSession spark = LocalSpark.get();
    Dataset<Row> documents = spark.createDataFrame(List.of(doc("d1", "Short doc."),
        doc("d2", "1234567890 0987654321 1234567 id")), DOCUMENTS);
    Dataset<Row> samples = spark.createDataFrame(List.of(
        sample("p-short", "paragraph", List.of("d1"), "Hi"),
        sample("st-short", "structure", List.of("x"), "Si"),
        sample("p-digits", "paragraph", List.of("d2"), "1234567890 0987654321 1234567 id"),
        sample("p-ok", "paragraph", List.of("d1"), "Rutile TiO2 was calcined at 900 C."),
        sample("p-leak", "paragraph", List.of("d1"), "Notes. " + QUESTION + " 39 K.")), SAMPLES);
    NgramIndex index = new NgramIndex(13).add("supercon-qa", List.of(QUESTION), 8);
    ExclusionSettings settings = new ExclusionSettings(List.of("paragraph"),
        TextFilter.defaults(), false, false, null, false, 0.02, false, index, 13, remove);
    ExclusionPass.Result r = ExclusionPass.run(samples, documents, null, null, null, settings);
    Map<String, String> out;
    try {
      out = byRecord(r.excluded(), 6);
      r.flagged().collectAsList().forEach(f -> flagged.add(f.getString(0) + " " + f.getString(1)));
    } finally {
      r.close().run();
    }
    return out;
  }

  @Test
  void filtersJudgeProseSamplesAndDocumentsAndContaminationIsRemoved() {
    List<String> flagged = new java.util.ArrayList<>();
    // "Hi" as a paragraph is too short; as a structure sample it is not prose and stays. The
    // two-word document d1 is not judged by length; d2, all digits, goes with its samples.
    assertEquals(Map.of(
        "curated/samples p-short", "filter.too_short null [p-short]",
        "curated/samples p-digits", "filter.digit_ratio null [p-digits]",
        "raw/documents d2", "filter.digit_ratio null [p-digits]",
        "curated/samples p-leak", "decontam.ngram_overlap supercon-qa [p-leak]"),
        filteredAndDecontaminated(true, flagged));
    assertEquals(List.of(), flagged);
  }

  @Test
  void inFlagModeContaminationIsReportedNotRemoved() {
    List<String> flagged = new java.util.ArrayList<>();
    Map<String, String> excluded = filteredAndDecontaminated(false, flagged);
    assertEquals(false, excluded.containsKey("curated/samples p-leak"), excluded.toString());
    assertEquals(3, excluded.size(), excluded.toString());
    assertEquals(List.of("p-leak supercon-qa"), flagged);
  }
}
