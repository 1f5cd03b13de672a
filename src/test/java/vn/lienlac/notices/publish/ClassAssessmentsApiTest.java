package vn.lienlac.notices.publish;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.lienlac.notices.NoticesApi.get;
import static vn.lienlac.notices.NoticesApi.publish;
import static vn.lienlac.notices.publish.AssessmentsApiTest.qualities;
import static vn.lienlac.notices.publish.AssessmentsApiTest.termResult;
import static vn.lienlac.notices.publish.AssessmentsApiTest.topic;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.lienlac.directory.TestSchools;
import vn.lienlac.notices.NoticeScene;
import vn.lienlac.notices.NoticeScene.Family;
import vn.lienlac.notices.NoticeScene.Scene;

/**
 * Issue 20, item 1: the homeroom teacher's assessment screen reads back what the class was sent for a period — the
 * values, the text the family read, corrections — and a re-send changes and notifies only what changed.
 */
@QuarkusTest
class ClassAssessmentsApiTest {

    private static final String TERM = "/schools/{school}/classes/{classId}/assessments?schoolYear=2025-2026&term=HK1";

    @Inject
    NoticeScene scenes;

    @Inject
    TestSchools db;

    private Scene s;

    @BeforeEach
    void scene() {
        s = scenes.create();
    }

    @Test
    void theTermsResultsReadBackWithTheirTextAndTheCorrection() {
        publish(s.homeroomTeacher(), s.school(), "assessments", List.of(
                termResult("kq-an-hk1", s.an(), "HK1", "TOT", "KHA"),
                termResult("kq-binh-hk1", s.binh(), "HK1", "KHA", "DAT"),
                termResult("kq-an-hk2", s.an(), "HK2", "TOT", "TOT"))).then().statusCode(200);
        publish(s.homeroomTeacher(), s.school(), "assessments", termResult("kq-an-hk1", s.an(), "HK1", "TOT", "TOT"))
                .then().statusCode(200).body("records[0].outcome", equalTo("updated"));

        get(s.homeroomTeacher(), TERM, s.school(), s.class6()).then().statusCode(200)
                .body("className", equalTo("6A1"))
                .body("schoolLevel", equalTo("THCS"))
                .body("type", equalTo("REN_LUYEN_HOC_TAP"))
                .body("term", equalTo("HK1"))
                .body("kind", nullValue())
                .body("records", hasSize(2))
                .body("records.find { it.studentCode == '" + s.an() + "' }.sourceId", equalTo("kq-an-hk1"))
                .body("records.find { it.studentCode == '" + s.an() + "' }.record.learning", equalTo("TOT"))
                .body("records.find { it.studentCode == '" + s.an() + "' }.corrected", equalTo(true))
                .body("records.find { it.studentCode == '" + s.an() + "' }.version", equalTo(2))
                .body("records.find { it.studentCode == '" + s.an() + "' }.text", equalTo("Con Nguyễn Văn An (lớp "
                        + "6A1) – kết quả học kỳ I năm học 2025-2026: rèn luyện Tốt, học tập Tốt."))
                .body("records.find { it.studentCode == '" + s.binh() + "' }.record.conduct", equalTo("KHA"))
                .body("records.find { it.studentCode == '" + s.binh() + "' }.corrected", equalTo(false))
                .body("records.find { it.studentCode == '" + s.binh() + "' }.firstSentAt", notNullValue())
                .body("records.find { it.studentCode == '" + s.binh() + "' }.sentAt", notNullValue());
    }

    @Test
    void anIdenticalResendIsUnchangedAndNotifiesNobodyWhileAChangeNotifiesOnce() {
        publish(s.homeroomTeacher(), s.school(), "assessments", termResult("kq-an", s.an(), "HK1", "TOT", "KHA"))
                .then().statusCode(200).body("records[0].outcome", equalTo("accepted"));
        long notice = db.count("SELECT id FROM notice WHERE source_id = 'kq-an' AND school_id = "
                + "(SELECT id FROM school WHERE code = $1)", s.school());
        assertEquals(2, outboxItems("notice:" + notice), "one item for each parent");
        assertEquals(2, db.count("SELECT count(*) FROM outbox_item WHERE item_ref = $1 AND kind = 'ASSESSMENT'",
                "notice:" + notice), "assessments are notified under their own kind");

        publish(s.homeroomTeacher(), s.school(), "assessments", termResult("kq-an", s.an(), "HK1", "TOT", "KHA"))
                .then().statusCode(200).body("records[0].outcome", equalTo("unchanged"));
        assertEquals(0, outboxItems("notice:" + notice + ":v%"));
        assertEquals(0, corrections(s.father().token()));

        publish(s.homeroomTeacher(), s.school(), "assessments", termResult("kq-an", s.an(), "HK1", "TOT", "TOT"))
                .then().statusCode(200).body("records[0].outcome", equalTo("updated"));
        assertEquals(2, outboxItems("notice:" + notice + ":v%"), "one correction for each parent");
        assertEquals(1, corrections(s.father().token()));
        assertEquals(1, corrections(s.mother().token()));
        get(s.homeroomTeacher(), TERM, s.school(), s.class6()).then().statusCode(200)
                .body("records.record.learning", contains("TOT"))
                .body("records.corrected", contains(true));
    }

