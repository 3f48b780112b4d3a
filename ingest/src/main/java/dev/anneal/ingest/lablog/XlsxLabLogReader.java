package dev.anneal.ingest.lablog;

import dev.anneal.ingest.ParseResult;
import dev.anneal.ingest.RecordParser;
import dev.anneal.ingest.Rejection;
import dev.anneal.ingest.SourceFile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * Reads the first worksheet of an {@code .xlsx} workbook as a table, like a CSV export: shared,
 * inline and formula-result strings are cells as written; numbers are written back in their
 * shortest form ({@code 92.099999999999994} stored → {@code 92.1}). Dates stay the serial numbers
 * Excel stores (cell styles are not read), so a {@code measured_at} column holds e.g.
 * {@code 45355.43}.
 */
public final class XlsxLabLogReader implements RecordParser<LabRecord> {

  private static final XMLInputFactory XML = XMLInputFactory.newFactory();
  private static final long MAX_PART_BYTES = 64L << 20;

  static {
    // Workbooks are untrusted input: no DTDs, no external entities.
    XML.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    XML.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
  }

  private final ColumnMapping mapping;
  private final Pseudonymizer pseudonymizer;

  /** A reader with its column mapping and the pseudonymizer for operator names and e-mails. */
  public XlsxLabLogReader(ColumnMapping mapping, Pseudonymizer pseudonymizer) {
    this.mapping = mapping;
    this.pseudonymizer = pseudonymizer;
  }

  @Override
  public ParseResult<LabRecord> parse(SourceFile file, InputStream in) throws IOException {
    byte[] bytes = in.readAllBytes();
    Map<String, byte[]> parts = new HashMap<>();
    try (ZipFile zip = ZipFile.builder()
        .setSeekableByteChannel(new SeekableInMemoryByteChannel(bytes)).get()) {
      for (Enumeration<ZipArchiveEntry> it = zip.getEntries(); it.hasMoreElements(); ) {
        ZipArchiveEntry e = it.nextElement();
        if (e.getName().endsWith(".xml") || e.getName().endsWith(".rels")) {
          try (InputStream member = zip.getInputStream(e)) {
            byte[] b = member.readNBytes((int) MAX_PART_BYTES + 1);
            if (b.length <= MAX_PART_BYTES) {
              parts.put(e.getName(), b);
            }
          }
        }
      }
    } catch (IOException e) {
      return ParseResult.rejected(Rejection.ofFile(file, "xlsx.bad_zip",
          "not a readable zip archive: " + e.getMessage(), bytes));
    }
    try {
      String sheet = firstSheet(parts);
      if (sheet == null || !parts.containsKey(sheet)) {
        return ParseResult.rejected(Rejection.ofFile(file, "xlsx.no_sheet",
            "no worksheet in the workbook", bytes));
      }
      List<String> shared = sharedStrings(parts.get("xl/sharedStrings.xml"));
      List<DelimitedText.Row> rows = rows(parts.get(sheet), shared);
      return CsvLabLogReader.readTable(file, "xlsx", rows, mapping, pseudonymizer, Map.of(), bytes);
    } catch (XMLStreamException | RuntimeException e) {
      return ParseResult.rejected(Rejection.ofFile(file, "xlsx.bad_xml",
          "the workbook's XML cannot be read: " + e.getMessage(), bytes));
    }
  }

  /** The part name of the first sheet in workbook order, or sheet1 when the workbook is terse. */
  private static String firstSheet(Map<String, byte[]> parts) throws XMLStreamException {
    byte[] workbook = parts.get("xl/workbook.xml");
    byte[] rels = parts.get("xl/_rels/workbook.xml.rels");
    if (workbook != null && rels != null) {
      String rid = null;
      XMLStreamReader r = XML.createXMLStreamReader(new ByteArrayInputStream(workbook));
      while (r.hasNext() && rid == null) {
        if (r.next() == XMLStreamReader.START_ELEMENT && r.getLocalName().equals("sheet")) {
          for (int i = 0; i < r.getAttributeCount(); i++) {
            if (r.getAttributeLocalName(i).equals("id")) {
              rid = r.getAttributeValue(i);
            }
          }
        }
      }
      XMLStreamReader rr = XML.createXMLStreamReader(new ByteArrayInputStream(rels));
      while (rid != null && rr.hasNext()) {
        if (rr.next() == XMLStreamReader.START_ELEMENT && rr.getLocalName().equals("Relationship")
            && rid.equals(rr.getAttributeValue(null, "Id"))) {
          String target = rr.getAttributeValue(null, "Target");
          return target.startsWith("/") ? target.substring(1) : "xl/" + target;
        }
      }
    }
    return "xl/worksheets/sheet1.xml";
  }

