package dev.anneal.ingest.lablog;

import dev.anneal.ingest.ParseResult;
import dev.anneal.ingest.RecordParser;
import dev.anneal.ingest.Rejection;
import dev.anneal.ingest.SourceFile;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads a delimited lab log ({@code .csv}, {@code .tsv}, {@code .txt}; delimiter detected among
 * {@code , ; TAB |}) into one {@link LabRecord} per value column and data row.
 *
 * <p>The header is the first row with at least two non-blank cells that are not all numbers;
 * lines before it (a title, {@code #} comments) are skipped. Blank lines are skipped; cells are
 * trimmed; a row shorter than the header is padded with blanks (spreadsheets drop trailing empty
 * cells), a longer one is rejected ({@code lablog.extra_cells}). Bytes that are not UTF-8 are
 * read as windows-1252 and every record then carries {@code _charset=windows-1252} in its context.
 */
public final class CsvLabLogReader implements RecordParser<LabRecord> {

  private static final System.Logger LOG = System.getLogger(CsvLabLogReader.class.getName());

  private final ColumnMapping mapping;
  private final Pseudonymizer pseudonymizer;

  /** A reader with its column mapping and the pseudonymizer for operator names and e-mails. */
  public CsvLabLogReader(ColumnMapping mapping, Pseudonymizer pseudonymizer) {
    this.mapping = mapping;
    this.pseudonymizer = pseudonymizer;
  }

  @Override
  public ParseResult<LabRecord> parse(SourceFile file, InputStream in) throws IOException {
    byte[] bytes = in.readAllBytes();
    if (bytes.length == 0) {
      return ParseResult.rejected(Rejection.ofFile(file, "lablog.empty", "the file is empty", bytes));
    }
    TextDecoder.Decoded decoded = TextDecoder.decode(bytes);
    Map<String, String> fileContext = Map.of();
    if (decoded.fellBack()) {
      LOG.log(System.Logger.Level.WARNING, "{0}: not UTF-8, read as windows-1252", file.uri());
      fileContext = Map.of("_charset", decoded.charset());
    }
    char delimiter = DelimitedText.detectDelimiter(decoded.text());
    List<DelimitedText.Row> rows = DelimitedText.split(decoded.text(), delimiter);
    return readTable(file, delimiter == '\t' ? "tsv" : "csv", rows, mapping, pseudonymizer,
        fileContext, bytes);
  }

  /**
   * Finds the header among {@code rows} (see the class comment) and reads the rows after it:
   * shared by the CSV and XLSX readers.
   */
  static ParseResult<LabRecord> readTable(SourceFile file, String kind,
                                          List<DelimitedText.Row> rows, ColumnMapping mapping,
                                          Pseudonymizer pseudonymizer,
                                          Map<String, String> fileContext, byte[] head) {
    int headerAt = -1;
    for (int i = 0; i < rows.size(); i++) {
      DelimitedText.Row r = rows.get(i);
      if (r.isBlank() || r.cells().get(0).strip().startsWith("#")) {
        continue;
      }
      long filled = r.cells().stream().filter(c -> !c.isBlank()).count();
      if (filled >= 2) {
        if (r.cells().stream().filter(c -> !c.isBlank()).allMatch(CsvLabLogReader::isNumber)) {
          return ParseResult.rejected(Rejection.atLine(file, "lablog.no_header",
              "the first row of data holds only numbers; without a header no column can be mapped",
              r.line(), String.join(",", r.cells())));
        }
        headerAt = i;
        break;
      }
    }
    if (headerAt < 0) {
      return ParseResult.rejected(Rejection.ofFile(file, "lablog.no_header",
          "no row with two or more cells to read as a header", head));
    }
    LabTable table = new LabTable(file, kind, rows.get(headerAt).cells(), mapping, pseudonymizer,
        fileContext);
    List<LabTable.Row> data = new ArrayList<>();
    for (int i = headerAt + 1; i < rows.size(); i++) {
      DelimitedText.Row r = rows.get(i);
      if (!r.isBlank()) {
        data.add(new LabTable.Row(r.line(), r.cells()));
      }
    }
    return table.read(data);
  }

  private static boolean isNumber(String s) {
    try {
      Double.parseDouble(s.strip());
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
  }
}
