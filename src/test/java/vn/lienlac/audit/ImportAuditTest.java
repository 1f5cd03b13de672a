package vn.lienlac.audit;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.lienlac.audit.AuditApi.PATH;
import static vn.lienlac.audit.AuditApi.asAdmin;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.lienlac.directory.TestSchools;
import vn.lienlac.directory.rest.PeopleFixtures;
import vn.lienlac.platform.Sha256;

/** Every import that is written (applied or rejected) leaves an audit entry in the same transaction; a dry run none. */
@QuarkusTest
class ImportAuditTest {

    private static final String HEADER = "Mã học sinh,Họ và tên,Ngày sinh,Giới tính,Lớp,Họ tên cha,SĐT cha";

    @Inject
    TestSchools schools;

    @Test
    void appliedImportIsAuditedWithItsIdFileHashAndCounts() {
        String school = schools.newSchool();
        byte[] file = csv(student(randomPhone()));

        String importId = importStudents(school, file, Map.of("mode", "snapshot")).statusCode(200)
                .body("status", equalTo("APPLIED"))
                .extract().path("importId");

        asAdmin().queryParam("schoolCode", school).get(PATH).then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].action", equalTo("IMPORT_APPLIED"))
                .body("items[0].outcome", equalTo("SUCCESS"))
                .body("items[0].actor", equalTo("admin"))
                .body("items[0].subject", equalTo(importId))
                .body("items[0].schoolCode", equalTo(school))
                .body("items[0].correlationId", nullValue())
                .body("items[0].details.kind", equalTo("STUDENTS"))
                .body("items[0].details.mode", equalTo("SNAPSHOT"))
                .body("items[0].details.format", equalTo("CSV"))
                .body("items[0].details.fileSha256", equalTo(Sha256.hex(file)))
                .body("items[0].details.counts.rows", equalTo(1))
                .body("items[0].details.counts.created", equalTo(1))
                .body("items[0].details.errorCount", equalTo(0));
    }

    @Test
    void rejectedImportIsAuditedAsAFailureNamingTheRecordedImport() {
        String school = schools.newSchool();

        importStudents(school, csv(student("12345")), Map.of("mode", "snapshot")).statusCode(400)
                .body("code", equalTo("IMPORT_REJECTED"));

        String subject = asAdmin().queryParam("schoolCode", school).get(PATH).then().statusCode(200)
                .body("items.action", contains("IMPORT_REJECTED"))
                .body("items[0].outcome", equalTo("FAILURE"))
                .body("items[0].details.counts.invalid", equalTo(1))
                .body("items[0].details.errorCount", equalTo(1))
                .extract().path("items[0].subject");
        assertEquals(1, schools.count(
                "SELECT count(*) FROM directory_import WHERE id = $1 AND status = 'REJECTED'", UUID.fromString(subject)));
    }

    @Test
    void dryRunLeavesNoAuditEntry() {
        String school = schools.newSchool();

        importStudents(school, csv(student(randomPhone())), Map.of("mode", "snapshot", "dryRun", true))
                .statusCode(200)
                .body("status", equalTo("DRY_RUN"));

        asAdmin().queryParam("schoolCode", school).get(PATH).then().statusCode(200)
                .body("items", hasSize(0))
                .body("hasMore", equalTo(false));
    }

    private static ValidatableResponse importStudents(String school, byte[] file, Map<String, ?> query) {
        return asAdmin().contentType("text/csv").queryParams(query).body(file)
                .post("/api/v1/directory/schools/{code}/imports/students", school).then();
    }

    /** One student row with a father; the code is unique. */
    private static String student(String fatherPhone) {
        String code = "HS-" + UUID.randomUUID().toString().substring(0, 8);
        return String.join(",", code, "Nguyễn Văn An", "05/09/2013", "Nam", "6A1", "Nguyễn Văn Bình", fatherPhone);
    }

    private static byte[] csv(String... rows) {
        return (HEADER + "\r\n" + String.join("\r\n", List.of(rows)) + "\r\n").getBytes(StandardCharsets.UTF_8);
    }

    /** A mobile number in local form that no other test of this run uses, so no other test's guardian is touched. */
    private static String randomPhone() {
        return "0" + PeopleFixtures.phone().substring(3);
    }
}