  private static List<String> sharedStrings(byte[] xml) throws XMLStreamException {
    List<String> out = new ArrayList<>();
    if (xml == null) {
      return out;
    }
    XMLStreamReader r = XML.createXMLStreamReader(new ByteArrayInputStream(xml));
    StringBuilder si = null;
    boolean inPhonetic = false;
    while (r.hasNext()) {
      int ev = r.next();
      if (ev == XMLStreamReader.START_ELEMENT) {
        switch (r.getLocalName()) {
          case "si" -> si = new StringBuilder();
          case "rPh" -> inPhonetic = true; // phonetic guides are not part of the text
          case "t" -> {
            String t = r.getElementText();
            if (si != null && !inPhonetic) {
              si.append(t);
            }
          }
          default -> { }
        }
      } else if (ev == XMLStreamReader.END_ELEMENT) {
        if (r.getLocalName().equals("si") && si != null) {
          out.add(si.toString());
          si = null;
        } else if (r.getLocalName().equals("rPh")) {
          inPhonetic = false;
        }
      }
    }
    return out;
  }

  private static List<DelimitedText.Row> rows(byte[] xml, List<String> shared)
      throws XMLStreamException {
    List<DelimitedText.Row> out = new ArrayList<>();
    XMLStreamReader r = XML.createXMLStreamReader(new ByteArrayInputStream(xml));
    TreeMap<Integer, String> cells = null;
    int rowNumber = 0;
    int column = -1;
    String type = null;
    while (r.hasNext()) {
      int ev = r.next();
      if (ev == XMLStreamReader.START_ELEMENT) {
        switch (r.getLocalName()) {
          case "row" -> {
            String n = r.getAttributeValue(null, "r");
            rowNumber = n == null ? rowNumber + 1 : Integer.parseInt(n);
            cells = new TreeMap<>();
            column = -1;
          }
          case "c" -> {
            String ref = r.getAttributeValue(null, "r");
            column = ref == null ? column + 1 : columnIndex(ref);
            type = r.getAttributeValue(null, "t");
          }
          case "v" -> {
            String v = r.getElementText();
            if (cells != null) {
              cells.put(column, value(v, type, shared));
            }
          }
          case "t" -> {
            String t = r.getElementText(); // inline string <is><t>
            if (cells != null) {
              cells.merge(column, t, String::concat);
            }
          }
          default -> { }
        }
      } else if (ev == XMLStreamReader.END_ELEMENT && r.getLocalName().equals("row")
          && cells != null) {
        List<String> list = new ArrayList<>();
        int last = cells.isEmpty() ? -1 : cells.lastKey();
        for (int i = 0; i <= last; i++) {
          list.add(cells.getOrDefault(i, ""));
        }
        if (list.isEmpty()) {
          list.add("");
        }
        out.add(new DelimitedText.Row(rowNumber, list));
        cells = null;
      }
    }
    return out;
  }

  private static String value(String v, String type, List<String> shared) {
    if ("s".equals(type)) {
      int i = Integer.parseInt(v.strip());
      return i >= 0 && i < shared.size() ? shared.get(i) : "";
    }
    if (type == null || "n".equals(type)) {
      try {
        // Excel stores binary doubles; the shortest decimal that round-trips is what was typed.
        String s = Double.toString(Double.parseDouble(v));
        if (s.endsWith(".0")) {
          s = s.substring(0, s.length() - 2);
        }
        return s.contains("E") ? new java.math.BigDecimal(v).stripTrailingZeros().toPlainString() : s;
      } catch (NumberFormatException e) {
        return v;
      }
    }
    if ("b".equals(type)) {
      return "1".equals(v) ? "TRUE" : "FALSE";
    }
    return v; // str (formula result), e (error such as #DIV/0!)
  }

  /** {@code A1} → 0, {@code AB7} → 27. */
  static int columnIndex(String ref) {
    int col = 0;
    for (int i = 0; i < ref.length() && Character.isLetter(ref.charAt(i)); i++) {
      col = col * 26 + (Character.toUpperCase(ref.charAt(i)) - 'A' + 1);
    }
    return col - 1;
  }
}
