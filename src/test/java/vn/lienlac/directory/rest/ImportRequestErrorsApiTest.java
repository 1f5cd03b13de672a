package vn.lienlac.directory.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.lienlac.directory.rest.ImportApi.SNAPSHOT;
import static vn.lienlac.directory.rest.ImportApi.STUDENTS;
import static vn.lienlac.directory.rest.PeopleFixtures.code;
import static vn.lienlac.directory.rest.PeopleFixtures.phone;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.lienlac.directory.TestSchools;

/** Requests that are refused whole, before any row is read or written, each with a problem the caller can act on. */
@QuarkusTest
class ImportRequestErrorsApiTest {

    private static final byte[] OLE2_MAGIC = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1,
            0x1A, (byte) 0xE1};
    private static final byte[] ZIP_MAGIC = {0x50, 0x4B, 0x03, 0x04};

    @Inject
    TestSchools schools;

    private String school;
    private byte[] validCsv;
    private DirectoryTables before;

    @BeforeEach
    void newSchoolAndAValidFile() {
        school = schools.newSchool();
        validCsv = ImportFiles.csv(
                StudentLine.withFather(code("HS"), "Nguyễn Văn An", "6A1", "Nguyễn Văn Bình", phone()));
        before = DirectoryTables.count(schools);
    }

    /** Every request here is refused whole: nothing reaches the directory or the import log. */
    @AfterEach
    void nothingWasWritten() {
        assertEquals(before, DirectoryTables.count(schools));
        assertEquals(0, schools.count("SELECT count(*) FROM directory_import i JOIN school s ON s.id = i.school_id "
                + "WHERE s.code = $1", school));
    }

    @Test
    void missingModeIsRefusedWithAVietnameseExplanation() {
        ImportApi.students(school, "text/csv", validCsv, Map.of()).statusCode(400)
                .contentType("application/problem+json")
                .body("code", equalTo("BAD_REQUEST"))
                .body("detail", containsString("Hãy chọn chế độ nhập: mode=snapshot"))
                .body("detail", containsString("mode=delta"));
    }

    @Test
    void unknownModeIsRefused() {
        ImportApi.students(school, "text/csv", validCsv, Map.of("mode", "full")).statusCode(400)
                .contentType("application/problem+json")
                .body("code", equalTo("BAD_REQUEST"))
                .body("detail", containsString("\"full\" không hợp lệ"));
    }

    @Test
    void schoolYearWithoutItsSecondYearIsRefused() {
        ImportApi.students(school, "text/csv", validCsv, Map.of("mode", "snapshot", "schoolYear", "2026"))
                .statusCode(400)
                .contentType("application/problem+json")
                .body("code", equalTo("BAD_REQUEST"))
                .body("detail", containsString("Năm học \"2026\" không hợp lệ"));
    }

    @Test
    void unknownSchoolIsNotFound() {
        ImportApi.students("TRG-KHONG-CO", "text/csv", validCsv, SNAPSHOT).statusCode(404)
                .contentType("application/problem+json")
                .body("code", equalTo("NOT_FOUND"))
                .body("detail", equalTo("Không tìm thấy trường TRG-KHONG-CO."));
    }

    @Test
    void oldExcelFileIsUnreadable() {
        ImportApi.students(school, "application/octet-stream", ImportFiles.binary(OLE2_MAGIC, 4096), SNAPSHOT)
                .statusCode(400)
                .contentType("application/problem+json")
                .body("code", equalTo("UNREADABLE_FILE"))
                .body("detail", containsString(".xls"));
    }

    @Test
    void oldExcelFileSentWithItsOwnMediaTypeIsUnreadableNotUnsupported() {
        ImportApi.students(school, "application/vnd.ms-excel", ImportFiles.binary(OLE2_MAGIC, 4096), SNAPSHOT)
                .statusCode(400)
                .contentType("application/problem+json")
                .body("code", equalTo("UNREADABLE_FILE"))
                .body("detail", containsString(".xlsx"));
    }

    @Test
    void oldExcelFileUploadedAsAFormIsUnreadable() {
        ImportApi.upload(STUDENTS, school, "hoc-sinh.xls", "application/vnd.ms-excel",
                        ImportFiles.binary(OLE2_MAGIC, 4096), SNAPSHOT)
                .statusCode(400)
                .contentType("application/problem+json")
                .body("code", equalTo("UNREADABLE_FILE"));
    }

    @Test
    void zipMagicFollowedByJunkIsUnreadable() {
        ImportApi.students(school, ImportFiles.XLSX, ImportFiles.binary(ZIP_MAGIC, 4096), SNAPSHOT).statusCode(400)
                .contentType("application/problem+json")
                .body("code", equalTo("UNREADABLE_FILE"));
    }

    @Test
    void zipArchiveThatIsNoWorkbookIsUnreadable() throws IOException {
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("ghi-chu.txt"));
            zip.write("không phải bảng tính".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }

        ImportApi.students(school, ImportFiles.XLSX, out.toByteArray(), SNAPSHOT).statusCode(400)
                .contentType("application/problem+json")
                .body("code", equalTo("UNREADABLE_FILE"));
    }

    @Test
    void randomBinaryIsUnreadable() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
        ImportApi.students(school, "application/octet-stream", ImportFiles.binary(png, 4096), SNAPSHOT)
                .statusCode(400)
                .contentType("application/problem+json")
                .body("code", equalTo("UNREADABLE_FILE"));
    }

    @Test
    void emptyBodyIsUnreadable() {
        ImportApi.students(school, "text/csv", new byte[0], SNAPSHOT).statusCode(400)
                .contentType("application/problem+json")
                .body("code", equalTo("UNREADABLE_FILE"));
    }

    @Test
    void importWithoutTokenIsUnauthenticated() {
        given().basePath(AsAdmin.BASE).contentType("text/csv").queryParam("mode", "snapshot").body(validCsv)
                .post(STUDENTS, school).then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer")
                .body("code", equalTo("UNAUTHENTICATED"));
    }
}
