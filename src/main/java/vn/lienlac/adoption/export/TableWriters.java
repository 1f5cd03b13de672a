package vn.lienlac.adoption.export;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import vn.lienlac.platform.export.SpreadsheetCells;

/** Writes a {@link Table} as CSV or XLSX. */
public final class TableWriters {

    /** Excel reads a CSV file as UTF-8 only when it starts with this byte order mark. */
    static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private TableWriters() {
    }

    /** The file's bytes, written on a worker thread (POI and the writers block). */
    public static Uni<byte[]> write(Table table, ExportFormat format) {
        return Uni.createFrom().item(() -> format == ExportFormat.CSV ? csv(table) : xlsx(table))
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }

    static byte[] csv(Table table) {
        var out = new ByteArrayOutputStream();
        out.writeBytes(UTF8_BOM);
        try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT)) {
            printer.printRecord(table.headers().stream().map(SpreadsheetCells::csv).toList());
            for (List<Object> row : table.rows()) {
                // Names, class names and the like come from imports: neutralise formulas (docs/api.md).
                printer.printRecord(row.stream().map(SpreadsheetCells::csv).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** One sheet: a bold, frozen header row; counts and percents as numbers (percents shown with one decimal). */
    static byte[] xlsx(Table table) {
        try (var workbook = new SXSSFWorkbook(100); var out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(table.title()));
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle header = workbook.createCellStyle();
            header.setFont(bold);
            CellStyle percent = workbook.createCellStyle();
            percent.setDataFormat(workbook.createDataFormat().getFormat("0.0"));
            CellStyle formulaLike = SpreadsheetCells.quotePrefixed(workbook, null);
            CellStyle headerFormulaLike = SpreadsheetCells.quotePrefixed(workbook, header);
            Row first = sheet.createRow(0);
            for (int c = 0; c < table.headers().size(); c++) {
                var cell = first.createCell(c);
                cell.setCellStyle(header);
                SpreadsheetCells.text(cell, table.headers().get(c), headerFormulaLike);
                sheet.setColumnWidth(c, Math.min(60, Math.max(10, table.headers().get(c).length() + 2)) * 256);
            }
            sheet.createFreezePane(0, 1);
            for (int r = 0; r < table.rows().size(); r++) {
                Row row = sheet.createRow(r + 1);
                List<Object> cells = table.rows().get(r);
                for (int c = 0; c < cells.size(); c++) {
                    Object value = cells.get(c);
                    if (value == null) {
                        continue;
                    }
                    var cell = row.createCell(c);
                    if (value instanceof BigDecimal d) {
                        cell.setCellValue(d.doubleValue());
                        cell.setCellStyle(percent);
                    } else if (value instanceof Number n) {
                        cell.setCellValue(n.longValue());
                    } else {
                        SpreadsheetCells.text(cell, value.toString(), formulaLike);
                    }
                }
            }
            workbook.write(out);
            workbook.dispose();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
