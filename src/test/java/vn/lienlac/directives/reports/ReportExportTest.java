package vn.lienlac.directives.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.lienlac.platform.export.ExportedFiles.assertDate;
import static vn.lienlac.platform.export.ExportedFiles.assertDateTime;
import static vn.lienlac.platform.export.ExportedFiles.assertEmpty;
import static vn.lienlac.platform.export.ExportedFiles.assertNumber;
import static vn.lienlac.platform.export.ExportedFiles.assertPercent;
import static vn.lienlac.platform.export.ExportedFiles.assertText;

import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.lienlac.directives.reports.ReportViews.Reports;
import vn.lienlac.directives.reports.ReportViews.SchoolReport;
import vn.lienlac.directives.reports.ReportViews.Summary;
import vn.lienlac.platform.export.ExportedFiles;

/**
 * Issue 19, item 3: the report export an office accepts. The adoption report's figures (objects of total, activated
 * and percent) become one column each with a Vietnamese header, never a JSON cell; a school's own keys keep their
 * names; numbers, percents, dates and submission times are typed cells.
 */
class ReportExportTest {

    static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");
    static final Instant FIRST = Instant.parse("2026-12-07T03:30:00Z");
    static final Instant LATEST = Instant.parse("2026-12-07T10:05:00Z");

    /** As AdoptionResponse writes them, read back from jsonb (numbers as Integer and Double). */
    static final Map<String, Object> ADOPTION = new JsonObject("""
            {"asOf": "2026-12-07",
             "staff": {"total": 5, "activated": 4, "percent": 80.0},
             "teachers": {"total": 2, "activated": 1, "percent": 50.0},
             "guardians": {"total": 19, "activated": 2, "percent": 10.5},
             "students": {"total": 0, "activated": 0, "percent": null}}""").getMap();
    static final Map<String, Object> TYPED = new JsonObject("""
            {"activatedStaff": 12, "soPhongHoc": 3, "ghiChu": ["đủ", "kịp"], "nopQuaBuuDien": false}""").getMap();

    static final Reports REPORTS = new Reports(41, "260/PGD-VP", "Báo cáo tiến độ triển khai.", LATEST,
            new Summary(3, 1, 1, 1, 0), List.of(
                    new SchoolReport("THCS-NGHIATAN", "Trường THCS Nghĩa Tân", ReportStatus.ON_TIME, "Lê Thị Hà",
                            FIRST, LATEST, "BÁO CÁO TIẾN ĐỘ\nSố liệu tính đến ngày 07/12/2026.", ADOPTION, List.of()),
                    new SchoolReport("TH-QUANGTRUNG", "Trường Tiểu học Quang Trung", ReportStatus.LATE, "Phạm Văn Bình",
                            LATEST, LATEST, "Đã triển khai.", TYPED, List.of()),
                    new SchoolReport("THCS-CAUGIAY", "Trường THCS Cầu Giấy", ReportStatus.MISSING, null, null, null,
                            null, null, List.of())));

    static final List<String> HEADERS = List.of("Mã trường", "Tên trường", "Trạng thái", "Nộp lần đầu",
            "Nộp lần cuối", "Người nộp", "Nội dung báo cáo", "Số tệp đính kèm", "Số liệu tính đến ngày",
            "CB-GV-NV: tổng", "CB-GV-NV: đã kích hoạt", "CB-GV-NV: tỉ lệ", "CB-GV-NV đã kích hoạt",
            "Giáo viên: tổng", "Giáo viên: đã kích hoạt", "Giáo viên: tỉ lệ",
            "Phụ huynh: tổng", "Phụ huynh: đã kích hoạt", "Phụ huynh: tỉ lệ",
            "Học sinh: tổng", "Học sinh: đã kích hoạt", "Học sinh: tỉ lệ",
            "ghiChu", "nopQuaBuuDien", "soPhongHoc");

    private final ReportExport export = new ReportExport(REPORTS, VN);

