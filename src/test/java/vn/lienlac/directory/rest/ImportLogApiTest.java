package vn.lienlac.directory.rest;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static vn.lienlac.directory.rest.AsAdmin.admin;
import static vn.lienlac.directory.rest.ImportApi.STUDENTS;
import static vn.lienlac.directory.rest.PeopleFixtures.code;
import static vn.lienlac.directory.rest.PeopleFixtures.phone;

import static io.restassured.RestAssured.given;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.lienlac.directory.PeopleLookup;
import vn.lienlac.directory.TestSchools;
import vn.lienlac.identity.session.TestSessions;

/** The import log: who imported which file into a school, when, how, and with what outcome. */
@QuarkusTest
class ImportLogApiTest {

    @Inject
    TestSchools schools;

    @Inject
    PeopleFixtures people;

    @Inject
    TestSessions sessions;

    @Inject
    PeopleLookup lookup;

    @Test
    void schoolImportsAreListedNewestFirstWithActorFileHashModeAndCounts() {
        String school = schools.newSchool();
        StudentLine an = StudentLine.withFather(code("HS"), "Nguyễn Văn An", "6A1", "Nguyễn Văn Bình", phone());
        StudentLine binh = StudentLine.withFather(code("HS"), "Trần Thị Bình", "6A1", "Trần Văn Cường", phone());
        byte[] csv = ImportFiles.csv(an);
        byte[] xlsx = ImportFiles.xlsx(StudentLine.HEADER, an, binh);

        String first = ImportApi.students(school, "text/csv", csv, Map.of("mode", "snapshot",
                        "fileName", "hoc-sinh-thang-9.csv"))
                .statusCode(200).extract().path("importId");
        String second = ImportApi.upload(STUDENTS, school, "hoc-sinh-thang-10.xlsx", ImportFiles.XLSX, xlsx,
                        Map.of("mode", "delta"))
                .statusCode(200).extract().path("importId");

        admin().get("/schools/{code}/imports", school).then().log().ifValidationFails().statusCode(200)
                .body("id", contains(second, first))
                .body("actor", contains("admin", "admin"))
                .body("actorName", contains("Quản trị hệ thống", "Quản trị hệ thống"))
                .body("fileSha256", contains(ImportFiles.sha256(xlsx), ImportFiles.sha256(csv)))
                .body("fileName", contains("hoc-sinh-thang-10.xlsx", "hoc-sinh-thang-9.csv"))
                .body("mode", contains("DELTA", "SNAPSHOT"))
                .body("format", contains("XLSX", "CSV"))
                .body("status", contains("APPLIED", "APPLIED"))
                .body("counts.rows", contains(2, 1))
                .body("counts.created", contains(1, 1))
                .body("counts.unchanged", contains(1, 0));
    }

    @Test
    void theLogNamesThePrincipalWhoImported() {
        String school = schools.newSchool();
        String phone = phone();
        people.staff(school, code("HT"), "Đỗ Thị Hương", "PRINCIPAL", phone, true);
        String token = sessions.signIn(lookup.byPhone(phone).await().atMost(Duration.ofSeconds(30))).accessToken();
        byte[] csv = ImportFiles.csv(
                StudentLine.withFather(code("HS"), "Nguyễn Văn An", "6A1", "Nguyễn Văn Bình", phone()));
        given().auth().oauth2(token).basePath("/api/v1/directory").contentType("text/csv").body(csv)
                .queryParam("mode", "delta").queryParam("fileName", "hs.csv")
                .post(STUDENTS, school).then().statusCode(200);

        admin().get("/schools/{code}/imports", school).then().statusCode(200)
                .body("actorName", contains("Đỗ Thị Hương"));
    }

    @Test
    void oneImportIsFoundByItsId() {
        String school = schools.newSchool();
        byte[] csv = ImportFiles.csv(
                StudentLine.withFather(code("HS"), "Nguyễn Văn An", "6A1", "Nguyễn Văn Bình", phone()));
        String id = ImportApi.students(school, "text/csv", csv, Map.of("mode", "snapshot", "fileName", "hs.csv"))
                .statusCode(200).extract().path("importId");

        admin().get("/imports/{id}", id).then().statusCode(200)
                .body("id", equalTo(id))
                .body("schoolCode", equalTo(school))
                .body("kind", equalTo("STUDENTS"))
                .body("mode", equalTo("SNAPSHOT"))
                .body("format", equalTo("CSV"))
                .body("status", equalTo("APPLIED"))
                .body("actor", equalTo("admin"))
                .body("fileName", equalTo("hs.csv"))
                .body("fileSha256", equalTo(ImportFiles.sha256(csv)))
                .body("counts.created", equalTo(1))
                .body("startedAt", notNullValue())
                .body("finishedAt", notNullValue());
    }
}
