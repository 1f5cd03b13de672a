package vn.lienlac.platform.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reading exports back as an office's spreadsheet would, for the tests: the CSV parsed by commons-csv after its byte
 * order mark, XLSX cells compared by type, value and number format.
 */
public final class ExportedFiles {

    private ExportedFiles() {
    }

    /** The CSV's records; fails unless the file starts with the UTF-8 byte order mark. */
    public static List<List<String>> csv(byte[] bytes) {
        assertArrayEquals(TableWriters.UTF8_BOM, Arrays.copyOf(bytes, 3), "UTF-8 byte order mark for Excel");
        try {
            List<List<String>> rows = new ArrayList<>();
            for (CSVRecord record : CSVFormat.DEFAULT.parse(
                    new StringReader(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8)))) {
                rows.add(record.toList());
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static XSSFWorkbook xlsx(byte[] bytes) {
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The header row's texts, each a bold text cell. */
    public static List<String> headers(Sheet sheet) {
        List<String> headers = new ArrayList<>();
        for (Cell cell : sheet.getRow(0)) {
            assertEquals(CellType.STRING, cell.getCellType(), cell.getAddress().toString());
            assertEquals(true, sheet.getWorkbook().getFontAt(cell.getCellStyle().getFontIndex()).getBold(),
                    "bold header " + cell.getAddress());
            headers.add(cell.getStringCellValue());
        }
        return headers;
    }

    public static void assertText(String expected, Cell cell) {
        assertEquals(CellType.STRING, type(cell), "text at " + where(cell));
        assertEquals(expected, cell.getStringCellValue(), where(cell));
    }

    /** A number cell with the General format (counts, figures). */
    public static void assertNumber(double expected, Cell cell) {
        assertEquals(CellType.NUMERIC, type(cell), "number at " + where(cell));
        assertEquals(expected, cell.getNumericCellValue(), 1e-9, where(cell));
        assertEquals("General", cell.getCellStyle().getDataFormatString(), "format at " + where(cell));
    }

    /** A percent cell: the fraction, formatted {@code 0.0 %} ({@code 0.8} shows as 80,0 %). */
    public static void assertPercent(double fraction, Cell cell) {
        assertEquals(CellType.NUMERIC, type(cell), "percent at " + where(cell));
        assertEquals(fraction, cell.getNumericCellValue(), 1e-9, where(cell));
        assertEquals(TableWriters.PERCENT, cell.getCellStyle().getDataFormatString(), "format at " + where(cell));
    }

    public static void assertDate(LocalDate expected, Cell cell) {
        assertEquals(CellType.NUMERIC, type(cell), "date at " + where(cell));
        assertEquals(expected.atStartOfDay(), cell.getLocalDateTimeCellValue(), where(cell));
        assertEquals("dd/mm/yyyy", cell.getCellStyle().getDataFormatString(), "format at " + where(cell));
    }

    public static void assertDateTime(LocalDateTime expected, Cell cell) {
        assertEquals(CellType.NUMERIC, type(cell), "date-time at " + where(cell));
        assertEquals(expected, cell.getLocalDateTimeCellValue(), where(cell));
        assertEquals("dd/mm/yyyy hh:mm", cell.getCellStyle().getDataFormatString(), "format at " + where(cell));
    }

    public static void assertEmpty(Row row, int column) {
        Cell cell = row.getCell(column);
        assertEquals(CellType.BLANK, cell == null ? CellType.BLANK : cell.getCellType(),
                "empty at row " + (row.getRowNum() + 1) + ", column " + (column + 1));
    }

    private static CellType type(Cell cell) {
        return cell == null ? CellType.BLANK : cell.getCellType();
    }

    private static String where(Cell cell) {
        return cell == null ? "(no cell)" : cell.getAddress().toString();
    }
}
