package vn.lienlac.directory.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/** Readers on a fixed clock, and CSV/XLSX files built in memory. */
final class ImportFixtures {

    /** 15/03/2026, 10:00 in Hà Nội. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-15T03:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"));

    private ImportFixtures() {
    }

    static StudentImportReader students() {
        return new StudentImportReader(CLOCK, () -> 20_000);
    }

    static StudentImportReader students(int maxRows) {
        return new StudentImportReader(CLOCK, () -> maxRows);
    }

    static StaffImportReader staff() {
        return new StaffImportReader(CLOCK, () -> 20_000);
    }

    static InputStream csv(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Lines joined with CRLF, as Excel writes CSV. */
    static InputStream csvLines(String... lines) {
        return csv(String.join("\r\n", lines) + "\r\n");
    }

    /**
     * A one-sheet workbook, written with the streaming SXSSF writer (sector exports are large). Cells: a String
     * is text, a Number numeric (General format), a LocalDate a date cell shown as dd/mm/yyyy, a {@link Formatted}
     * a number with a custom format, null no cell.
     */
    static InputStream xlsx(List<List<Object>> rows) {
        try (var workbook = new SXSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Học sinh");
            CellStyle dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                List<Object> values = rows.get(r);
                for (int c = 0; c < values.size(); c++) {
                    write(workbook, row, c, values.get(c), dateStyle);
                }
            }
            workbook.write(out);
            workbook.dispose();
            return new ByteArrayInputStream(out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A numeric cell with a custom Excel number format. */
    record Formatted(double value, String format) {
    }

    private static void write(Workbook workbook, Row row, int column, Object value, CellStyle dateStyle) {
        if (value == null) {
            return;
        }
        Cell cell = row.createCell(column);
        if (value instanceof String text) {
            cell.setCellValue(text);
        } else if (value instanceof Number number) {
            cell.setCellValue(number.doubleValue());
        } else if (value instanceof LocalDate date) {
            cell.setCellValue(date);
            cell.setCellStyle(dateStyle);
        } else if (value instanceof Formatted formatted) {
            CellStyle style = workbook.createCellStyle();
            style.setDataFormat(workbook.createDataFormat().getFormat(formatted.format()));
            cell.setCellValue(formatted.value());
            cell.setCellStyle(style);
        } else {
            throw new IllegalArgumentException("unsupported cell value " + value.getClass());
        }
    }

    /** The only error of a batch. */
    static RowError onlyError(ParsedBatch<?> batch) {
        assertEquals(1, batch.errors().size(), () -> "errors: " + batch.errors());
        return batch.errors().get(0);
    }

    /** The warning with a code; fails when there is none. */
    static RowError warning(ParsedBatch<?> batch, String code) {
        return batch.warnings().stream().filter(w -> w.code().equals(code)).findFirst()
                .orElseGet(() -> fail("no " + code + " warning in " + batch.warnings()));
    }
}
