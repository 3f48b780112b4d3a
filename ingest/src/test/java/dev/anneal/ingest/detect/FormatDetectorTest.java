package dev.anneal.ingest.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.anneal.ingest.SourceFile;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FormatDetectorTest {

  private final FormatDetector detector = new FormatDetector();

  private Format detect(String name, byte[] content) {
    return detector.detect(new SourceFile("file:/in/" + name, content.length), content,
        content.length);
  }

  private Format detect(String name, String content) {
    return detect(name, content.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void extensionsPickTheParser() {
    assertEquals(Format.CIF, detect("NaCl.CIF", "data_NaCl\n"));
    assertEquals(Format.MARKDOWN, detect("paper.md", "# Title\n"));
    assertEquals(Format.TEXT, detect("notes.txt", "some notes"));
  }

  @Test
  void cifIsRecognisedByContentWithoutExtension() {
    assertEquals(Format.CIF, detect("1000041", "# from COD\n#\ndata_1000041\n_cell_length_a 5\n"));
  }

  @Test
  void emptyAndWhitespaceOnlyFilesAreEmpty() {
    assertEquals(Format.EMPTY, detect("a.cif", ""));
    assertEquals(Format.EMPTY, detect("a.md", " \n\t\r\n"));
  }

  @Test
  void nulBytesMeanBinaryWhateverTheExtension() {
    assertEquals(Format.BINARY, detect("looks.cif", new byte[] {'d', 'a', 't', 'a', '_', 0, 1, 2}));
  }

  @Test
  void unknownTextIsUnsupported() {
    assertEquals(Format.UNSUPPORTED, detect("BAs_scf.in", "&control\n calculation='scf'\n/\n"));
  }

  @Test
  void labLogsBySuffixAndZipsByExtensionBeforeTheBinaryCheck() {
    assertEquals(Format.LABLOG_CSV, detect("tc.csv", "sample,Tc (K)\nA,92\n"));
    assertEquals(Format.LABLOG_JSON, detect("tc.json", "[{\"material\": \"MgB2\", \"Tc\": 39}]"));
    assertEquals(Format.OPTIMADE, detect("mp.json", "{\"data\": [{\"type\": \"structures\"}]}"));
    byte[] zip = {'P', 'K', 3, 4, 0, 0, 0, 0};
    assertEquals(Format.ELN, detect("export.eln", zip));
    assertEquals(Format.LABLOG_XLSX, detect("log.xlsx", zip));
    assertEquals(Format.DOCX, detect("report.docx", zip)); // read by Tika since the literature readers
  }

  @Test
  void simulationOutputsByNameOrContent() {
    assertEquals(Format.OUTCAR, detect("OUTCAR_relax", " vasp.6.3.2 18Apr22\n"));
    assertEquals(Format.VASPRUN, detect("run.xml", "<?xml version=\"1.0\"?>\n<modeling>\n"));
    assertEquals(Format.PWSCF, detect("scf.out", "\n     Program PWSCF v.7.1 starts on\n"));
    assertEquals(Format.LAMMPS_LOG, detect("log.lammps", "LAMMPS (29 Aug 2024)\n"));
    assertEquals(Format.POSCAR, detect("CONTCAR", "Si\n1.0\n"));
  }

  @Test
  void structuresWithoutAMagicWordAreRecognisedByTheirShapeUnderAnyName() {
    String poscar5 = "NaCl rocksalt\n1.0\n5.64 0 0\n0 5.64 0\n0 0 5.64\nNa Cl\n4 4\n"
        + "Direct\n0 0 0\n";
    String poscar4 = "Si\n  -40.05\n 0.0 2.7 2.7\n 2.7 0.0 2.7\n 2.7 2.7 0.0\n 2\n"
        + "Selective dynamics\nCartesian\n 0 0 0 T T T\n";
    String extxyz = "2\nLattice=\"5.43 0 0 0 5.43 0 0 0 5.43\" Properties=species:S:1:pos:R:3\n"
        + "Si 0.0 0.0 0.0\nSi 1.36 1.36 1.36\n";
    assertEquals(Format.POSCAR, detect("structure.dat", poscar5));
    assertEquals(Format.POSCAR, detect("relaxed", poscar4));
    assertEquals(Format.EXTXYZ, detect("frames.out", extxyz));
    // Three numbers per line are not enough: a whitespace table stays what its name says.
    assertEquals(Format.TEXT, detect("notes.txt", "x y z\n1.0\n1 2 3\n4 5 6\n7 8 9\n"
        + "10 11 12\n13 14 15\nend\n"));
    assertEquals(Format.MARKDOWN, detect("paper.md", "# 3 phases\n\n12\nThe Si 1 2 3 grid\n"));
  }

  @Test
  void recipeLinesAreSynthesisRecipesNotLabLogs() {
    assertEquals(Format.SYNTHESIS_RECIPES, detect("recipes.jsonl",
        "{\"doi\": \"10.1/x\", \"targets_string\": [\"BaTiO3\"], \"operations\": []}\n"));
    assertEquals(Format.SYNTHESIS_RECIPES, detect("r.json",
        "{\"reaction_string\": \"BaCO3 + TiO2 == BaTiO3 + CO2\"}"));
    assertEquals(Format.LABLOG_JSON, detect("tc.jsonl", "{\"material\": \"MgB2\", \"Tc\": 39}\n"));
  }
}
