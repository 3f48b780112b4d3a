package dev.anneal.ingest.lablog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.anneal.ingest.ParseResult;
import dev.anneal.ingest.SourceFile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

class XlsxLabLogReaderTest {

  private static final XlsxLabLogReader READER =
      new XlsxLabLogReader(ColumnMapping.automatic(), Pseudonymizer.withDefaultKey());

  /** A minimal workbook: the parts Excel needs to locate and read one sheet. */
  private static byte[] workbook(Map<String, String> parts) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (Map.Entry<String, String> p : parts.entrySet()) {
        zip.putNextEntry(new ZipEntry(p.getKey()));
        zip.write(p.getValue().getBytes(StandardCharsets.UTF_8));
      }
    }
    return bytes.toByteArray();
  }

  @Test
  void readsSharedInlineAndNumericCellsOfTheFirstSheet() throws IOException {
    String ns = "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"";
    byte[] b = workbook(Map.of(
        "xl/workbook.xml", "<workbook " + ns + " xmlns:r=\"http://schemas.openxmlformats.org/"
            + "officeDocument/2006/relationships\"><sheets><sheet name=\"Tc\" sheetId=\"1\" r:id=\"rId7\"/>"
            + "</sheets></workbook>",
        "xl/_rels/workbook.xml.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/"
            + "package/2006/relationships\"><Relationship Id=\"rId7\" Target=\"worksheets/data.xml\"/>"
            + "</Relationships>",
        "xl/sharedStrings.xml", "<sst " + ns + "><si><t>material</t></si><si><t>Tc (K)</t></si>"
            + "<si><r><t>Mg</t></r><r><t>B2</t></r></si><si><t>operator</t></si></sst>",
        "xl/worksheets/data.xml", "<worksheet " + ns + "><sheetData>"
            + "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c>"
            + "<c r=\"D1\" t=\"s\"><v>3</v></c></row>"
            + "<row r=\"3\"><c r=\"A3\" t=\"s\"><v>2</v></c><c r=\"B3\"><v>39.100000000000001</v></c>"
            + "<c r=\"D3\" t=\"inlineStr\"><is><t>Wei Li</t></is></c></row>"
            + "</sheetData></worksheet>"));
    ParseResult<LabRecord> r = READER.parse(new SourceFile("log.xlsx", b.length),
        new ByteArrayInputStream(b));
    assertEquals(1, r.records().size(), r.toString());
    LabRecord rec = r.records().get(0);
    assertEquals("MgB2", rec.materialAsWritten(), "rich-text runs join");
    assertEquals("39.1", rec.valueAsWritten(), "the stored double written back as typed");
    assertEquals("K", rec.unitAsWritten());
    assertEquals(3, rec.rowNumber());
    assertEquals(Pseudonymizer.withDefaultKey().person("Wei Li"), rec.operator());
    assertEquals("xlsx", rec.sourceKind());
  }

  @Test
  void notAWorkbookIsRejected() throws IOException {
    byte[] b = "not a zip".getBytes(StandardCharsets.UTF_8);
    assertEquals("xlsx.bad_zip", READER.parse(new SourceFile("x.xlsx", b.length),
        new ByteArrayInputStream(b)).rejections().get(0).reason());
    byte[] empty = workbook(Map.of("docProps/app.xml", "<x/>"));
    assertEquals("xlsx.no_sheet", READER.parse(new SourceFile("x.xlsx", empty.length),
        new ByteArrayInputStream(empty)).rejections().get(0).reason());
    assertEquals(27, XlsxLabLogReader.columnIndex("AB7"));
  }
}
