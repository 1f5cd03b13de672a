package vn.lienlac.directory.rest;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static vn.lienlac.directory.rest.AsAdmin.admin;
import static vn.lienlac.directory.rest.ImportApi.DELTA;
import static vn.lienlac.directory.rest.ImportApi.SNAPSHOT;
import static vn.lienlac.directory.rest.ImportApi.STUDENTS;
import static vn.lienlac.directory.rest.PeopleFixtures.code;
import static vn.lienlac.directory.rest.PeopleFixtures.local;
import static vn.lienlac.directory.rest.PeopleFixtures.phone;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.lienlac.directory.TestSchools;

/** Students imported over HTTP, in every format, read back through the directory API. */
@QuarkusTest
class StudentImportApiTest {

    @Inject
    TestSchools schools;

    @Test
    void xlsxWithVietnameseHeadersInAnyOrderCreatesStudentsGuardiansAndClasses() {
        String school = schools.newSchool();
        String fatherPhone = phone();
        String motherPhone = phone();
        StudentLine an = new StudentLine(code("HS"), "Nguyễn Văn An", LocalDate.of(2013, 9, 5), "Nam", "6A1",
                "Nguyễn Văn Bình", local(fatherPhone), "Phạm Thị Thu Hà", local(motherPhone));
        StudentLine ngoc = new StudentLine(code("HS"), "Trần Thị Bích Ngọc", LocalDate.of(2013, 1, 12), "Nữ", "6a2",
                "", "", "Phạm Thị Thu Hà", local(motherPhone));
        List<String> shuffled = List.of("SĐT mẹ", "Họ tên mẹ", "Lớp", "Giới tính", "Ngày sinh", "Họ tên cha",
                "SĐT cha", "Họ và tên", "Mã học sinh");

        ImportApi.students(school, ImportFiles.XLSX, ImportFiles.xlsx(shuffled, an, ngoc), SNAPSHOT)
                .statusCode(200)
                .body("status", equalTo("APPLIED"))
                .body("counts.rows", equalTo(2))
                .body("counts.created", equalTo(2))
                .body("errors", equalTo(List.of()));

        admin().get("/students/{code}", an.code()).then().statusCode(200)
                .body("fullName", equalTo("Nguyễn Văn An"))
                .body("dateOfBirth", equalTo("2013-09-05"))
                .body("gender", equalTo("MALE"))
                .body("school.code", equalTo(school))
                .body("currentClass", equalTo("6A1"))
                .body("guardians.fullName", contains("Nguyễn Văn Bình", "Phạm Thị Thu Hà"))
                .body("guardians.phone", contains(fatherPhone, motherPhone))
                .body("guardians.relationship", contains("FATHER", "MOTHER"));
        admin().get("/students/{code}", ngoc.code()).then().statusCode(200)
                .body("gender", equalTo("FEMALE"))
                .body("currentClass", equalTo("6A2"))
                .body("guardians.phone", contains(motherPhone));
        admin().get("/schools/{code}/classes", school).then().statusCode(200)
                .body("name", contains("6A1", "6A2"))
                .body("studentCount", contains(1, 1));
        assertEquals(2, schools.count("SELECT count(*) FROM guardian WHERE phone IN ($1, $2)", fatherPhone,
                motherPhone));
        admin().get("/guardians/{phone}", motherPhone).then().statusCode(200)
                .body("children.studentCode", containsInAnyOrder(an.code(), ngoc.code()));
    }

    @Test
    void csvInUtf8WithBomAndSemicolonsInAnotherColumnOrderCreatesTheSame() {
        String school = schools.newSchool();
        String fatherPhone = phone();
        StudentLine an = StudentLine.withFather(code("HS"), "Nguyễn Văn An", "Lớp 7a3", "Nguyễn Văn Bình, Sr.",
                local(fatherPhone));
        List<String> header = List.of("Lớp", "Mã học sinh", "SĐT cha", "Họ tên cha", "Ngày sinh", "Họ và tên",
                "Giới tính", "SĐT mẹ", "Họ tên mẹ");
        byte[] file = ImportFiles.csv(true, ';', header, List.of(an.cells(header)));

        ImportApi.students(school, "text/csv", file, SNAPSHOT).statusCode(200)
                .body("counts.created", equalTo(1))
                .body("warnings", equalTo(List.of()));

        admin().get("/students/{code}", an.code()).then().statusCode(200)
                .body("fullName", equalTo("Nguyễn Văn An"))
                .body("dateOfBirth", equalTo("2013-09-05"))
                .body("currentClass", equalTo("7A3"))
                .body("guardians.fullName", contains("Nguyễn Văn Bình, Sr."))
                .body("guardians.phone", contains(fatherPhone));
        admin().get("/schools/{code}/classes", school).then().statusCode(200).body("name", contains("7A3"));
    }

