package dev.anneal.quality.dedup.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.anneal.ingest.crystal.Lattice;
import dev.anneal.ingest.crystal.Site;
import dev.anneal.ingest.crystal.Structure;
import dev.anneal.ingest.spark.RawRows;
import dev.anneal.ingest.testing.LocalSpark;
import dev.anneal.schema.RawSchemas;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

/** Structure duplicates on rock-salt cells: grouping by volume per site, and which one is kept. */
class StructureDuplicatesTest {

  private static final double TOLERANCE = 0.02;

  /** Just the columns {@link StructureDuplicates#energies} reads from {@code raw/calculations}. */
  private static final StructType CALCULATIONS = DataTypes.createStructType(List.of(
      DataTypes.createStructField("converged", DataTypes.BooleanType, false),
      DataTypes.createStructField("energy_per_atom_ev", DataTypes.DoubleType, true),
      DataTypes.createStructField("final_structure", DataTypes.createStructType(List.of(
          DataTypes.createStructField("reduced_formula", DataTypes.StringType, false),
          DataTypes.createStructField("nsites", DataTypes.IntegerType, false),
          DataTypes.createStructField("volume", DataTypes.DoubleType, false))), true)));

  /** The conventional rock-salt cell of {@code cation}Cl with edge {@code a} Å (8 sites). */
  private static Structure rockSalt(String cation, double a, String uri) {
    double[][] fcc = {{0, 0, 0}, {0, 0.5, 0.5}, {0.5, 0, 0.5}, {0.5, 0.5, 0}};
    List<Site> sites = new ArrayList<>();
    for (double[] f : fcc) {
      sites.add(new Site(cation, 1.0, 1.0, f[0], f[1], f[2], cation));
      sites.add(new Site("Cl", -1.0, 1.0, (f[0] + 0.5) % 1, f[1], f[2], "Cl"));
    }
    return new Structure(uri, "cif", uri, cation + "Cl", new Lattice(a, a, a, 90, 90, 90), sites,
        "F m -3 m", 225, List.of());
  }

  private static Row calculation(boolean converged, double energy, String formula, double a) {
    return RowFactory.create(converged, energy, RowFactory.create(formula, 8, a * a * a));
  }

  /** Removed id → kept id. */
  private static Map<String, String> removed(Dataset<Row> structures, List<Row> calculations) {
    Dataset<Row> energies = calculations == null ? null : StructureDuplicates.energies(
        LocalSpark.get().createDataFrame(calculations, CALCULATIONS));
    Map<String, String> out = new TreeMap<>();
    for (Row r : StructureDuplicates.find(structures, energies, TOLERANCE).collectAsList()) {
      out.put(r.getString(0), r.getString(1));
    }
    return out;
  }

  @Test
  void theConvergedLowestEnergyOfTheSameFormulaAndVolumeDecidesBetweenEquallyCompleteCells() {
    // a = 5.60 and 5.62 Å: volumes per site 1.1 % apart, one group at 2 %. A third cell 4 %
    // larger in volume is a different group, and KCl never groups with NaCl.
    Structure small = rockSalt("Na", 5.60, "file:/nacl-a.cif");
    Structure large = rockSalt("Na", 5.62, "file:/nacl-b.cif");
    Structure expanded = rockSalt("Na", 5.68, "file:/nacl-c.cif");
    Structure kcl = rockSalt("K", 5.62, "file:/kcl.cif");
    Dataset<Row> structures = LocalSpark.get().createDataFrame(List.of(
        RawRows.structure(small, 0), RawRows.structure(large, 0), RawRows.structure(expanded, 0),
        RawRows.structure(kcl, 0)), RawSchemas.STRUCTURES);

    Map<String, String> byId = removed(structures, null);
    assertEquals(1, byId.size(), "only the two close NaCl cells are duplicates: " + byId);
    String ids = id(small) + "," + id(large);

    // A relaxed calculation 1.1 % above the larger cell matches it and not the smaller one
    // (2.2 %); a lower energy that did not converge, and one of KCl, must not count.
    List<Row> nearLarge = List.of(calculation(true, -3.40, "NaCl", 5.64),
        calculation(false, -9.0, "NaCl", 5.60), calculation(true, -9.0, "KCl", 5.60));
    assertEquals(Map.of(id(small), id(large)),
        removed(structures, nearLarge), ids);
    List<Row> nearSmall = List.of(calculation(true, -3.40, "NaCl", 5.58),
        calculation(false, -9.0, "NaCl", 5.62));
    assertEquals(Map.of(id(large), id(small)),
        removed(structures, nearSmall), ids);
    // Both known: the lower energy wins.
    List<Row> both = List.of(calculation(true, -3.40, "NaCl", 5.58),
        calculation(true, -3.45, "NaCl", 5.64));
    assertEquals(Map.of(id(small), id(large)),
        removed(structures, both), ids);
  }

  @Test
  void completenessComesBeforeEnergy() {
    Structure described = rockSalt("Na", 5.60, "file:/nacl-described.cif");
    Structure bare = new Structure("file:/nacl-bare.cif", "cif", "bare", "",
        new Lattice(5.62, 5.62, 5.62, 90, 90, 90), described.sites(), "", 225, List.of());
    Dataset<Row> structures = LocalSpark.get().createDataFrame(List.of(
        RawRows.structure(described, 0), RawRows.structure(bare, 0)), RawSchemas.STRUCTURES);
    List<Row> bareIsLower = List.of(calculation(true, -5.0, "NaCl", 5.64),
        calculation(true, -3.0, "NaCl", 5.58));
    assertEquals(Map.of(id(bare), id(described)),
        removed(structures, bareIsLower));
  }

  /** The {@code structure_id} ingest gives {@code s} as the first structure of its file. */
  private static String id(Structure s) {
    return RawRows.structure(s, 0).getString(0);
  }
}