    @Test
    void onlyThoseWhoMayPublishTheClasssAssessmentsRead() {
        get(s.principal(), TERM, s.school(), s.class6()).then().statusCode(200);
        get(s.portal(), TERM, s.school(), s.class7()).then().statusCode(200);
        get(s.homeroomTeacher(), TERM, s.school(), s.class7()).then().statusCode(403);
        get(s.mathsTeacher(), TERM, s.school(), s.class6()).then().statusCode(403);
        get(s.nurse(), TERM, s.school(), s.class6()).then().statusCode(403);
        get(s.father().token(), TERM, s.school(), s.class6()).then().statusCode(403);
        get(s.otherPortal(), TERM, s.school(), s.class6()).then().statusCode(403);
        get(s.principal(), TERM, s.school(), 0).then().statusCode(404);
        get(s.principal(), TERM.replace("HK1", "HK3"), s.school(), s.class6()).then().statusCode(400);
        get(s.principal(), TERM.replace("2025-2026", "2025"), s.school(), s.class6()).then().statusCode(400);
    }

    @Test
    void primaryReadsATermsMidTermOrEnd() {
        Family f = scenes.family("TIEU_HOC", "2A1", "Phạm Gia Huy");
        publish(f.homeroom(), f.school(), "assessments", List.of(
                qualities("pc-gk1", f.student(), "HK1", "GIUA_KY", Map.of("YEU_NUOC", "TOT")),
                qualities("pc-ck1", f.student(), "HK1", "CUOI_KY", Map.of("YEU_NUOC", "DAT")))).then().statusCode(200);

        get(f.homeroom(), TERM + "&kind=CUOI_KY", f.school(), f.classId()).then().statusCode(200)
                .body("type", equalTo("PHAM_CHAT_NANG_LUC"))
                .body("kind", equalTo("CUOI_KY"))
                .body("records.sourceId", contains("pc-ck1"))
                .body("records[0].record.items.YEU_NUOC", equalTo("DAT"));
        get(f.homeroom(), TERM, f.school(), f.classId()).then().statusCode(400);
        get(f.homeroom(), TERM.replace("HK1", "CA_NAM") + "&kind=CUOI_KY", f.school(), f.classId())
                .then().statusCode(400);
    }

    @Test
    void preschoolReadsAMonthsTopics() {
        Family f = scenes.family("MAM_NON", "Chồi 2", "Nguyễn Minh Khôi");
        publish(f.homeroom(), f.school(), "assessments", List.of(
                topic("cd-gia-dinh", f.student(), "Gia đình bé", "2025-11", Map.of("THE_CHAT", "DAT")),
                topic("cd-giao-thong", f.student(), "Bé tham gia giao thông", "2025-11-17",
                        Map.of("NGON_NGU", Map.of("level", "CHUA_DAT", "comment", "Bé cần nói to hơn"))),
                topic("cd-trung-thu", f.student(), "Tết Trung thu", "2025-10", Map.of("THAM_MY", "DAT"))))
                .then().statusCode(200);
        String month = "/schools/{school}/classes/{classId}/assessments?month=";

        get(f.homeroom(), month + "2025-11", f.school(), f.classId()).then().statusCode(200)
                .body("type", equalTo("CHU_DE"))
                .body("month", equalTo("2025-11"))
                .body("schoolYear", nullValue())
                .body("records.record.topic", containsInAnyOrder("Gia đình bé",
                        "Bé tham gia giao thông"));
        get(f.homeroom(), month + "2025-11&topic=Bé tham gia giao thông", f.school(), f.classId()).then()
                .statusCode(200)
                .body("records.sourceId", contains("cd-giao-thong"))
                .body("records[0].record.domains.NGON_NGU.comment", equalTo("Bé cần nói to hơn"));
        get(f.homeroom(), month + "11/2025", f.school(), f.classId()).then().statusCode(400);
    }

    private long outboxItems(String itemRef) {
        return db.count("SELECT count(*) FROM outbox_item WHERE item_ref LIKE $1", itemRef);
    }

    private static int corrections(String guardianToken) {
        return given().auth().oauth2(guardianToken).get("/api/v1/chat/inbox").then().statusCode(200).extract()
                .jsonPath().getList("events.findAll { it.kind == 'item_corrected' }").size();
    }
}