    @Test
    void multipartUploadOfXlsxIsImportedAndItsFileNameLogged() {
        String school = schools.newSchool();
        StudentLine an = StudentLine.withFather(code("HS"), "Nguyễn Văn An", "6A1", "Nguyễn Văn Bình", local(phone()));
        String fileName = "Danh sách học sinh 6A1.xlsx";

        String importId = ImportApi.upload(STUDENTS, school, fileName, ImportFiles.XLSX,
                        ImportFiles.xlsx(StudentLine.HEADER, an), SNAPSHOT)
                .statusCode(200)
                .body("counts.created", equalTo(1))
                .extract().path("importId");

        admin().get("/students/{code}", an.code()).then().statusCode(200).body("currentClass", equalTo("6A1"));
        admin().get("/imports/{id}", importId).then().statusCode(200)
                .body("fileName", equalTo(fileName))
                .body("format", equalTo("XLSX"))
                .body("schoolCode", equalTo(school));
    }

    @Test
    void jsonPushCreatesStudentsGuardiansAndClassesLikeAFile() {
        String school = schools.newSchool();
        String fatherPhone = phone();
        String motherPhone = phone();
        StudentLine an = new StudentLine(code("HS"), "Nguyễn Văn An", LocalDate.of(2013, 9, 5), "Nam", "6a1",
                "Nguyễn Văn Bình", "0" + fatherPhone.substring(3), "Phạm Thị Thu Hà", motherPhone);

        String importId = ImportApi.studentsJson(school, List.of(an.json()), SNAPSHOT).statusCode(200)
                .body("status", equalTo("APPLIED"))
                .body("kind", equalTo("STUDENTS"))
                .body("counts.created", equalTo(1))
                .extract().path("importId");

        admin().get("/students/{code}", an.code()).then().statusCode(200)
                .body("fullName", equalTo("Nguyễn Văn An"))
                .body("dateOfBirth", equalTo("2013-09-05"))
                .body("gender", equalTo("MALE"))
                .body("currentClass", equalTo("6A1"))
                .body("guardians.phone", contains(fatherPhone, motherPhone))
                .body("guardians.relationship", contains("FATHER", "MOTHER"));
        admin().get("/schools/{code}/classes", school).then().statusCode(200).body("name", contains("6A1"));
        admin().get("/imports/{id}", importId).then().statusCode(200).body("format", equalTo("JSON"));
    }

    @Test
    void jsonPushReportsInvalidItemsByPositionAndFieldName() {
        String school = schools.newSchool();
        StudentLine good = StudentLine.withFather(code("HS"), "Nguyễn Văn An", "6A1", "Nguyễn Văn Bình", phone());
        StudentLine badPhone = StudentLine.withFather(code("HS"), "Lê Văn Cường", "6A1", "Lê Văn Dũng",
                "024 3825 1234");

        ImportApi.studentsJson(school, List.of(good.json(), badPhone.json()), SNAPSHOT).statusCode(400)
                .contentType("application/problem+json")
                .body("code", equalTo("IMPORT_REJECTED"))
                .body("errors.row", contains(2))
                .body("errors.column", contains("fatherPhone"))
                .body("errors.code", contains("INVALID_PHONE"));
        admin().get("/students/{code}", good.code()).then().statusCode(404);
    }

    @Test
    void decomposedNamesAreStoredComposedAndFoundWithoutDiacritics() {
        String school = schools.newSchool();
        String composed = "Nguyễn Văn An";
        String decomposed = Normalizer.normalize(composed, Normalizer.Form.NFD);
        assertNotEquals(composed, decomposed);
        StudentLine an = StudentLine.withFather(code("HS"), decomposed, "6A1",
                Normalizer.normalize("Nguyễn Văn Bình", Normalizer.Form.NFD), local(phone()));

        ImportApi.studentsCsv(school, ImportFiles.csv(an)).statusCode(200);

        String stored = admin().get("/students/{code}", an.code()).then().statusCode(200)
                .body("guardians.fullName", contains("Nguyễn Văn Bình"))
                .extract().path("fullName");
        assertArrayEquals(composed.toCharArray(), stored.toCharArray());
        assertEquals(1, schools.count("SELECT count(*) FROM student WHERE student_code = $1 AND full_name = $2",
                an.code(), composed));
        admin().queryParam("q", "nguyen van an").get("/schools/{code}/students", school).then().statusCode(200)
                .body("items.studentCode", contains(an.code()));
    }

