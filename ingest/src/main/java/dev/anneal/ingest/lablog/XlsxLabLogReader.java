package dev.anneal.ingest.lablog;

import dev.anneal.ingest.ParseResult;
import dev.anneal.ingest.RecordParser;
import dev.anneal.ingest.Rejection;
import dev.anneal.ingest.SourceFile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.NumberToTextConverter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads every sheet of an Excel workbook ({@code .xlsx}, through Apache POI) as a lab-log table
 * of its own: each sheet finds its own header and maps its own columns (the same header
 * detection, column mapping and pseudonymization as CSV), with the sheet's configured mapping
 * when it has one ({@link ColumnMapping#forSheet}). A workbook of one sheet keeps the
 * file's URI; with several, each sheet's records and rejections carry {@code file!/sheet name}.
 * A sheet without a header or a value column is quarantined ({@code lablog.no_header},
 * {@code lablog.no_value_column}) on its own; an empty sheet holds nothing and gives nothing.
 *
 * <p>Numbers are written back exactly as Excel stores them ({@link NumberToTextConverter}), never
 * through a display format that could round them; dates become ISO-8601 text; formulas give
 * their evaluated value.
 */
public final class XlsxLabLogReader implements RecordParser<LabRecord> {

  private final ColumnMapping mapping;
  private final Pseudonymizer pseudonymizer;

  /** A reader that maps columns with {@code mapping} and pseudonymizes with {@code pseudonymizer}. */
  public XlsxLabLogReader(ColumnMapping mapping, Pseudonymizer pseudonymizer) {
    this.mapping = mapping;
    this.pseudonymizer = pseudonymizer;
  }

  @Override
  public ParseResult<LabRecord> parse(SourceFile file, InputStream in) throws IOException {
    byte[] bytes = in.readAllBytes();
    XSSFWorkbook workbook;
    try {
      workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes));
    } catch (IOException | RuntimeException e) {
      return ParseResult.rejected(Rejection.ofFile(file, "xlsx.bad_zip",
          "not a readable workbook: " + e.getMessage(), bytes));
    }
    List<LabRecord> records = new ArrayList<>();
    List<Rejection> rejections = new ArrayList<>();
    try (workbook) {
      int sheets = workbook.getNumberOfSheets();
      if (sheets == 0) {
        return ParseResult.rejected(Rejection.ofFile(file, "xlsx.no_sheet",
            "no worksheet in the workbook", bytes));
      }
      FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
      for (int s = 0; s < sheets; s++) {
        Sheet sheet = workbook.getSheetAt(s);
        List<DelimitedText.Row> rows = new ArrayList<>();
        for (Row row : sheet) {
          List<String> cells = new ArrayList<>();
          for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
            cells.add(text(row.getCell(c), evaluator));
          }
          rows.add(new DelimitedText.Row(row.getRowNum() + 1, cells));
        }
        if (rows.stream().allMatch(DelimitedText.Row::isBlank)) {
          continue;
        }
        SourceFile part = sheets == 1 ? file
            : new SourceFile(file.uri() + "!/" + sheet.getSheetName(), file.size());
        ParseResult<LabRecord> read = CsvLabLogReader.readTable(part, "xlsx", rows,
            mapping.forSheet(sheet.getSheetName()),
            pseudonymizer, Map.of(), sheets == 1 ? bytes : null);
        records.addAll(read.records());
        rejections.addAll(read.rejections());
      }
    } catch (RuntimeException e) {
      return ParseResult.rejected(Rejection.ofFile(file, "xlsx.bad_xml",
          "the workbook cannot be read: " + e.getMessage(), bytes));
    }
    return new ParseResult<>(records, rejections);
  }

  /** A cell as text: strings as written, numbers exactly, dates in ISO-8601, formulas evaluated. */
  static String text(Cell cell, FormulaEvaluator evaluator) {
    if (cell == null) {
      return "";
    }
    CellType type = cell.getCellType() == CellType.FORMULA
        ? evaluator.evaluateFormulaCell(cell) : cell.getCellType();
    return switch (type) {
      case STRING -> cell.getStringCellValue();
      case NUMERIC -> DateUtil.isCellDateFormatted(cell)
          ? cell.getLocalDateTimeCellValue().toString()
          : NumberToTextConverter.toText(cell.getNumericCellValue());
      case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue());
      default -> "";
    };
  }
}
