package vn.lienlac.directory.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.lienlac.directory.importing.ImportFixtures.onlyError;
import static vn.lienlac.directory.importing.ImportFixtures.students;
import static vn.lienlac.directory.importing.ImportFixtures.xlsx;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.lienlac.directory.importing.ImportFixtures.Formatted;
import vn.lienlac.directory.model.GuardianRecord;
import vn.lienlac.directory.model.StudentRecord;
import vn.lienlac.platform.error.ApiException;
import vn.lienlac.platform.error.ErrorCode;

/** XLSX specifics: typed cells, title rows, size, damaged files. */
class XlsxImportTest {

    private static final List<Object> HEADER = List.of("Mã học sinh", "Họ và tên", "Ngày sinh", "Lớp", "Họ tên mẹ",
            "SĐT mẹ");

    private static ParsedBatch<StudentRecord> read(InputStream file) {
        return students().read(file, ImportFormat.XLSX);
    }

    private static List<Object> row(Object... cells) {
        return Arrays.asList(cells);
    }

    @Test
    void numericPhoneCellThatLostItsLeadingZeroIsTheSameMobile() {
        var batch = read(xlsx(List.of(HEADER,
                row("HS001", "Vũ Gia Huy", "01/06/2013", "6A1", "Đinh Thị Mai", 912345678))));

        assertEquals(List.of("+84912345678"),
                batch.records().get(0).guardians().stream().map(GuardianRecord::phone).toList());
    }

    @Test
    void dateCellsAreReadAsDates() {
        var batch = read(xlsx(List.of(HEADER, row("HS001", "Vũ Gia Huy", LocalDate.of(2013, 6, 1), "6A1"))));

        assertEquals(LocalDate.of(2013, 6, 1), batch.records().get(0).dateOfBirth());
    }

    @Test
    void numericCodesHaveNoDecimalPointOrExponent() {
        var batch = read(xlsx(List.of(HEADER, row(123456789012345d, "Vũ Gia Huy", "01/06/2013", 6))));

        assertEquals("123456789012345", batch.records().get(0).studentCode());
        assertEquals("6", batch.records().get(0).className());
    }

    @Test
    void codeFormattedWithLeadingZerosKeepsThemAsExcelShowsThem() {
        var batch = read(xlsx(List.of(HEADER,
                row(new Formatted(1234, "000000"), "Vũ Gia Huy", "01/06/2013", "6A1", "Đinh Thị Mai",
                        new Formatted(987654321, "0#########")))));

        assertEquals("001234", batch.records().get(0).studentCode());
        assertEquals("+84987654321", batch.records().get(0).guardians().get(0).phone());
    }

    @Test
    void numberShownWithThousandsSeparatorsIsReadAsPlainDigits() {
        var batch = read(xlsx(List.of(HEADER, row("HS001", "Vũ Gia Huy", "01/06/2013", "6A1", "Đinh Thị Mai",
                new Formatted(987654321, "#,##0")))));

        assertEquals("+84987654321", batch.records().get(0).guardians().get(0).phone());
    }

    @Test
    void titleRowsAboveTheHeaderAreSkippedAndErrorsUseSheetRowNumbers() {
        var batch = read(xlsx(List.of(
                row("PHÒNG GIÁO DỤC VÀ ĐÀO TẠO QUẬN BA ĐÌNH"),
                row("DANH SÁCH HỌC SINH"),
                row(),
                HEADER,
                row("HS001", "Vũ Gia Huy", "01/06/2013", "6A1"),
                row("HS002", "Lý Thu Hà", "01/06/2013", "6A1", "Lý Thị Hồng", "0243 825 1234"))));

        assertEquals(5, batch.records().get(0).row());
        RowError error = onlyError(batch);
        assertEquals(6, error.row());
        assertEquals("SĐT mẹ", error.column());
    }

    @Test
    void twoThousandRowsAreReadWithSheetRowNumbers() {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(HEADER);
        for (int i = 1; i <= 2_000; i++) {
            rows.add(row("HS" + i, "Học Sinh Số " + i, LocalDate.of(2013, 1, 1).plusDays(i), "6A" + (i % 5 + 1),
                    "Mẹ Số " + i, 900_000_000 + i));
        }

        var batch = read(xlsx(rows));

        assertTrue(batch.errors().isEmpty(), () -> "first error: " + batch.errors().get(0));
        assertEquals(2_000, batch.records().size());
        StudentRecord last = batch.records().get(1_999);
        assertEquals(2_001, last.row());
        assertEquals("HS2000", last.studentCode());
        assertEquals("+84900002000", last.guardians().get(0).phone());
    }

    @Test
    void moreRowsThanTheLimitStopReadingTheSheet() {
        var file = xlsx(List.of(HEADER, row("HS1", "A", "01/06/2013", "6A1"), row("HS2", "B", "01/06/2013", "6A1")));

        ApiException e = assertThrows(ApiException.class, () -> students(1).read(file, ImportFormat.XLSX));

        assertEquals(ErrorCode.PAYLOAD_TOO_LARGE, e.code());
    }

    @Test
    void onlyTheFirstSheetIsRead() throws IOException {
        try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            var first = workbook.createSheet("Danh sách");
            writeRow(first.createRow(0), "Mã học sinh", "Họ và tên", "Ngày sinh", "Lớp");
            writeRow(first.createRow(1), "HS001", "Vũ Gia Huy", "01/06/2013", "6A1");
            var second = workbook.createSheet("Ghi chú");
            writeRow(second.createRow(0), "Mã học sinh", "Họ và tên", "Ngày sinh", "Lớp");
            writeRow(second.createRow(1), "HS999", "Không Được Đọc", "01/06/2013", "6A1");
            workbook.write(out);

            var batch = read(new ByteArrayInputStream(out.toByteArray()));

            assertEquals(List.of("HS001"), batch.records().stream().map(StudentRecord::studentCode).toList());
        }
    }

    @Test
    void fileThatIsNotAWorkbookIsUnreadable() {
        var notXlsx = new ByteArrayInputStream("Mã học sinh,Họ và tên".getBytes(StandardCharsets.UTF_8));

        ApiException e = assertThrows(ApiException.class, () -> read(notXlsx));

        assertEquals(ErrorCode.UNREADABLE_FILE, e.code());
    }

    @Test
    void truncatedWorkbookIsUnreadable() throws IOException {
        byte[] whole = xlsx(List.of(HEADER, row("HS001", "Vũ Gia Huy", "01/06/2013", "6A1"))).readAllBytes();
        var truncated = new ByteArrayInputStream(Arrays.copyOf(whole, whole.length / 2));

        ApiException e = assertThrows(ApiException.class, () -> read(truncated));

        assertEquals(ErrorCode.UNREADABLE_FILE, e.code());
    }

    private static void writeRow(org.apache.poi.ss.usermodel.Row row, String... cells) {
        for (int i = 0; i < cells.length; i++) {
            row.createCell(i).setCellValue(cells[i]);
        }
    }
}
