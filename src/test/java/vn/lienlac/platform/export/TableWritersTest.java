package vn.lienlac.platform.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.lienlac.platform.export.ExportedFiles.assertDate;
import static vn.lienlac.platform.export.ExportedFiles.assertDateTime;
import static vn.lienlac.platform.export.ExportedFiles.assertEmpty;
import static vn.lienlac.platform.export.ExportedFiles.assertNumber;
import static vn.lienlac.platform.export.ExportedFiles.assertPercent;
import static vn.lienlac.platform.export.ExportedFiles.assertText;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The one writer of every export: each kind of cell, in CSV and in XLSX, read back as an office would. */
class TableWritersTest {

    static final Table TABLE = new Table("Tiến độ THCS-NGHIATAN",
            List.of("Lớp", "Phụ huynh", "Tỉ lệ phụ huynh (%)", "Điểm", "Ngày", "Nộp lúc", "Có ảnh", "Ghi chú"),
            List.of(
                    row("6A1", 16L, Percent.of(new BigDecimal("80.0")), new BigDecimal("8.5"),
                            LocalDate.of(2026, 12, 7), LocalDateTime.of(2026, 12, 7, 17, 5), true, "=1+2"),
                    row("6A2", 0L, null, -3, null, null, false, null)));

    @Test
    void xlsxCellsAreTypedAndFormatted() throws Exception {
        try (XSSFWorkbook workbook = ExportedFiles.xlsx(TableWriters.xlsx(TABLE))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertEquals("Tiến độ THCS-NGHIATAN", sheet.getSheetName());
            assertEquals(TABLE.headers(), ExportedFiles.headers(sheet));
            assertNotNull(sheet.getPaneInformation(), "the header row is frozen");
            assertEquals(1, sheet.getPaneInformation().getHorizontalSplitPosition());

            Row first = sheet.getRow(1);
            assertText("6A1", first.getCell(0));
            assertNumber(16, first.getCell(1));
            assertPercent(0.8, first.getCell(2));
            assertNumber(8.5, first.getCell(3));
            assertDate(LocalDate.of(2026, 12, 7), first.getCell(4));
            assertDateTime(LocalDateTime.of(2026, 12, 7, 17, 5), first.getCell(5));
            assertText("Có", first.getCell(6));
            assertText("=1+2", first.getCell(7));
            assertTrue(first.getCell(7).getCellStyle().getQuotePrefixed(), "formula-like text stays text");

            Row second = sheet.getRow(2);
            assertNumber(0, second.getCell(1));
            assertEmpty(second, 2);
            assertNumber(-3, second.getCell(3));
            assertEmpty(second, 4);
            assertEmpty(second, 5);
            assertText("Không", second.getCell(6));
            assertEmpty(second, 7);
            assertEquals(2, sheet.getLastRowNum());
        }
    }

    @Test
    void csvWritesNumbersPlainAndDatesTheVietnameseWay() {
        List<List<String>> records = ExportedFiles.csv(TableWriters.csv(TABLE));

        assertEquals(List.of(TABLE.headers(),
                List.of("6A1", "16", "80.0", "8.5", "07/12/2026", "07/12/2026 17:05", "Có", "'=1+2"),
                List.of("6A2", "0", "", "-3", "", "", "Không", "")), records);
    }

    @Test
    void csvLinesEndWithCrLf() {
        byte[] bytes = TableWriters.csv(TABLE);
        String text = new String(bytes, 3, bytes.length - 3, java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(text.startsWith("Lớp,Phụ huynh,Tỉ lệ phụ huynh (%),Điểm,Ngày,Nộp lúc,Có ảnh,Ghi chú\r\n"), text);
    }

    private static List<Object> row(Object... cells) {
        return new ArrayList<>(Arrays.asList(cells));
    }
}