    @Test
    void xlsxHasVietnameseHeadersAndTypedCellsCellByCell() throws Exception {
        try (XSSFWorkbook workbook = ExportedFiles.xlsx(export.xlsx())) {
            Sheet sheet = workbook.getSheet("Báo cáo");
            assertEquals(HEADERS, ExportedFiles.headers(sheet));

            Row adoption = sheet.getRow(1);
            assertText("THCS-NGHIATAN", adoption.getCell(0));
            assertText("Trường THCS Nghĩa Tân", adoption.getCell(1));
            assertText("Đúng hạn", adoption.getCell(2));
            assertDateTime(LocalDateTime.of(2026, 12, 7, 10, 30), adoption.getCell(3));
            assertDateTime(LocalDateTime.of(2026, 12, 7, 17, 5), adoption.getCell(4));
            assertText("Lê Thị Hà", adoption.getCell(5));
            assertText("BÁO CÁO TIẾN ĐỘ\nSố liệu tính đến ngày 07/12/2026.", adoption.getCell(6));
            assertNumber(0, adoption.getCell(7));
            assertDate(LocalDate.of(2026, 12, 7), adoption.getCell(8));
            assertNumber(5, adoption.getCell(9));
            assertNumber(4, adoption.getCell(10));
            assertPercent(0.8, adoption.getCell(11));
            assertEmpty(adoption, 12);
            assertNumber(2, adoption.getCell(13));
            assertNumber(1, adoption.getCell(14));
            assertPercent(0.5, adoption.getCell(15));
            assertNumber(19, adoption.getCell(16));
            assertNumber(2, adoption.getCell(17));
            assertPercent(0.105, adoption.getCell(18));
            assertNumber(0, adoption.getCell(19));
            assertNumber(0, adoption.getCell(20));
            assertEmpty(adoption, 21);
            for (int c = 22; c < HEADERS.size(); c++) {
                assertEmpty(adoption, c);
            }

            Row typed = sheet.getRow(2);
            assertText("Nộp muộn", typed.getCell(2));
            for (int c = 8; c <= 11; c++) {
                assertEmpty(typed, c);
            }
            assertNumber(12, typed.getCell(12));
            assertText("đủ; kịp", typed.getCell(22));
            assertText("Không", typed.getCell(23));
            assertNumber(3, typed.getCell(24));

            Row missing = sheet.getRow(3);
            assertText("Chưa nộp", missing.getCell(2));
            for (int c = 3; c <= 6; c++) {
                assertEmpty(missing, c);
            }
            assertNumber(0, missing.getCell(7));
            for (int c = 8; c < HEADERS.size(); c++) {
                assertEmpty(missing, c);
            }
            assertEquals(3, sheet.getLastRowNum());
        }
    }

    @Test
    void csvHasTheSameColumnsWithPlainNumbersAndVietnameseDates() {
        List<List<String>> records = ExportedFiles.csv(export.csv());

        assertEquals(HEADERS, records.get(0));
        assertEquals(List.of("THCS-NGHIATAN", "Trường THCS Nghĩa Tân", "Đúng hạn", "07/12/2026 10:30",
                "07/12/2026 17:05", "Lê Thị Hà", "BÁO CÁO TIẾN ĐỘ\nSố liệu tính đến ngày 07/12/2026.", "0",
                "07/12/2026", "5", "4", "80.0", "", "2", "1", "50.0", "19", "2", "10.5", "0", "0", "", "", "", ""),
                records.get(1));
        assertEquals(List.of("TH-QUANGTRUNG", "Trường Tiểu học Quang Trung", "Nộp muộn", "07/12/2026 17:05",
                "07/12/2026 17:05", "Phạm Văn Bình", "Đã triển khai.", "0", "", "", "", "", "12", "", "", "", "",
                "", "", "", "", "", "đủ; kịp", "Không", "3"), records.get(2));
        assertEquals(List.of("THCS-CAUGIAY", "Trường THCS Cầu Giấy", "Chưa nộp", "", "", "", "", "0", "", "", "",
                "", "", "", "", "", "", "", "", "", "", "", "", "", ""), records.get(3));
        assertEquals(4, records.size());
    }

    @Test
    void noCellHoldsJson() {
        for (List<String> record : ExportedFiles.csv(export.csv())) {
            for (String field : record) {
                assertEquals(false, field.startsWith("{") || field.startsWith("["), field);
            }
        }
    }

    @Test
    void fileNameFollowsTheDocumentNumber() {
        assertEquals("bao-cao-260-PGD-VP.xlsx", export.fileName("xlsx"));
    }
}
