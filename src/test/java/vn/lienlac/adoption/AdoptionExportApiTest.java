package vn.lienlac.adoption;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.lienlac.adoption.AdoptionApi.admin;
import static vn.lienlac.adoption.AdoptionApi.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.lienlac.directory.text.PhoneNumbers;
import vn.lienlac.platform.export.ExportedFiles;

/** The CSV and XLSX files, opened and read back: POI for XLSX, the bytes for CSV. */
@QuarkusTest
class AdoptionExportApiTest {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    AdoptionFixture fixture;

    /** Built once: the tests only read it. */
    private static AdoptionFixture.World world;

    @BeforeEach
    void build() {
        if (world == null) {
            world = fixture.build();
        }
    }

    @Test
    void schoolXlsxHasOneRowPerClassAndTheSchoolTotalAsNumbers() throws IOException {
        Response response = admin().get("/schools/" + world.get("A") + "/export?format=xlsx");
        assertEquals(200, response.statusCode());
        assertEquals(XLSX, response.contentType());
        assertTrue(response.header("Content-Disposition").matches(
                "attachment; filename=\"tien-do-" + world.get("A") + "-\\d{4}-\\d{2}-\\d{2}\\.xlsx\""));
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(response.asByteArray()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertEquals("Tiến độ " + world.get("A"), sheet.getSheetName());
            assertEquals(List.of("Lớp", "Giáo viên chủ nhiệm", "CB-GV-NV", "CB-GV-NV đã kích hoạt",
                    "Tỉ lệ CB-GV-NV (%)", "Giáo viên", "Giáo viên đã kích hoạt", "Tỉ lệ giáo viên (%)", "Phụ huynh",
                    "Phụ huynh đã kích hoạt", "Tỉ lệ phụ huynh (%)", "Học sinh",
                    "Học sinh có phụ huynh đã kích hoạt", "Tỉ lệ học sinh (%)", "Phụ huynh đã mời",
                    "Phụ huynh kích hoạt sau lời mời", "CB-GV-NV đã mời", "CB-GV-NV kích hoạt sau lời mời"),
                    texts(sheet.getRow(0)));
            assertEquals(4, sheet.getPhysicalNumberOfRows());
            Row first = sheet.getRow(1);
            assertEquals("6A1", first.getCell(0).getStringCellValue());
            assertEquals("Lê Thị Một", first.getCell(1).getStringCellValue());
            Row second = sheet.getRow(2);
            assertEquals("6A2", second.getCell(0).getStringCellValue());
            assertNull(second.getCell(1), "6A2 has no homeroom teacher");
            assertNumbers(second, 8, 16, 1, 6.3);
            assertNull(second.getCell(4), "no staff, so no percent");
            for (int c = 14; c < 18; c++) {
                ExportedFiles.assertNumber(0, second.getCell(c));
            }
            Row total = sheet.getRow(3);
            assertEquals("Toàn trường", total.getCell(0).getStringCellValue());
            assertNumbers(total, 2, 5, 2, 40.0);
            assertNumbers(total, 5, 2, 1, 50.0);
            assertNumbers(total, 8, 19, 2, 10.5);
            assertNumbers(total, 11, 21, 3, 14.3);
        }
    }

    @Test
    void districtXlsxEndsWithTheDistrictTotal() throws IOException {
        Response response = as(world.get("token.officerD")).get("/districts/" + world.get("D") + "/export");
        assertEquals(200, response.statusCode());
        assertEquals(XLSX, response.contentType());
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(response.asByteArray()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertEquals(List.of("Mã trường", "Tên trường", "CB-GV-NV", "CB-GV-NV đã kích hoạt",
                    "Tỉ lệ CB-GV-NV (%)", "Giáo viên", "Giáo viên đã kích hoạt", "Tỉ lệ giáo viên (%)", "Phụ huynh",
                    "Phụ huynh đã kích hoạt", "Tỉ lệ phụ huynh (%)", "Học sinh",
                    "Học sinh có phụ huynh đã kích hoạt", "Tỉ lệ học sinh (%)"), ExportedFiles.headers(sheet));
            assertEquals(4, sheet.getPhysicalNumberOfRows());
            // Schools in code order: find A's row by its code.
            Row schoolA = world.get("A").equals(sheet.getRow(1).getCell(0).getStringCellValue()) ? sheet.getRow(1)
                    : sheet.getRow(2);
            ExportedFiles.assertText(world.get("A"), schoolA.getCell(0));
            ExportedFiles.assertText(schoolName(), schoolA.getCell(1));
            assertNumbers(schoolA, 2, 5, 2, 40.0);
            Row total = sheet.getRow(3);
            ExportedFiles.assertText(world.get("D"), total.getCell(0));
            assertNumbers(total, 2, 7, 3, 42.9);
            assertNumbers(total, 5, 3, 2, 66.7);
            assertNumbers(total, 8, 20, 2, 10.0);
            assertNumbers(total, 11, 23, 4, 17.4);
        }
    }

