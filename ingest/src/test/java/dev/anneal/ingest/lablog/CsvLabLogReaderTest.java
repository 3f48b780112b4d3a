package dev.anneal.ingest.lablog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.anneal.ingest.ParseResult;
import dev.anneal.ingest.SourceFile;
import dev.anneal.ingest.testing.ProjectPaths;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class CsvLabLogReaderTest {

  private static final CsvLabLogReader READER =
      new CsvLabLogReader(ColumnMapping.automatic(), Pseudonymizer.withDefaultKey());

  static ParseResult<LabRecord> read(String name, byte[] bytes) throws IOException {
    return READER.parse(new SourceFile(name, bytes.length), new ByteArrayInputStream(bytes));
  }

  static ParseResult<LabRecord> read(String text) throws IOException {
    return read("t.csv", text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void exampleTcLogGivesOneRecordPerRowWithNoNameLeft() throws IOException {
    Path file = ProjectPaths.exampleCorpus().resolve("lablog/tc_measurements.csv");
    ParseResult<LabRecord> r;
    try (InputStream in = Files.newInputStream(file)) {
      r = READER.parse(new SourceFile(file.toString(), Files.size(file)), in);
    }
    assertEquals(26, r.records().size());
    assertEquals(0, r.rejections().size());
    LabRecord first = r.records().get(0);
    assertEquals("YBCO-01", first.sampleId());
    assertEquals("YBa2Cu3O7-d", first.materialAsWritten());
    assertEquals("tc", first.property());
    assertEquals("92.1", first.valueAsWritten());
    assertEquals("K", first.unitAsWritten());
    assertEquals("2024-03-04T10:15:00Z", first.measuredAt());
    assertEquals(Pseudonymizer.withDefaultKey().person("Jana Novak"), first.operator());
    assertEquals(2, first.rowNumber());
    for (LabRecord rec : r.records()) {
      String all = rec.toString();
      for (String name : new String[] {"Jana", "Novak", "Marcus", "Okafor", "Wei Li"}) {
        assertFalse(all.contains(name), () -> name + " left in " + rec);
      }
    }
    assertEquals(r.records().get(9).rowId(), r.records().get(10).rowId(), "the duplicated MgB2-02 rows");
  }

  @Test
  void furnaceLogGivesThreeValuesPerRowAndKeepsUnknownColumns() throws IOException {
    Path file = ProjectPaths.exampleCorpus().resolve("lablog/furnace_log.csv");
    ParseResult<LabRecord> r = read("furnace_log.csv", Files.readAllBytes(file));
    assertEquals(17 * 3, r.records().size());
    LabRecord t = r.records().get(0);
    assertEquals("temperature", t.property());
    assertEquals("°C", t.unitAsWritten());
    assertEquals("air", t.context().get("atmosphere"));
    assertEquals("calcination 1", t.context().get("step"));
  }

  @Test
  void skipsPreambleAndBlankLinesTrimsAndPadsShortRows() throws IOException {
    ParseResult<LabRecord> r = read("# exported 2024-03-01\nTc log\n\nsample;formula;Tc (K);notes\n"
        + " S1 ; MgB2 ; 39.0 \n\nS2;Nb;9.25\n");
    assertEquals(2, r.records().size());
    assertEquals("S1", r.records().get(0).sampleId());
    assertEquals("39.0", r.records().get(0).valueAsWritten());
    assertEquals("", r.records().get(1).notes(), "a short row is padded with blanks");
    assertEquals(7, r.records().get(1).rowNumber());
  }

  @Test
  void windows1252BytesAreReadAndMarked() throws IOException {
    byte[] bytes = "material,Temperature [\u00b0C]\nTiO2,450\n".getBytes(Charset.forName("windows-1252"));
    ParseResult<LabRecord> r = read("old.csv", bytes);
    assertEquals("\u00b0C", r.records().get(0).unitAsWritten());
    assertEquals("windows-1252", r.records().get(0).context().get("_charset"));
  }

  @Test
  void extraCellsAreRejectedWithTheLine() throws IOException {
    ParseResult<LabRecord> r = read("material,Tc (K)\nNb,9.25\nNb,9.2,oops\nNb,9.3,\n");
    assertEquals(2, r.records().size(), "a trailing empty cell is not an extra cell");
    assertEquals(1, r.rejections().size());
    assertEquals("lablog.extra_cells", r.rejections().get(0).reason());
    assertEquals("line 3", r.rejections().get(0).location());
  }

  @Test
  void filesThatCannotBeMappedAreRejectedWhole() throws IOException {
    assertEquals("lablog.no_value_column", read("sample,material\nS1,Nb\n").rejections().get(0).reason());
    assertEquals("lablog.no_header", read("1,2\n3,4\n").rejections().get(0).reason());
    assertEquals("lablog.no_header", read("just a title\n").rejections().get(0).reason());
    assertEquals("lablog.empty", read("").rejections().get(0).reason());
  }

  @Test
  void emailsInAnyCellArePseudonymized() throws IOException {
    ParseResult<LabRecord> r = read("material,Tc (K),contact\nNb,9.25,ask a.b@uni.example.edu\n");
    String contact = r.records().get(0).context().get("contact");
    assertTrue(contact.matches("ask person:[0-9a-f]{12}"), contact);
  }
}
