package vn.lienlac.platform.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes a {@link Table} as a file an office opens as it is (docs/api.md, "Spreadsheet exports"): the one writer of every CSV
 * and XLSX export. Both block (POI, the CSV printer): call them on a worker thread.
 *
 * <ul>
 *   <li><b>CSV</b>: UTF-8 with a byte order mark (Excel reads a CSV without one in the machine's legacy code page),
 *       RFC 4180 quoting, CRLF; numbers plain ({@code 12}, {@code 6.3}), percents in points ({@code 80.0}), dates
 *       {@code dd/MM/yyyy}, date-times {@code dd/MM/yyyy HH:mm}.</li>
 *   <li><b>XLSX</b>: one sheet, a bold frozen header row; numbers are numeric cells, percents numeric fractions with
 *       the format {@value #PERCENT} ({@code 0.8} shows as {@code 80,0 %} in a Vietnamese Excel), dates real date cells
 *       formatted {@value #DATE} (or {@value #DATE_TIME}).</li>
 *   <li>Text that a spreadsheet could take for a formula is neutralised in both ({@link SpreadsheetCells}).</li>
 * </ul>
 */
public final class TableWriters {

    /** Excel reads a CSV file as UTF-8 only when it starts with this byte order mark. */
    public static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    /** Excel format codes of the typed cells. */
    public static final String PERCENT = "0.0 %";
    public static final String DATE = "dd/mm/yyyy";
    public static final String DATE_TIME = "dd/mm/yyyy hh:mm";
    static final DateTimeFormatter CSV_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    static final DateTimeFormatter CSV_DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    /** Sheets show at most this many characters of a column before the text wraps out of view. */
    private static final int MAX_WIDTH = 60;

    private TableWriters() {
    }

    public static byte[] csv(Table table) {
        var out = new ByteArrayOutputStream();
        out.writeBytes(UTF8_BOM);
        try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT)) {
            // Headers can be free text too (a figure's name as a school typed it): neutralised like cells.
            printer.printRecord(table.headers().stream().map(SpreadsheetCells::csv).toList());
            for (List<Object> row : table.rows()) {
                printer.printRecord(row.stream().map(TableWriters::csvField).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The CSV field of a cell: dates and percents in their Vietnamese written form, the rest as SpreadsheetCells. */
    static Object csvField(Object cell) {
        if (cell instanceof Percent percent) {
            return percent.points().toPlainString();
        }
        if (cell instanceof LocalDate date) {
            return CSV_DATE.format(date);
        }
        if (cell instanceof LocalDateTime time) {
            return CSV_DATE_TIME.format(time);
        }
        if (cell instanceof Boolean yes) {
            return yes ? "Có" : "Không";
        }
        return SpreadsheetCells.csv(cell);
    }

    public static byte[] xlsx(Table table) {
        try (var workbook = new SXSSFWorkbook(100); var out = new ByteArrayOutputStream()) {
            Styles styles = new Styles(workbook);
            Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(table.title()));
            int[] widths = new int[table.headers().size()];
            Row first = sheet.createRow(0);
            for (int c = 0; c < table.headers().size(); c++) {
                String header = table.headers().get(c);
                Cell cell = first.createCell(c);
                cell.setCellStyle(styles.header);
                SpreadsheetCells.text(cell, header, styles.headerFormulaLike);
                widths[c] = header.length();
            }
            sheet.createFreezePane(0, 1);
            for (int r = 0; r < table.rows().size(); r++) {
                Row row = sheet.createRow(r + 1);
                List<Object> cells = table.rows().get(r);
                for (int c = 0; c < cells.size(); c++) {
                    Object value = cells.get(c);
                    if (value != null) {
                        int width = write(row.createCell(c), value, styles);
                        if (c < widths.length) {
                            widths[c] = Math.max(widths[c], width);
                        }
                    }
                }
            }
            for (int c = 0; c < widths.length; c++) {
                sheet.setColumnWidth(c, Math.min(MAX_WIDTH, Math.max(10, widths[c] + 2)) * 256);
            }
            workbook.write(out);
            workbook.dispose();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes one cell; answers about how many characters wide it shows. */
    private static int write(Cell cell, Object value, Styles styles) {
        if (value instanceof Percent percent) {
            cell.setCellValue(percent.fraction());
            cell.setCellStyle(styles.percent);
            return 8;
        }
        if (value instanceof LocalDate date) {
            cell.setCellValue(date);
            cell.setCellStyle(styles.date);
            return DATE.length();
        }
        if (value instanceof LocalDateTime time) {
            cell.setCellValue(time);
            cell.setCellStyle(styles.dateTime);
            return DATE_TIME.length();
        }
        if (value instanceof BigDecimal decimal) {
            cell.setCellValue(decimal.doubleValue());
            return decimal.toPlainString().length();
        }
        if (value instanceof Number number) {
            cell.setCellValue(number.doubleValue());
            return number.toString().length();
        }
        String text = value instanceof Boolean yes ? (yes ? "Có" : "Không") : value.toString();
        SpreadsheetCells.text(cell, text, styles.formulaLike);
        return text.lines().mapToInt(String::length).max().orElse(0);
    }

    /** The workbook's cell styles, each created once (a workbook holds at most 64,000). */
    private static final class Styles {

        final CellStyle header;
        final CellStyle headerFormulaLike;
        final CellStyle formulaLike;
        final CellStyle percent;
        final CellStyle date;
        final CellStyle dateTime;

        Styles(SXSSFWorkbook workbook) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            header = workbook.createCellStyle();
            header.setFont(bold);
            headerFormulaLike = SpreadsheetCells.quotePrefixed(workbook, header);
            formulaLike = SpreadsheetCells.quotePrefixed(workbook, null);
            var formats = workbook.createDataFormat();
            percent = workbook.createCellStyle();
            percent.setDataFormat(formats.getFormat(PERCENT));
            date = workbook.createCellStyle();
            date.setDataFormat(formats.getFormat(DATE));
            dateTime = workbook.createCellStyle();
            dateTime.setDataFormat(formats.getFormat(DATE_TIME));
        }
    }
}