    @Test
    void notActivatedXlsxKeepsPhoneNumbersAsText() throws IOException {
        Response response = admin().get("/schools/" + world.get("A") + "/not-activated/export?format=XLSX");
        assertEquals(200, response.statusCode());
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(response.asByteArray()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertEquals(List.of("Đối tượng", "Họ và tên", "Số điện thoại", "Chức vụ / Quan hệ", "Lớp", "Mã học sinh",
                    "Học sinh"), ExportedFiles.headers(sheet));
            assertEquals(1 + 3 + 18, sheet.getPhysicalNumberOfRows());
            Row teacher = sheet.getRow(2);
            assertEquals(List.of("Cán bộ, giáo viên", "Phạm Văn Hai", PhoneNumbers.display(world.get("t2A.phone")),
                    "Giáo viên"), texts(teacher));
            Row guardian = sheet.getRow(4);
            assertEquals(CellType.STRING, guardian.getCell(2).getCellType());
            assertEquals(List.of("Phụ huynh", "Lý Thị Mẹ Hai", PhoneNumbers.display(world.get("M2")), "Mẹ", "6A1",
                    world.get("s2"), "Lý Thị Hai"), texts(guardian));
            assertTrue(guardian.getCell(2).getStringCellValue().startsWith("0"));
        }
    }

    @Test
    void csvStartsWithAByteOrderMarkAndWritesPercentsWithOneDecimal() {
        Response response = admin().get("/schools/" + world.get("A") + "/export?format=csv");
        assertEquals(200, response.statusCode());
        assertEquals("text/csv;charset=UTF-8", response.contentType().replace(" ", ""));
        byte[] bytes = response.asByteArray();
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(bytes, 3));
        String[] lines = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8).split("\r\n");
        assertEquals(4, lines.length);
        List<List<String>> records = ExportedFiles.csv(bytes);
        assertEquals(List.of("Lớp", "Giáo viên chủ nhiệm", "CB-GV-NV", "CB-GV-NV đã kích hoạt", "Tỉ lệ CB-GV-NV (%)",
                "Giáo viên", "Giáo viên đã kích hoạt", "Tỉ lệ giáo viên (%)", "Phụ huynh", "Phụ huynh đã kích hoạt",
                "Tỉ lệ phụ huynh (%)", "Học sinh", "Học sinh có phụ huynh đã kích hoạt", "Tỉ lệ học sinh (%)",
                "Phụ huynh đã mời", "Phụ huynh kích hoạt sau lời mời", "CB-GV-NV đã mời",
                "CB-GV-NV kích hoạt sau lời mời"), records.get(0));
        assertEquals(List.of("6A2", "", "0", "0", "", "0", "0", "", "16", "1", "6.3", "16", "1", "6.3", "0", "0", "0",
                "0"), records.get(2));
        assertEquals(List.of("Toàn trường", schoolName(), "5", "2", "40.0", "2", "1", "50.0", "19", "2", "10.5", "21",
                "3", "14.3", "0", "0", "0", "0"), records.get(3));
    }

    @Test
    void unknownFormatIsABadRequestInVietnamese() {
        admin().get("/schools/" + world.get("A") + "/export?format=pdf").then().statusCode(400)
                .contentType("application/problem+json")
                .body("detail", org.hamcrest.Matchers.equalTo(
                        "Định dạng xuất không hỗ trợ: pdf. Hãy dùng csv hoặc xlsx."));
    }

    @Test
    void exportsAreRefusedOutsideTheCallersSchoolAndDistrict() {
        as(world.get("token.principalB")).get("/schools/" + world.get("A") + "/export").then().statusCode(403);
        as(world.get("token.t1A")).get("/schools/" + world.get("A") + "/not-activated/export").then().statusCode(403);
        as(world.get("token.officerE")).get("/districts/" + world.get("D") + "/export").then().statusCode(403);
    }

    private String schoolName() {
        return "Trường thử nghiệm " + world.get("A");
    }

    /** The row's cell texts up to its last cell. */
    private static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        for (int c = 0; c < row.getLastCellNum(); c++) {
            texts.add(row.getCell(c) == null ? null : row.getCell(c).getStringCellValue());
        }
        return texts;
    }

    /**
     * Numeric cells from {@code column}: total and activated as plain numbers, the percent (given in points) as a
     * fraction with the percent format ({@code 6.3} is stored 0.063 and shown 6,3 %).
     */
    private static void assertNumbers(Row row, int column, long total, long activated, double percent) {
        ExportedFiles.assertNumber(total, row.getCell(column));
        ExportedFiles.assertNumber(activated, row.getCell(column + 1));
        ExportedFiles.assertPercent(percent / 100, row.getCell(column + 2));
    }
}
