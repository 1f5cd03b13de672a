package vn.lienlac.notices.report;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static vn.lienlac.notices.NoticesApi.absence;
import static vn.lienlac.notices.NoticesApi.get;
import static vn.lienlac.notices.NoticesApi.publish;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.lienlac.notices.NoticeScene;
import vn.lienlac.notices.NoticeScene.Scene;

/** Who was told, who received, who read, and which students nobody could be told about. */
@QuarkusTest
class DeliveryReportApiTest {

    @Inject
    NoticeScene scenes;

    private Scene s;
    private JsonPath batch;

    @BeforeEach
    void publishAbsencesOfBothClasses() {
        s = scenes.create();
        batch = publish(s.portal(), s.school(), "attendance", List.of(absence("a-an", s.an()),
                absence("a-binh", s.binh()), absence("a-cuong", s.cuong()))).then().statusCode(200)
                .extract().jsonPath();
    }

    @Test
    void batchReportCountsGuardiansAndNamesStudentsWithoutAnyGuardian() {
        get(s.principal(), "/schools/{school}/reports/batches/{id}", s.school(), batch.getString("batchId"))
                .then().statusCode(200)
                .body("notices", equalTo(3)).body("guardians", equalTo(3))
                .body("unreachableStudents", contains(s.cuong()))
                .body("perNotice.sourceId", contains("a-an", "a-binh", "a-cuong"))
                .body("perNotice.guardians", contains(2, 1, 0));
    }

    @Test
    void noticeReportOfOneNotice() {
        long an = batch.getLong("records[0].noticeId");
        get(s.portal(), "/schools/{school}/reports/notices/{id}", s.school(), an).then().statusCode(200)
                .body("notices", equalTo(1)).body("guardians", equalTo(2))
                .body("unreachableStudents", empty());
    }

    @Test
    void teacherSeesOnlyTheirClassesAndOthersNotices404() {
        get(s.homeroomTeacher(), "/schools/{school}/reports/batches/{id}", s.school(), batch.getString("batchId"))
                .then().statusCode(200).body("perNotice.sourceId", contains("a-an", "a-binh"));
        get(s.homeroomTeacher(), "/schools/{school}/reports/notices/{id}", s.school(),
                batch.getLong("records[2].noticeId")).then().statusCode(404);
        get(s.homeroomTeacher(), "/schools/{school}/reports/classes/6A1?from=2025-09-01&to=2025-09-30", s.school())
                .then().statusCode(200).body("notices", equalTo(2)).body("guardians", equalTo(3));
        get(s.homeroomTeacher(), "/schools/{school}/reports/classes/7A1", s.school()).then().statusCode(404);
        get(s.father().token(), "/schools/{school}/reports/batches/{id}", s.school(), batch.getString("batchId"))
                .then().statusCode(403);
        get(s.otherPortal(), "/schools/{school}/reports/batches/{id}", s.school(), batch.getString("batchId"))
                .then().statusCode(403);
    }
}