    @Test
    void phoneVariantsOfOneNumberMergeIntoOneGuardianWithThreeChildren() {
        String school = schools.newSchool();
        String e164 = phone();
        String digits = e164.substring(3);
        List<String> variants = List.of(local(e164), e164,
                "84-" + digits.substring(0, 3) + "-" + digits.substring(3, 6) + "-" + digits.substring(6));
        StudentLine[] siblings = variants.stream()
                .map(p -> StudentLine.withFather(code("HS"), "Vũ Gia Huy", "6A1", "Vũ Văn Long", p))
                .toArray(StudentLine[]::new);

        ImportApi.studentsCsv(school, ImportFiles.csv(siblings)).statusCode(200).body("counts.created", equalTo(3));

        assertEquals(1, schools.count("SELECT count(*) FROM guardian WHERE phone = $1", e164));
        assertEquals(1, schools.count("""
                SELECT count(DISTINCT sg.guardian_id) FROM student_guardian sg JOIN student s ON s.id = sg.student_id
                JOIN school sc ON sc.id = s.school_id WHERE sc.code = $1""", school));
        admin().get("/guardians/{phone}", "0" + digits).then().statusCode(200)
                .body("phone", equalTo(e164))
                .body("fullName", equalTo("Vũ Văn Long"))
                .body("children.studentCode", containsInAnyOrder(siblings[0].code(), siblings[1].code(),
                        siblings[2].code()));
    }

    @Test
    void guardianWithChildrenInTwoSchoolsIsOneGuardian() {
        String primary = schools.newSchool(schools.newDistrict(), "TIEU_HOC");
        String secondary = schools.newSchool();
        String motherPhone = phone();
        StudentLine younger = new StudentLine(code("HS"), "Phạm Minh Châu", LocalDate.of(2017, 3, 2), "Nữ", "3A",
                "", "", "Trần Thị Mai", local(motherPhone));
        StudentLine elder = new StudentLine(code("HS"), "Phạm Minh Đức", LocalDate.of(2012, 6, 1), "Nam", "8A3",
                "", "", "Trần Thị Mai", motherPhone);

        ImportApi.studentsCsv(primary, ImportFiles.csv(younger)).statusCode(200);
        ImportApi.studentsCsv(secondary, ImportFiles.csv(elder)).statusCode(200);

        assertEquals(1, schools.count("SELECT count(*) FROM guardian WHERE phone = $1", motherPhone));
        admin().get("/guardians/{phone}", motherPhone).then().statusCode(200)
                .body("active", equalTo(true))
                .body("children.studentCode", containsInAnyOrder(younger.code(), elder.code()))
                .body("children.school.code", containsInAnyOrder(primary, secondary))
                .body("children.relationship", contains("MOTHER", "MOTHER"));
    }

    @Test
    void searchFindsAnImportedNameWithOrWithoutDiacriticsInAnyCase() {
        String school = schools.newSchool();
        StudentLine an = StudentLine.withFather(code("HS"), "Nguyễn Văn An", "6A1", "Nguyễn Văn Bình", phone());
        StudentLine other = StudentLine.withFather(code("HS"), "Trần Thị Bình", "6A1", "Trần Văn Nam", phone());
        ImportApi.studentsCsv(school, ImportFiles.csv(an, other)).statusCode(200);

        for (String q : List.of("nguyen van an", "NGUYEN VAN AN", "Nguyễn Văn An")) {
            admin().queryParam("q", q).get("/schools/{code}/students", school).then().statusCode(200)
                    .body("total", equalTo(1))
                    .body("items.studentCode", contains(an.code()));
        }
    }

    @Test
    void studentMovingClassKeepsEnrollmentHistoryAndRecordsTheMove() {
        String school = schools.newSchool();
        StudentLine an = StudentLine.withFather(code("HS"), "Nguyễn Văn An", "6A1", "Nguyễn Văn Bình", phone());
        ImportApi.studentsCsv(school, ImportFiles.csv(an)).statusCode(200);

        ImportApi.students(school, "text/csv", ImportFiles.csv(an.inClass("6A2")), DELTA).statusCode(200)
                .body("counts.updated", equalTo(1))
                .body("counts.created", equalTo(0));

        admin().get("/students/{code}", an.code()).then().statusCode(200)
                .body("currentClass", equalTo("6A2"))
                .body("enrollments.className", contains("6A2", "6A1"))
                .body("enrollments.active", contains(true, false))
                .body("enrollments[0].endedAt", nullValue())
                .body("enrollments[1].endedAt", notNullValue());
        assertEquals(1, schools.count("""
                SELECT count(*) FROM directory_event
                WHERE type = 'STUDENT_MOVED_CLASS' AND payload ->> 'studentCode' = $1""", an.code()));
    }
}
