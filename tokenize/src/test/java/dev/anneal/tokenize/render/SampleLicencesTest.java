package dev.anneal.tokenize.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.anneal.ingest.testing.LocalSpark;
import dev.anneal.schema.CuratedSchemas;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import scala.collection.JavaConverters;

class SampleLicencesTest {

  private static Row sample(String id, String... sourceIds) {
    return RowFactory.create(id, "paper", "papers", null,
        JavaConverters.asScalaBuffer(List.of(sourceIds)).toSeq(), "text", 4, id);
  }

  @Test
  void aSampleCarriesTheLicencesOfItsDocumentsElseUnknown() {
    SparkSession spark = LocalSpark.get();
    Dataset<Row> samples = spark.createDataFrame(List.of(
        sample("s1", "p1", "docA"),            // a paper's text
        sample("s2", "mat1", "docA", "docB"),  // a dossier citing two papers
        sample("s3", "struct9")),              // rendered from no document
        CuratedSchemas.RENDERED_SAMPLES);
    StructType docs = DataTypes.createStructType(List.of(
        DataTypes.createStructField("doc_id", DataTypes.StringType, false),
        DataTypes.createStructField("licence", DataTypes.StringType, false)));
    Dataset<Row> documents = spark.createDataFrame(List.of(
        RowFactory.create("docA", "CC-BY-4.0"), RowFactory.create("docB", "CC-BY-NC-4.0")), docs);
    Map<String, String> got = new TreeMap<>();
    for (Row r : SampleLicences.attach(samples, documents).collectAsList()) {
      got.put(r.getAs("sample_id"), r.getAs("licence"));
    }
    assertEquals(Map.of("s1", "CC-BY-4.0", "s2", "CC-BY-4.0 AND CC-BY-NC-4.0", "s3", "unknown"),
        got);
    assertEquals(3, SampleLicences.attach(samples, documents.drop("licence")).filter(
        "licence = 'unknown'").count(), "documents without a licence column: unknown");
  }
}
