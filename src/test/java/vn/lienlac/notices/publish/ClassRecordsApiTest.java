package vn.lienlac.notices.publish;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.nullValue;
import static vn.lienlac.notices.NoticesApi.absence;
import static vn.lienlac.notices.NoticesApi.get;
import static vn.lienlac.notices.NoticesApi.grade;
import static vn.lienlac.notices.NoticesApi.publish;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.lienlac.notices.NoticeScene;
import vn.lienlac.notices.NoticeScene.Scene;

/** A class's attendance of a day and grades of a subject/term/kind, as the teacher's screens load them. */
@QuarkusTest
class ClassRecordsApiTest {

    private static final String ATTENDANCE = "/schools/{school}/classes/{classId}/attendance?date=2025-09-15";
    private static final String GRADES =
            "/schools/{school}/classes/{classId}/grades?subject=Toán&schoolYear=2025-2026&term=HK1&kind=GIUA_KY";

    @Inject
    NoticeScene scenes;

    private Scene s;

    @BeforeEach
    void scene() {
        s = scenes.create();
    }

    @Test
    void attendanceOfTheDayListsLiveRecordsOnly() {
        Map<String, Object> late = new HashMap<>(absence("muon-1", s.binh()));
        late.put("status", "DI_MUON");
        late.put("note", "Xe hỏng");
        publish(s.homeroomTeacher(), s.school(), "attendance",
                List.of(absence("vang-1", s.an()), late)).then().statusCode(200);
        publish(s.portal(), s.school(), "attendance", absence("vang-2", s.cuong())).then().statusCode(200);
        Map<String, Object> otherDay = new HashMap<>(absence("vang-3", s.an()));
        otherDay.put("date", "2025-09-16");
        publish(s.portal(), s.school(), "attendance", otherDay).then().statusCode(200);
        publish(s.portal(), s.school(), "attendance", Map.of("sourceId", "vang-1", "deleted", true))
                .then().statusCode(200);

        get(s.homeroomTeacher(), ATTENDANCE, s.school(), s.class6()).then().statusCode(200)
                .body("className", equalTo("6A1"))
                .body("date", equalTo("2025-09-15"))
                .body("records.sourceId", contains("muon-1"))
                .body("records[0].studentCode", equalTo(s.binh()))
                .body("records[0].session", equalTo("SANG"))
                .body("records[0].status", equalTo("DI_MUON"))
                .body("records[0].note", equalTo("Xe hỏng"));
        get(s.principal(), ATTENDANCE, s.school(), s.class7()).then().statusCode(200)
                .body("records.sourceId", contains("vang-2"));
    }

    @Test
    void gradesOfOneSubjectTermAndKindMarkCorrections() {
        publish(s.mathsTeacher(), s.school(), "grades",
                List.of(grade("d-an", s.an(), 7), grade("d-binh", s.binh(), 9.5))).then().statusCode(200);
        Map<String, Object> endOfTerm = new HashMap<>(grade("d-an-ck", s.an(), 6));
        endOfTerm.put("kind", "CUOI_KY");
        publish(s.mathsTeacher(), s.school(), "grades", List.of(grade("d-an", s.an(), 7.5), endOfTerm))
                .then().statusCode(200).body("records.outcome", contains("updated", "accepted"));

        get(s.mathsTeacher(), GRADES, s.school(), s.class6()).then().statusCode(200)
                .body("subject", equalTo("TOAN"))
                .body("subjectName", equalTo("Toán"))
                .body("schoolLevel", equalTo("THCS"))
                .body("records.sourceId", containsInAnyOrder("d-an", "d-binh"))
                .body("records.find { it.sourceId == 'd-an' }.score", equalTo(7.5f))
                .body("records.find { it.sourceId == 'd-an' }.corrected", equalTo(true))
                .body("records.find { it.sourceId == 'd-an' }.version", equalTo(2))
                .body("records.find { it.sourceId == 'd-binh' }.corrected", equalTo(false))
                .body("records.find { it.sourceId == 'd-binh' }.assessment", nullValue());
        get(s.mathsTeacher(), GRADES.replace("Toán", "NGU_VAN"), s.school(), s.class6())
                .then().statusCode(403);
    }

    @Test
    void onlyThoseWhoMayPublishThereRead() {
        // The homeroom teacher teaches no subject: attendance yes, grades no.
        get(s.homeroomTeacher(), GRADES, s.school(), s.class6()).then().statusCode(403);
        // The maths teacher of 6A1 takes attendance there, not in 7A1, and has no maths class in 7A1.
        get(s.mathsTeacher(), ATTENDANCE, s.school(), s.class6()).then().statusCode(200)
                .body("records", empty());
        get(s.mathsTeacher(), ATTENDANCE, s.school(), s.class7()).then().statusCode(403);
        get(s.mathsTeacher(), GRADES, s.school(), s.class7()).then().statusCode(403);
        get(s.nurse(), ATTENDANCE, s.school(), s.class6()).then().statusCode(403);
        get(s.father().token(), ATTENDANCE, s.school(), s.class6()).then().statusCode(403);
        get(s.otherPortal(), ATTENDANCE, s.school(), s.class6()).then().statusCode(403);
        // A class of another school, or none, is unknown here.
        get(s.principal(), ATTENDANCE, s.school(), 0).then().statusCode(404);
        get(s.otherPortal(), ATTENDANCE, s.otherSchool(), s.class6()).then().statusCode(404);
    }

    @Test
    void badParametersAre400() {
        get(s.principal(), "/schools/{school}/classes/{classId}/attendance?date=15/09/2025", s.school(), s.class6())
                .then().statusCode(400);
        get(s.principal(), GRADES.replace("HK1", "HK3"), s.school(), s.class6()).then().statusCode(400);
        get(s.principal(), GRADES.replace("Toán", "Bơi"), s.school(), s.class6()).then().statusCode(400);
    }
}
