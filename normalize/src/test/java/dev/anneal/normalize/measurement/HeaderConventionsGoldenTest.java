package dev.anneal.normalize.measurement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.anneal.ingest.ParseResult;
import dev.anneal.ingest.RecordParser;
import dev.anneal.ingest.SourceFile;
import dev.anneal.ingest.lablog.ColumnMapping;
import dev.anneal.ingest.lablog.CsvLabLogReader;
import dev.anneal.ingest.lablog.JsonLabLogReader;
import dev.anneal.ingest.lablog.LabRecord;
import dev.anneal.ingest.lablog.Pseudonymizer;
import dev.anneal.ingest.lablog.XlsxLabLogReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The same two samples (Tc in K, a formation enthalpy in kJ/mol of formula units) written in
 * every header convention and in long format, as CSV, TSV, JSON Lines and XLSX: each must give
 * the same {@code raw/measurements} rows, ids, locations and as-written text aside.
 */
class HeaderConventionsGoldenTest {

  private static final String DIR = "/dev/anneal/normalize/measurement/conventions/";
  private static final Pseudonymizer PSEUDONYMIZER = Pseudonymizer.withDefaultKey();
  private static final ColumnMapping AUTO = ColumnMapping.automatic();

  /** What must agree: everything interpreted. */
  record Interpreted(String sampleId, String material, String reducedFormula, String chemsys,
                     String property, Double value, double low, double high, String unit,
                     Map<String, String> conditions, List<String> flags) {
    static Interpreted of(MeasurementRow m) {
      return new Interpreted(m.sampleId(), m.material(), m.reducedFormula(), m.chemsys(),
          m.property(), m.value(), m.valueLow(), m.valueHigh(), m.unit(), m.conditions(),
          m.flags());
    }
  }

  private static byte[] resource(String name) throws IOException {
    try (InputStream in = HeaderConventionsGoldenTest.class.getResourceAsStream(DIR + name)) {
      if (in == null) {
        throw new AssertionError("missing fixture " + name);
      }
      return in.readAllBytes();
    }
  }

  static MeasurementNormalizer.Result read(RecordParser<LabRecord> reader, String name, byte[] b)
      throws IOException {
    ParseResult<LabRecord> parsed = reader.parse(new SourceFile(name, b.length),
        new ByteArrayInputStream(b));
    assertTrue(parsed.rejections().isEmpty(), name + ": " + parsed.rejections());
    return MeasurementNormalizer.normalize(parsed.records());
  }

  private static List<Interpreted> interpreted(MeasurementNormalizer.Result r, String name) {
    assertTrue(r.rejections().isEmpty(), name + ": " + r.rejections());
    List<Interpreted> out = new ArrayList<>();
    r.measurements().forEach(m -> out.add(Interpreted.of(m)));
    // Wide files give a row's properties together, long files a property per row: compare sorted.
    out.sort(java.util.Comparator.comparing(Interpreted::sampleId).thenComparing(Interpreted::property));
    return out;
  }

  private static List<Interpreted> expected() throws IOException {
    List<Interpreted> e = interpreted(read(new CsvLabLogReader(AUTO, PSEUDONYMIZER),
        "header_unit_in_parentheses.csv", resource("header_unit_in_parentheses.csv")),
        "header_unit_in_parentheses.csv");
    assertEquals(4, e.size(), e::toString);
    Interpreted mgb2 = e.get(0);
    assertEquals("formation_enthalpy", mgb2.property());
    // -92.0 kJ/mol of MgB2 (3 atoms) = -92.0 / 96.485332 / 3 eV/atom.
    assertEquals(-92.0 / 96.485332 / 3, mgb2.value(), 1e-12);
    assertEquals("eV/atom", mgb2.unit());
    assertEquals(39.0, e.get(1).value());
    assertEquals("B-Mg", e.get(1).chemsys());
    return e;
  }

  @ParameterizedTest
  @ValueSource(strings = {"header_unit_in_brackets.csv", "header_iupac_quantity_slash_unit.csv",
      "header_spaced_slash_with_exponent.csv", "header_quantity_underscore_unit.csv",
      "units_in_row_under_header.csv", "units_inside_cells.csv", "long_format.csv",
      "long_format.tsv"})
  void everyDelimitedConventionGivesTheSameRows(String name) throws IOException {
    assertEquals(expected(), interpreted(read(new CsvLabLogReader(AUTO, PSEUDONYMIZER), name,
        resource(name)), name));
  }

  @Test
  void longFormatJsonLinesGivesTheSameRows() throws IOException {
    assertEquals(expected(), interpreted(read(new JsonLabLogReader(AUTO, PSEUDONYMIZER),
        "long_format.jsonl", resource("long_format.jsonl")), "long_format.jsonl"));
  }

  @Test
  void everySheetOfAWorkbookIsReadWithItsOwnMapping() throws IOException {
    // Sheet 1 wide with a unit row, sheet 2 long format, sheet 3 a note with no values.
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      fill(wb.createSheet("wide"), "units_in_row_under_header.csv");
      fill(wb.createSheet("long"), "long_format.csv");
      wb.createSheet("readme").createRow(0).createCell(0).setCellValue("measured by the group");
      wb.write(out);
    }
    byte[] b = out.toByteArray();
    ParseResult<LabRecord> parsed = new XlsxLabLogReader(AUTO, PSEUDONYMIZER)
        .parse(new SourceFile("log.xlsx", b.length), new ByteArrayInputStream(b));
    assertEquals(8, parsed.records().size(), parsed.toString());
    assertEquals(1, parsed.rejections().size(), parsed.rejections()::toString);
    assertEquals("lablog.no_header", parsed.rejections().get(0).reason(), "the note sheet is quarantined, not lost");
    assertEquals("log.xlsx!/readme", parsed.rejections().get(0).sourceUri());
    List<LabRecord> wide = parsed.records().stream()
        .filter(r -> r.sourceUri().equals("log.xlsx!/wide")).toList();
    List<LabRecord> longRows = parsed.records().stream()
        .filter(r -> r.sourceUri().equals("log.xlsx!/long")).toList();
    assertEquals(4, wide.size());
    assertEquals(4, longRows.size());
    List<Interpreted> e = expected();
    assertEquals(e, interpreted(MeasurementNormalizer.normalize(wide), "wide sheet"));
    assertEquals(e, interpreted(MeasurementNormalizer.normalize(longRows), "long sheet"));
  }

  private static void fill(org.apache.poi.xssf.usermodel.XSSFSheet sheet, String csv)
      throws IOException {
    String[] lines = new String(resource(csv), StandardCharsets.UTF_8).split("\n");
    for (int i = 0; i < lines.length; i++) {
      XSSFRow row = sheet.createRow(i);
      String[] cells = lines[i].split(",", -1);
      for (int c = 0; c < cells.length; c++) {
        if (cells[c].isEmpty()) {
          continue;
        }
        try {
          row.createCell(c).setCellValue(Double.parseDouble(cells[c]));
        } catch (NumberFormatException notNumber) {
          row.createCell(c).setCellValue(cells[c]);
        }
      }
    }
  }
}
