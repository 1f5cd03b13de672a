package vn.lienlac.directory.rest;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static vn.lienlac.directory.rest.AsAdmin.admin;
import static vn.lienlac.directory.rest.ImportApi.SNAPSHOT;
import static vn.lienlac.directory.rest.ImportApi.STAFF;
import static vn.lienlac.directory.rest.ImportApi.STUDENTS;
import static vn.lienlac.directory.rest.PeopleFixtures.code;
import static vn.lienlac.directory.rest.PeopleFixtures.local;
import static vn.lienlac.directory.rest.PeopleFixtures.phone;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.lienlac.directory.TestSchools;

/**
 * Bidi controls, zero-width characters and lone surrogates in imported names (docs/import.md, "Invisible and
 * direction characters"): the first two are removed, a lone surrogate is a row error.
 */
@QuarkusTest
class ImportUnsafeTextApiTest {

    @Inject
    TestSchools schools;

    @Test
    void aStudentsAndAParentsNameAreStoredWithoutBidiControlsAndZeroWidthCharacters() {
        String school = schools.newSchool();
        StudentLine an = StudentLine.withFather(code("HS"), "Nguyễn\u200B Văn \u202EAn\u202C", "6A1",
                "\u2067Nguyễn Văn\u200D Bình\u2069\uFEFF", local(phone()));

        ImportApi.studentsCsv(school, ImportFiles.csv(an)).statusCode(200)
                .body("counts.created", equalTo(1))
                .body("errors", equalTo(List.of()));

        admin().get("/students/{code}", an.code()).then().statusCode(200)
                .body("fullName", equalTo("Nguyễn Văn An"))
                .body("guardians.fullName", contains("Nguyễn Văn Bình"));
    }

    @Test
    void aStaffNameFromAWorkbookIsStoredWithoutARightToLeftOverride() {
        String school = schools.newSchool();
        String teacher = code("CB");
        byte[] xlsx = ImportFiles.xlsx(List.of("Mã cán bộ", "Họ và tên", "Chức vụ"),
                List.of(List.of(teacher, "Phạm Minh \u202EĐức\u200B", "Giáo viên")));

        ImportApi.postFile(STAFF, school, ImportFiles.XLSX, xlsx, SNAPSHOT).statusCode(200)
                .body("counts.created", equalTo(1));

        admin().get("/schools/{code}/staff", school).then().statusCode(200)
                .body("items.fullName", contains("Phạm Minh Đức"));
    }

    @Test
    void aLoneSurrogateInAJsonNameIsARowErrorAndNothingIsImported() {
        String school = schools.newSchool();
        String good = code("HS");
        String bad = code("HS");
        String body = """
                {"students": [
                  {"studentCode": "%s", "fullName": "Nguyễn Văn An", "dateOfBirth": "2013-09-05", "gender": "Nam",
                   "className": "6A1"},
                  {"studentCode": "%s", "fullName": "Trần \\ud800 Bình", "dateOfBirth": "2013-09-05",
                   "gender": "Nam", "className": "6A1"}
                ]}""".formatted(good, bad);

        ImportApi.asAdmin().contentType(ContentType.JSON).queryParams(SNAPSHOT)
                .body(body.getBytes(StandardCharsets.UTF_8)).post(STUDENTS, school).then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("code", equalTo("IMPORT_REJECTED"))
                .body("errors.row", contains(2))
                .body("errors.column", contains("fullName"))
                .body("errors.code", contains("INVALID_TEXT"));
        admin().get("/students/{code}", good).then().statusCode(404);
        admin().get("/students/{code}", bad).then().statusCode(404);
    }

    @Test
    void aLoneSurrogateEscapedInAnXlsxCellIsARowError() {
        String school = schools.newSchool();
        String teacher = code("CB");
        // OOXML writes characters XML cannot hold as _xHHHH_; POI reads _xD800_ back as a lone surrogate.
        byte[] xlsx = ImportFiles.xlsx(List.of("Mã cán bộ", "Họ và tên", "Chức vụ"),
                List.of(List.of(teacher, "Phạm Minh _xD800_Đức", "Giáo viên")));

        ImportApi.postFile(STAFF, school, ImportFiles.XLSX, xlsx, SNAPSHOT).statusCode(400)
                .body("code", equalTo("IMPORT_REJECTED"))
                .body("errors.column", contains("Họ và tên"))
                .body("errors.code", contains("INVALID_TEXT"));
        admin().get("/schools/{code}/staff", school).then().statusCode(200).body("total", equalTo(0));
    }
}
