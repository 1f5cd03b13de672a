package vn.lienlac.directory.rest;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.lienlac.directory.rest.AsAdmin.admin;
import static vn.lienlac.directory.rest.PeopleFixtures.code;
import static vn.lienlac.directory.rest.PeopleFixtures.local;
import static vn.lienlac.directory.rest.PeopleFixtures.phone;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.lienlac.directory.TestSchools;

/** What imports never do: lose history, write twice, write part of a rejected file, or write on a dry run. */
@QuarkusTest
class ImportSafetyApiTest {

    private static final String ALL_COUNTS = "SELECT count(*) FROM directory_import i JOIN school s "
            + "ON s.id = i.school_id WHERE s.code = $1";

    @Inject
    TestSchools schools;

    @Test
    void snapshotDeactivatesAnUnlistedStudentAndKeepsTheirHistory() {
        String school = schools.newSchool();
        String orphanPhone = phone();
        StudentLine a = StudentLine.withFather(code("HS"), "Nguyễn Văn An", "6A1", "Nguyễn Văn Bình", phone());
        StudentLine b = StudentLine.withFather(code("HS"), "Trần Thị Bích", "6A1", "Trần Văn Cường", phone());
        StudentLine c = StudentLine.withFather(code("HS"), "Lê Hoàng Phúc", "6A2", "Lê Văn Dũng", orphanPhone);
        ImportApi.studentsCsv(school, ImportFiles.csv(a, b, c)).statusCode(200);

        ImportApi.studentsCsv(school, ImportFiles.csv(a, b)).statusCode(200)
                .body("counts.deactivated", equalTo(1))
                .body("counts.unchanged", equalTo(2));

        admin().get("/students/{code}", c.code()).then().statusCode(200)
                .body("active", equalTo(false))
                .body("fullName", equalTo("Lê Hoàng Phúc"))
                .body("enrollments.className", contains("6A2"))
                .body("enrollments[0].active", equalTo(false))
                .body("enrollments[0].endedAt", notNullValue());
        admin().get("/schools/{code}/students", school).then().statusCode(200)
                .body("items.studentCode", contains(a.code(), b.code()));
        admin().queryParam("includeInactive", true).get("/schools/{code}/students", school).then().statusCode(200)
                .body("total", equalTo(3))
                .body("items.studentCode", hasItem(c.code()));
        admin().get("/guardians/{phone}", orphanPhone).then().statusCode(200)
                .body("active", equalTo(false))
                .body("children", empty());
        assertEquals(1, schools.count("""
                SELECT count(*) FROM directory_event
                WHERE type = 'STUDENT_DEACTIVATED' AND payload ->> 'studentCode' = $1""", c.code()));
    }

    @Test
    void reimportingTheSameFileChangesNothingButIsLogged() {
        String school = schools.newSchool();
        String sharedPhone = phone();
        byte[] file = ImportFiles.csv(
                new StudentLine(code("HS"), "Nguyễn Văn An", LocalDate.of(2013, 9, 5), "Nam", "6A1",
                        "Nguyễn Văn Bình", local(sharedPhone), "Phạm Thị Hà", local(phone())),
                StudentLine.withFather(code("HS"), "Nguyễn Thị Bích", "6A2", "Nguyễn Văn Bình", sharedPhone),
                StudentLine.withFather(code("HS"), "Lê Hoàng Phúc", "6A2", "Lê Văn Dũng", phone()));
        ImportApi.studentsCsv(school, file).statusCode(200).body("counts.created", equalTo(3));
        DirectoryTables before = DirectoryTables.count(schools);

        ImportApi.studentsCsv(school, file).statusCode(200)
                .body("status", equalTo("APPLIED"))
                .body("counts.rows", equalTo(3))
                .body("counts.unchanged", equalTo(3))
                .body("counts.created", equalTo(0))
                .body("counts.updated", equalTo(0))
                .body("counts.deactivated", equalTo(0))
                .body("changes", empty());

        assertEquals(before, DirectoryTables.count(schools));
        assertEquals(2, schools.count(ALL_COUNTS, school));
    }

