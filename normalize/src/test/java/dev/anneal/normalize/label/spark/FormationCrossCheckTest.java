package dev.anneal.normalize.label.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.anneal.ingest.testing.LocalSpark;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import scala.collection.JavaConverters;

/**
 * Experimental formation enthalpies against DFT formation energies: a systematic offset is
 * fitted and tolerated; a value beyond 3σ of it is flagged.
 */
class FormationCrossCheckTest {

  private static final StructType LABELS = new StructType()
      .add("label_id", DataTypes.StringType).add("material_id", DataTypes.StringType)
      .add("property", DataTypes.StringType).add("condition", DataTypes.StringType)
      .add("value", DataTypes.DoubleType)
      .add("flags", DataTypes.createArrayType(DataTypes.StringType));

  @Test
  void aValueFarFromTheFittedOffsetIsFlagged() {
    double[] dft = {-1.20, -0.85, -2.10, -1.65, -0.40, -3.00};
    // Experiment sits 0.10 eV/atom above DFT (a typical systematic offset), with small scatter;
    // material m5's experimental value is off by a further 0.6 eV/atom.
    double[] scatter = {0.01, -0.02, 0.015, -0.01, 0.0, 0.6};
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < dft.length; i++) {
      rows.add(RowFactory.create("dft-" + i, "m" + i, "formation_energy", "pressure=ambient",
          dft[i], seq(List.of())));
      rows.add(RowFactory.create("exp-" + i, "m" + i, "formation_enthalpy", "pressure=ambient",
          dft[i] + 0.10 + scatter[i], seq(List.of("single_observation"))));
    }
    Map<String, List<String>> flags = new HashMap<>();
    for (Row r : FormationCrossCheck.apply(LocalSpark.get().createDataFrame(rows, LABELS))
        .collectAsList()) {
      flags.put(r.getAs("label_id"), r.getList(r.fieldIndex("flags")));
    }
    assertTrue(flags.get("exp-5").contains("dft_disagrees"), "" + flags.get("exp-5"));
    for (int i = 0; i < 5; i++) {
      assertTrue(flags.get("exp-" + i).contains("dft_agrees"), "exp-" + i);
    }
    assertEquals(List.of(), flags.get("dft-0"), "DFT labels are not judged");
  }

  private static scala.collection.Seq<String> seq(List<String> l) {
    return JavaConverters.asScalaBuffer(new ArrayList<>(l)).toSeq();
  }
}
