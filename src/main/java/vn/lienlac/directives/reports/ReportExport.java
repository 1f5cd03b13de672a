package vn.lienlac.directives.reports;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.lienlac.directives.reports.ReportViews.Reports;
import vn.lienlac.platform.export.SpreadsheetCells;
import vn.lienlac.directives.reports.ReportViews.SchoolReport;

/**
 * All responses to a report request as one table: a row per recipient school (those that did not answer too), fixed
 * columns with Vietnamese headers, then one column per figure (the union of the figures' top-level keys in
 * alphabetical order, since PostgreSQL's jsonb keeps no key order; nested values as JSON). CSV is UTF-8 with a byte
 * order mark, so that Excel shows the diacritics; XLSX is built with Apache POI, which blocks: call both off the
 * event loop.
 */
public final class ReportExport {

    static final List<String> HEADERS = List.of("Mã trường", "Tên trường", "Trạng thái", "Nộp lần đầu",
            "Nộp lần cuối", "Người nộp", "Nội dung báo cáo", "Số tệp đính kèm");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private final Reports reports;
    private final ZoneId zone;
    private final List<String> figureKeys;

    public ReportExport(Reports reports, ZoneId zone) {
        this.reports = reports;
        this.zone = zone;
        Set<String> keys = new TreeSet<>();
        reports.schools().forEach(school -> {
            if (school.figures() != null) {
                keys.addAll(school.figures().keySet());
            }
        });
        this.figureKeys = List.copyOf(keys);
    }

    /** The file name, e.g. {@code bao-cao-260-PGD-VP.csv}. */
    public String fileName(String extension) {
        return "bao-cao-" + reports.documentNumber().replaceAll("[^A-Za-z0-9-]+", "-") + "." + extension;
    }

    public List<String> headers() {
        List<String> headers = new ArrayList<>(HEADERS);
        headers.addAll(figureKeys);
        return headers;
    }

    /** A row per school: text, or a Number for a figure that is one (XLSX keeps it a number, CSV writes it plain). */
    public List<List<Object>> rows() {
        return reports.schools().stream().map(this::row).toList();
    }

    public byte[] csv() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CSVPrinter printer = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8),
                CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").build())) {
            out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            // Answers and figure names are free text from schools: neutralise formulas (docs/api.md).
            printer.printRecord(headers().stream().map(SpreadsheetCells::csv).toList());
            for (List<Object> row : rows()) {
                printer.printRecord(row.stream().map(SpreadsheetCells::csv).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public byte[] xlsx() {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Báo cáo");
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle boldFormulaLike = SpreadsheetCells.quotePrefixed(workbook, bold);
            CellStyle formulaLike = SpreadsheetCells.quotePrefixed(workbook, null);
            List<String> headers = headers();
            Row header = sheet.createRow(0);
            for (int c = 0; c < headers.size(); c++) {
                header.createCell(c).setCellStyle(bold);
                SpreadsheetCells.text(header.getCell(c), headers.get(c), boldFormulaLike);
            }
            List<List<Object>> rows = rows();
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                List<Object> values = rows.get(r);
                for (int c = 0; c < values.size(); c++) {
                    setCell(row, c, values.get(c), formulaLike);
                }
            }
            sheet.createFreezePane(0, 1);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Numbers stay numbers in XLSX, so that the district office can sum them; text stays text. */
    private static void setCell(Row row, int column, Object value, CellStyle formulaLike) {
        if (value instanceof Number number) {
            row.createCell(column).setCellValue(number.doubleValue());
        } else if (value != null) {
            SpreadsheetCells.text(row.createCell(column), value.toString(), formulaLike);
        }
    }

    private List<Object> row(SchoolReport school) {
        List<Object> row = new ArrayList<>();
        row.add(school.schoolCode());
        row.add(school.schoolName());
        row.add(school.status().label());
        row.add(time(school.firstSubmittedAt()));
        row.add(time(school.submittedAt()));
        row.add(school.submittedBy() == null ? "" : school.submittedBy());
        row.add(school.text() == null ? "" : school.text());
        row.add(school.attachments().size());
        for (String key : figureKeys) {
            Object value = figure(school, key);
            row.add(value == null ? "" : value instanceof Number ? value : text(value));
        }
        return row;
    }

    private static Object figure(SchoolReport school, String key) {
        return school.figures() == null ? null : school.figures().get(key);
    }

    private static String text(Object value) {
        if (value instanceof Map<?, ?> map) {
            return new JsonObject(castMap(map)).encode();
        }
        if (value instanceof List<?> list) {
            return new JsonArray(new ArrayList<>(list)).encode();
        }
        return String.valueOf(value);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> castMap(Map<?, ?> map) {
        return (Map<String, Object>) map;
    }

    private String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant.atZone(zone));
    }
}