    @Test
    void invalidRowsRejectTheWholeFileWithRowAndColumnAndWriteNothing() {
        String school = schools.newSchool();
        StudentLine valid = StudentLine.withFather(code("HS"), "Nguyễn Văn An", "6A1", "Nguyễn Văn Bình", phone());
        StudentLine badPhone = StudentLine.withFather(code("HS"), "Trần Thị Bích", "6A1", "Trần Văn Cường",
                "0123 456 7890");
        StudentLine badDate = new StudentLine(code("HS"), "Lê Hoàng Phúc", LocalDate.of(2013, 2, 28), "Nam", "6A2",
                "", "", "", "");
        List<String> header = StudentLine.HEADER;
        List<List<String>> lines = List.of(valid.cells(header), badPhone.cells(header),
                badDate.cells(header).stream().map(cell -> cell.equals("28/02/2013") ? "31/02/2013" : cell).toList());
        DirectoryTables before = DirectoryTables.count(schools);

        ImportApi.studentsCsv(school, ImportFiles.csv(false, ',', header, lines)).statusCode(400)
                .contentType("application/problem+json")
                .body("code", equalTo("IMPORT_REJECTED"))
                .body("detail", containsString("không có thay đổi nào được ghi"))
                .body("errors.row", contains(3, 4))
                .body("errors.column", contains("SĐT cha", "Ngày sinh"))
                .body("errors.code", contains("INVALID_PHONE", "INVALID_DATE"))
                .body("errors[0].message", containsString("0123 456 7890"));

        assertEquals(before, DirectoryTables.count(schools));
        admin().get("/students/{code}", valid.code()).then().statusCode(404);
        admin().get("/schools/{code}/imports", school).then().statusCode(200)
                .body("status", contains("REJECTED"))
                .body("[0].counts.rows", equalTo(3))
                .body("[0].counts.invalid", equalTo(2))
                .body("[0].counts.created", equalTo(0))
                .body("[0].errorCount", equalTo(2));
    }

    @Test
    void skipInvalidAppliesTheValidRowsAndReportsTheOthers() {
        String school = schools.newSchool();
        StudentLine first = StudentLine.withFather(code("HS"), "Nguyễn Văn An", "6A1", "Nguyễn Văn Bình", phone());
        StudentLine badPhone = StudentLine.withFather(code("HS"), "Trần Thị Bích", "6A1", "Trần Văn Cường", "12345");
        StudentLine last = StudentLine.withFather(code("HS"), "Lê Hoàng Phúc", "6A2", "Lê Văn Dũng", phone());

        ImportApi.students(school, "text/csv", ImportFiles.csv(first, badPhone, last),
                        Map.of("mode", "delta", "skipInvalid", true))
                .statusCode(200)
                .body("status", equalTo("APPLIED"))
                .body("skipInvalid", equalTo(true))
                .body("counts.rows", equalTo(3))
                .body("counts.created", equalTo(2))
                .body("counts.invalid", equalTo(1))
                .body("errors.row", contains(3))
                .body("errors.column", contains("SĐT cha"))
                .body("errors.code", contains("INVALID_PHONE"));

        admin().get("/students/{code}", first.code()).then().statusCode(200).body("currentClass", equalTo("6A1"));
        admin().get("/students/{code}", last.code()).then().statusCode(200).body("currentClass", equalTo("6A2"));
        admin().get("/students/{code}", badPhone.code()).then().statusCode(404);
    }

    @Test
    void dryRunReturnsTheFullDiffAndWritesNothing() {
        String school = schools.newSchool();
        String fatherPhone = phone();
        StudentLine an = StudentLine.withFather(code("HS"), "Nguyễn Văn An", "6A1", "Nguyễn Văn Bình",
                local(fatherPhone));
        DirectoryTables before = DirectoryTables.count(schools);

        ImportApi.students(school, "text/csv", ImportFiles.csv(an), Map.of("mode", "snapshot", "dryRun", true))
                .statusCode(200)
                .body("status", equalTo("DRY_RUN"))
                .body("dryRun", equalTo(true))
                .body("importId", nullValue())
                .body("counts.created", equalTo(1))
                .body("changes.entity", hasItems("STUDENT", "GUARDIAN", "CLASS", "ENROLLMENT", "GUARDIAN_LINK"))
                .body("changes.find { it.entity == 'STUDENT' }.key", equalTo(an.code()))
                .body("changes.find { it.entity == 'STUDENT' }.action", equalTo("CREATED"))
                .body("changes.find { it.entity == 'STUDENT' }.row", equalTo(2))
                .body("changes.find { it.entity == 'STUDENT' }.fields.find { it.field == 'fullName' }.to",
                        equalTo("Nguyễn Văn An"))
                .body("changes.find { it.entity == 'STUDENT' }.fields.find { it.field == 'dateOfBirth' }.to",
                        equalTo("2013-09-05"))
                .body("changes.find { it.entity == 'GUARDIAN' }.key", equalTo(fatherPhone))
                .body("changes.find { it.entity == 'GUARDIAN' }.action", equalTo("CREATED"))
                .body("changes.find { it.entity == 'CLASS' }.key", equalTo("6A1"));

        assertEquals(before, DirectoryTables.count(schools));
        assertEquals(0, schools.count(ALL_COUNTS, school));
        admin().get("/students/{code}", an.code()).then().statusCode(404);
    }
}
