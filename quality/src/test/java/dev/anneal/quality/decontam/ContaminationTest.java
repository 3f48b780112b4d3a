package dev.anneal.quality.decontam;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.anneal.ingest.testing.LocalSpark;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

/** The rows of a table quoting an evaluation item are found, with their benchmark, on Spark. */
class ContaminationTest {

  private static final StructType SAMPLES = DataTypes.createStructType(List.of(
      DataTypes.createStructField("sample_id", DataTypes.StringType, false),
      DataTypes.createStructField("text", DataTypes.StringType, true)));

  private static final String QUESTION = "What is the superconducting transition temperature of "
      + "MgB2 at ambient pressure in kelvin according to the 2001 discovery paper?";

  @Test
  void rowsSharingAnNgramWithAnEvaluationItemAreFound() {
    NgramIndex index = new NgramIndex(13)
        .add("supercon-qa", List.of(QUESTION), 8)
        .add("short-qa", List.of("Which element has the symbol Nb in the periodic table?"), 8);
    Dataset<Row> samples = LocalSpark.get().createDataFrame(List.of(
        RowFactory.create("s1", "Intro. " + QUESTION + " It is 39 K."),
        RowFactory.create("s2", "MgB2 becomes superconducting near 39 K at ambient pressure."),
        RowFactory.create("s3", "Quiz: which element has the symbol Nb in the periodic table?"),
        RowFactory.create("s4", null)), SAMPLES);
    List<String> found = Contamination.find(samples, "sample_id", "text", index, 13)
        .orderBy("id").collectAsList().stream()
        .map(r -> r.getString(0) + " " + r.getString(1) + " " + r.getString(2)).toList();
    assertEquals(List.of(
        "s1 supercon-qa shares a word 13-gram with evaluation set supercon-qa",
        "s3 short-qa shares a word 13-gram with evaluation set short-qa"), found);
  }
}
