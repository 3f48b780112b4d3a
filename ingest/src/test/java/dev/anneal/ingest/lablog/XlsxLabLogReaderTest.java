package dev.anneal.ingest.lablog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.anneal.ingest.ParseResult;
import dev.anneal.ingest.SourceFile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Workbooks written with POI as Excel would, read back through the lab-log mapping. */
class XlsxLabLogReaderTest {

  private static final XlsxLabLogReader READER =
      new XlsxLabLogReader(ColumnMapping.automatic(), Pseudonymizer.withDefaultKey());

  private static ParseResult<LabRecord> read(byte[] b) throws IOException {
    return READER.parse(new SourceFile("log.xlsx", b.length), new ByteArrayInputStream(b));
  }

  @Test
  void readsEverySheetWithExactNumbersIsoDatesAndFormulas() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      XSSFSheet sheet = wb.createSheet("Tc");
      XSSFRow header = sheet.createRow(0);
      String[] names = {"material", "Tc (K)", "date", "operator"};
      for (int i = 0; i < names.length; i++) {
        header.createCell(i).setCellValue(names[i]);
      }
      CellStyle dateStyle = wb.createCellStyle();
      dateStyle.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
      XSSFRow mgb2 = sheet.createRow(2); // a blank line 2, as spreadsheets often have
      mgb2.createCell(0).setCellValue("MgB2");
      mgb2.createCell(1).setCellValue(39.123456789012); // more digits than "General" shows
      mgb2.createCell(2).setCellValue(LocalDate.of(2024, 3, 5));
      mgb2.getCell(2).setCellStyle(dateStyle);
      mgb2.createCell(3).setCellValue("Wei Li");
      XSSFRow ybco = sheet.createRow(3);
      ybco.createCell(0).setCellValue("YBa2Cu3O7");
      ybco.createCell(1).setCellFormula("90+2.1");
      XSSFRow second = wb.createSheet("second").createRow(0);
      second.createCell(0).setCellValue("no values here");
      second.createCell(1).setCellValue("just words");
      wb.write(out);
    }
    ParseResult<LabRecord> r = read(out.toByteArray());
    assertEquals(2, r.records().size(), r.toString());
    LabRecord rec = r.records().get(0);
    assertEquals("MgB2", rec.materialAsWritten());
    assertEquals("39.123456789012", rec.valueAsWritten(), "the stored double, not a display rounding");
    assertEquals("K", rec.unitAsWritten());
    assertEquals(3, rec.rowNumber());
    assertEquals("2024-03-05T00:00", rec.measuredAt());
    assertEquals(Pseudonymizer.withDefaultKey().person("Wei Li"), rec.operator());
    assertEquals("xlsx", rec.sourceKind());
    assertEquals("92.1", r.records().get(1).valueAsWritten(), "formulas give their value");
    assertEquals("log.xlsx!/Tc", rec.sourceUri(), "with several sheets, each record names its sheet");
    assertEquals(1, r.rejections().size(), "the second sheet is read, and quarantined on its own");
    assertEquals("lablog.no_value_column", r.rejections().get(0).reason());
    assertEquals("log.xlsx!/second", r.rejections().get(0).sourceUri());
  }

  @Test
  void eachSheetIsReadWithItsOwnConfiguredMapping() throws IOException {
    // Two sheets whose "Result" column means different things: only a per-sheet mapping says so.
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      String[][] sheets = {{"Superconductors", "MgB2", "39.2"}, {"Gaps", "GaN", "3.4"}};
      for (String[] sh : sheets) {
        XSSFSheet sheet = wb.createSheet(sh[0]);
        XSSFRow header = sheet.createRow(0);
        header.createCell(0).setCellValue("material");
        header.createCell(1).setCellValue("Result");
        XSSFRow row = sheet.createRow(1);
        row.createCell(0).setCellValue(sh[1]);
        row.createCell(1).setCellValue(sh[2]);
      }
      wb.write(out);
    }
    ColumnMapping mapping = ColumnMapping.fromMap(java.util.Map.of("auto", true, "columns",
        java.util.Map.of(), "sheets", java.util.Map.of(
            "Superconductors", java.util.Map.of("columns", java.util.Map.of("Result",
                java.util.Map.of("role", "value", "property", "tc", "unit", "K"))),
            "Gaps", java.util.Map.of("columns", java.util.Map.of("Result",
                java.util.Map.of("role", "value", "property", "band_gap", "unit", "eV"))))));
    byte[] b = out.toByteArray();
    ParseResult<LabRecord> r = new XlsxLabLogReader(mapping, Pseudonymizer.withDefaultKey())
        .parse(new SourceFile("log.xlsx", b.length), new ByteArrayInputStream(b));
    assertEquals(0, r.rejections().size(), r.toString());
    assertEquals(2, r.records().size(), r.toString());
    assertEquals("tc", r.records().get(0).property());
    assertEquals("K", r.records().get(0).unitAsWritten());
    assertEquals("39.2", r.records().get(0).valueAsWritten());
    assertEquals("band_gap", r.records().get(1).property());
    assertEquals("eV", r.records().get(1).unitAsWritten());
    assertEquals("log.xlsx!/Gaps", r.records().get(1).sourceUri());

    // Without the sheet mappings, "Result" is context and neither sheet has a value column.
    ParseResult<LabRecord> plain = read(b);
    assertEquals(0, plain.records().size(), plain.toString());
    assertEquals(2, plain.rejections().size(), plain.toString());
  }

  @Test
  void aMalformedSheetMappingIsAConfigurationError() {
    IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(
        IllegalArgumentException.class, () -> ColumnMapping.fromMap(java.util.Map.of(
            "sheets", java.util.Map.of("Tc", java.util.Map.of("colums", java.util.Map.of())))));
    org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().contains("unknown key 'colums'"),
        e.getMessage());
  }

  @Test
  void notAWorkbookIsRejected() throws IOException {
    byte[] b = "not a zip".getBytes(StandardCharsets.UTF_8);
    assertEquals("xlsx.bad_zip", read(b).rejections().get(0).reason());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      wb.write(out);
    }
    assertEquals("xlsx.no_sheet", read(out.toByteArray()).rejections().get(0).reason());
  }
}
