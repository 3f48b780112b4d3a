package dev.anneal.ingest.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.anneal.ingest.testing.LocalSpark;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The input tree is a boundary (issue #20): a link to a system file, a link loop, a FIFO, hidden
 * names, a name with ':' and a name that is not UTF-8 are each accounted for with a reason, and
 * no content from outside the root reaches any table.
 */
class InputTreeTest {

  private static final String CIF = "data_NaCl\n_cell_length_a 5.64\n_cell_length_b 5.64\n"
      + "_cell_length_c 5.64\n_cell_angle_alpha 90\n_cell_angle_beta 90\n_cell_angle_gamma 90\n"
      + "_symmetry_space_group_name_H-M 'P 1'\nloop_\n_atom_site_label\n_atom_site_type_symbol\n"
      + "_atom_site_fract_x\n_atom_site_fract_y\n_atom_site_fract_z\nNa1 Na 0 0 0\nCl1 Cl 0.5 0.5 0.5\n";

  @TempDir
  Path input;
  @TempDir
  Path outside;

  private static boolean sh(String command) throws IOException, InterruptedException {
    Process p = new ProcessBuilder("bash", "-c", command).inheritIO().start();
    return p.waitFor() == 0;
  }

  @Test
  void linksSpecialFilesAndOddNamesAreQuarantinedAndNothingOutsideTheRootIsRead()
      throws Exception {
    Files.writeString(input.resolve("good.cif"), CIF);
    Files.writeString(input.resolve("ratio:1.cif"), CIF);
    Files.writeString(input.resolve(".hidden.cif"), CIF);
    Files.writeString(input.resolve("_SUCCESS"), "");
    Files.writeString(outside.resolve("secret.txt"), "SECRET-OUTSIDE-THE-ROOT\n");
    Files.createSymbolicLink(input.resolve("paper.txt"), outside.resolve("secret.txt"));
    Files.createDirectories(input.resolve("loop"));
    Files.createSymbolicLink(input.resolve("loop/again"), input.resolve("loop"));
    boolean fifo = sh("mkfifo '" + input.resolve("pipe.cif") + "'");
    boolean badName = sh("touch '" + input + "'/$'bad\\xff.cif'");
    Assumptions.assumeTrue(fifo && badName, "mkfifo or touch with a raw byte failed here");

    Map<String, String> reasons = new TreeMap<>();
    for (InputTree.Entry e : InputTree.local(input)) {
      reasons.put(e.uri().substring(e.uri().lastIndexOf('/') + 1), e.reason());
    }
    assertEquals("", reasons.get("good.cif"));
    assertEquals("", reasons.get("ratio:1.cif"));
    assertEquals(InputTree.HIDDEN, reasons.get(".hidden.cif"));
    assertEquals(InputTree.HIDDEN, reasons.get("_SUCCESS"));
    assertEquals(InputTree.SYMLINK, reasons.get("paper.txt"));
    assertEquals(InputTree.SYMLINK, reasons.get("again"));
    assertEquals(InputTree.SPECIAL, reasons.get("pipe.cif"));
    assertEquals(1, reasons.values().stream().filter(InputTree.BAD_NAME::equals).count(),
        reasons.toString());
    assertEquals(8, reasons.size(), reasons.toString());

    Dataset<Row> envelope = RawIngest.read(
        RawIngest.listFiles(LocalSpark.get(), input.toString(), 2), 1L << 20, Map.of(),
        "input-tree-test-key-0123").cache();
    assertEquals(2, RawIngest.table(envelope, "structures").count());
    List<String> quarantined = RawIngest.table(envelope, "quarantine").select("reason")
        .as(org.apache.spark.sql.Encoders.STRING()).collectAsList().stream().sorted().toList();
    assertEquals(List.of(InputTree.HIDDEN, InputTree.HIDDEN, InputTree.SPECIAL,
        InputTree.SYMLINK, InputTree.SYMLINK, InputTree.BAD_NAME).stream().sorted().toList(),
        quarantined);
    for (Row r : envelope.collectAsList()) {
      assertFalse(r.toString().contains("SECRET-OUTSIDE-THE-ROOT"), r.toString());
    }
    assertTrue(envelope.count() >= 8);
    envelope.unpersist();
  }

  @Test
  void followedLinksAreReadOnlyInsideTheRootAndNamedByTheLink() throws Exception {
    Files.createDirectories(input.resolve("papers"));
    Files.writeString(input.resolve("papers/a.cif"), CIF);
    Files.writeString(outside.resolve("secret.txt"), "SECRET-OUTSIDE-THE-ROOT\n");
    Files.createSymbolicLink(input.resolve("inside.cif"), input.resolve("papers/a.cif"));
    Files.createSymbolicLink(input.resolve("alias"), input.resolve("papers"));
    Files.createSymbolicLink(input.resolve("paper.txt"), outside.resolve("secret.txt"));
    Files.createSymbolicLink(input.resolve("dangling.cif"), input.resolve("nowhere.cif"));
    Files.createDirectories(input.resolve("loop"));
    Files.createSymbolicLink(input.resolve("loop/again"), input.resolve("loop"));

    Map<String, String> reasons = new TreeMap<>();
    for (InputTree.Entry e : InputTree.local(input, true)) {
      reasons.put(e.uri().substring(e.uri().indexOf(input.getFileName().toString())
          + input.getFileName().toString().length() + 1), e.reason());
    }
    assertEquals(Map.of("papers/a.cif", "", "inside.cif", "", "alias/a.cif", "",
        "paper.txt", InputTree.LINK_OUTSIDE, "dangling.cif", InputTree.LINK_BROKEN,
        "loop/again", InputTree.LINK_CYCLE), reasons);

    Dataset<Row> envelope = RawIngest.read(
        RawIngest.list(LocalSpark.get(), input.toString(), 2, true).files(), 1L << 20, Map.of(),
        "input-tree-test-key-0123").cache();
    List<String> sources = RawIngest.table(envelope, "structures").select("source_uri")
        .as(org.apache.spark.sql.Encoders.STRING()).collectAsList().stream().sorted().toList();
    assertEquals(List.of("alias/a.cif", "inside.cif", "papers/a.cif"), sources);
    List<String> quarantined = RawIngest.table(envelope, "quarantine").select("reason")
        .as(org.apache.spark.sql.Encoders.STRING()).collectAsList().stream().sorted().toList();
    assertEquals(List.of(InputTree.LINK_BROKEN, InputTree.LINK_CYCLE, InputTree.LINK_OUTSIDE),
        quarantined);
    for (Row r : envelope.collectAsList()) {
      assertFalse(r.toString().contains("SECRET-OUTSIDE-THE-ROOT"), r.toString());
    }
    envelope.unpersist();
  }
}
