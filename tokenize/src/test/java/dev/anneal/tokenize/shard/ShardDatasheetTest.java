package dev.anneal.tokenize.shard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.anneal.ingest.testing.LocalSpark;
import dev.anneal.schema.CuratedSchemas;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.junit.jupiter.api.Test;
import scala.collection.JavaConverters;

class ShardDatasheetTest {

  private static <T> scala.collection.Seq<T> seq(List<T> xs) {
    return JavaConverters.asScalaBuffer(xs).toSeq();
  }

  private static Row sample(String id, String kind, List<String> sourceIds, String text) {
    return RowFactory.create(id, kind, kind + "s", null, seq(sourceIds), text, text.length(), id);
  }

  private static Dataset<Row> ids(SparkSession spark, String... ids) {
    return spark.createDataFrame(java.util.Arrays.stream(ids).map(i -> RowFactory.create(i))
        .toList(), DataTypes.createStructType(List.of(
            DataTypes.createStructField("id", DataTypes.StringType, false))));
  }

  @Test
  void connectedDossierTokensAndRepeatedNGramsAreCounted() {
    SparkSession spark = LocalSpark.get();
    String boiler = "this sample was prepared by the standard route described above";
    Dataset<Row> samples = spark.createDataFrame(List.of(
        sample("d1", "dossier", List.of("mat1", "s1", "y1"), "dossier one"),
        sample("d2", "dossier", List.of("mat2", "s2"), "dossier two"),
        sample("p1", "paper", List.of("doc1"), boiler + ". " + boiler + " again"),
        sample("p2", "paper", List.of("doc2"), "Other words. " + boiler),
        sample("gone", "paper", List.of("doc3"), boiler + " " + boiler)), CuratedSchemas.RENDERED_SAMPLES);
    Dataset<Row> shards = spark.createDataFrame(List.of(
        RowFactory.create(seq(List.of(10, 5)), seq(List.of("d1", "p1"))),
        RowFactory.create(seq(List.of(7, 3)), seq(List.of("d2", "p2"))),
        RowFactory.create(seq(List.of(4)), seq(List.of("d1")))),
        DataTypes.createStructType(List.of(
            DataTypes.createStructField("doc_lengths",
                DataTypes.createArrayType(DataTypes.IntegerType, false), false),
            DataTypes.createStructField("sample_ids",
                DataTypes.createArrayType(DataTypes.StringType, false), false))));
    ShardDatasheet sheet = ShardDatasheet.compute(shards, samples, ids(spark, "s1", "s2"),
        ids(spark, "y1"));
    assertEquals(29, sheet.tokens());
    assertEquals(21, sheet.dossierTokens());
    assertEquals(14, sheet.connectedTokens(), "d1 (two pieces) names a structure and a synthesis");
    assertEquals(1, sheet.connectedDossiers());
    assertEquals(2, sheet.dossiers());
    assertEquals(14.0 / 29, sheet.connectedShare(), 1e-12);
    ShardDatasheet.NGram top = sheet.ngrams().get(0);
    assertEquals(3, top.occurrences(), "the sample not in the shards is not counted: " + top);
    assertEquals(2, top.samples());
    assertTrue(boiler.startsWith(top.text()) || boiler.contains(top.text()), top.text());
    assertEquals(ShardDatasheet.N, top.text().split(" ").length);
  }
}
