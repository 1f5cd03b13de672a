package vn.lienlac.notices.publish;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.lienlac.notices.NoticesApi.absence;
import static vn.lienlac.notices.NoticesApi.grade;
import static vn.lienlac.notices.NoticesApi.publish;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.lienlac.directory.TestSchools;
import vn.lienlac.notices.NoticeScene;
import vn.lienlac.notices.NoticeScene.Family;
import vn.lienlac.notices.NoticeScene.Scene;

/** Publishing records: who gets a notice, idempotent re-sends, corrections, deletions, per-record errors. */
@QuarkusTest
class PublishApiTest {

    @Inject
    NoticeScene scenes;

    @Inject
    TestSchools db;

    @Inject
    Pool pool;

    private Scene s;

    @BeforeEach
    void scene() {
        s = scenes.create();
    }

    @Test
    void absenceBecomesANoticeToBothParentsInVietnamese() {
        JsonPath result = publish(s.portal(), s.school(), "attendance", absence("vang-1", s.an()))
                .then().statusCode(200).extract().jsonPath();

        assertEquals("accepted", result.getString("records[0].outcome"));
        assertEquals(1, result.getInt("counts.accepted"));
        assertEquals("Con Nguyễn Văn An (lớp 6A1) vắng mặt buổi sáng ngày 15/09/2025, không có phép.",
                text("vang-1"));
        assertEquals(List.of(s.father().id(), s.mother().id()), guardiansOf("vang-1"));
    }

    @Test
    void gradeNoticeNamesSubjectTermAndScoreWithADecimalComma() {
        publish(s.portal(), s.school(), "grades", grade("diem-1", s.binh(), 8.5)).then().statusCode(200)
                .body("records[0].outcome", equalTo("accepted"));

        assertEquals("Con Trần Thị Bình (lớp 6A1) có điểm đánh giá giữa kỳ môn Toán học kỳ I năm học 2025-2026: 8,5.",
                text("diem-1"));
        assertEquals(List.of(s.binhsMother().id()), guardiansOf("diem-1"));
    }

    @Test
    void primaryAssessmentAndCommentAreRenderedAtAPrimarySchool() {
        Family f = scenes.family("TIEU_HOC", "2A1", "Phạm Gia Huy");
        Map<String, Object> record = new HashMap<>(Map.of("sourceId", "dg-1", "studentCode", f.student(),
                "subject", "TIENG_VIET", "schoolYear", "2025-2026", "term", "HK2", "kind", "CUOI_KY",
                "assessment", "HOAN_THANH_TOT", "comment", "Đọc to, rõ ràng; viết đúng chính tả."));
        publish(f.portal(), f.school(), "grades", record).then().statusCode(200)
                .body("records[0].outcome", equalTo("accepted"));

        assertEquals("Con Phạm Gia Huy (lớp 2A1) có kết quả đánh giá cuối kỳ môn Tiếng Việt học kỳ II năm học "
                + "2025-2026: Hoàn thành tốt. Nhận xét của giáo viên: Đọc to, rõ ràng; viết đúng chính tả.",
                text(f.school(), "dg-1"));
    }

    @Test
    void identicalResendChangesAndSendsNothing() {
        publish(s.portal(), s.school(), "attendance", List.of(absence("vang-1", s.an()))).then().statusCode(200);
        long deliveries = deliveries();

        JsonPath again = publish(s.portal(), s.school(), "attendance", List.of(absence("vang-1", s.an())))
                .then().statusCode(200).extract().jsonPath();

        assertEquals("unchanged", again.getString("records[0].outcome"));
        assertEquals(deliveries, deliveries());
        assertEquals(1, db.count("SELECT version FROM notice WHERE source_id = 'vang-1' AND school_id = "
                + "(SELECT id FROM school WHERE code = $1)", s.school()));
    }

    @Test
    void changedRecordIsUpdatedInPlaceAndSentAsACorrection() {
        publish(s.portal(), s.school(), "attendance", absence("vang-1", s.an())).then().statusCode(200);
        Map<String, Object> changed = new HashMap<>(absence("vang-1", s.an()));
        changed.put("status", "CO_PHEP");

        JsonPath result = publish(s.portal(), s.school(), "attendance", changed).then().statusCode(200)
                .extract().jsonPath();

        assertEquals("updated", result.getString("records[0].outcome"));
        assertEquals("Con Nguyễn Văn An (lớp 6A1) vắng mặt buổi sáng ngày 15/09/2025, có phép.", text("vang-1"));
        assertEquals(1, db.count("SELECT count(*) FROM notice n JOIN school sc ON sc.id = n.school_id "
                + "WHERE sc.code = $1 AND n.version = 2", s.school()));
        assertEquals(2, deliveries(), "the correction targets the guardians' items; it adds no delivery");
    }

    @Test
    void deletedRecordIsWithdrawnAndADeletionResentChangesNothing() {
        publish(s.portal(), s.school(), "attendance", absence("vang-1", s.an())).then().statusCode(200);
        Map<String, Object> deletion = Map.of("sourceId", "vang-1", "deleted", true);

        publish(s.portal(), s.school(), "attendance", deletion).then().statusCode(200)
                .body("records[0].outcome", equalTo("deleted"));
        publish(s.portal(), s.school(), "attendance", deletion).then().statusCode(200)
                .body("records[0].outcome", equalTo("unchanged"));

        assertEquals(2, db.count("SELECT count(*) FROM notice_delivery d JOIN notice n ON n.id = d.notice_id "
                + "JOIN school sc ON sc.id = n.school_id WHERE sc.code = $1 AND d.withdrawn_at IS NOT NULL",
                s.school()));
    }

    @Test
    void invalidRecordsAreRejectedOneByOneAndValidOnesKept() {
        String tomorrow = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusDays(1).toString();
        Map<String, Object> futureAbsence = new HashMap<>(absence("a-future", s.an()));
        futureAbsence.put("date", tomorrow);
        Map<String, Object> wrongSession = new HashMap<>(absence("a-session", s.an()));
        wrongSession.put("session", "TOI");
        publish(s.portal(), s.school(), "attendance", List.of(futureAbsence, absence("a-ok", s.binh()),
                wrongSession, absence("a-unknown", "HS-KHONG-CO"))).then().statusCode(200)
                .body("counts.accepted", equalTo(1)).body("counts.rejected", equalTo(3))
                .body("records[0].code", equalTo("FUTURE_DATE"))
                .body("records[0].message", equalTo("Ngày " + tomorrow + " nằm trong tương lai."))
                .body("records[1].outcome", equalTo("accepted"))
                .body("records[2].code", equalTo("INVALID_VALUE"))
                .body("records[3].code", equalTo("UNKNOWN_STUDENT"))
                .body("records[3].message", equalTo("Không có học sinh đang học mang mã HS-KHONG-CO tại trường."));

        Map<String, Object> unknownSubject = new HashMap<>(grade("g-subject", s.an(), 8));
        unknownSubject.put("subject", "Thiên văn");
        Map<String, Object> wrongTerm = new HashMap<>(grade("g-term", s.an(), 8));
        wrongTerm.put("term", "HK3");
        publish(s.portal(), s.school(), "grades", List.of(grade("g-11", s.an(), 11), grade("g-ok", s.an(), 9.5),
                grade("g-825", s.an(), 8.25), unknownSubject, wrongTerm, grade("g-ok", s.binh(), 6)))
                .then().statusCode(200)
                .body("records.outcome", equalTo(List.of("rejected", "accepted", "rejected", "rejected", "rejected",
                        "rejected")))
                .body("records.code", equalTo(java.util.Arrays.asList("SCORE_OUT_OF_RANGE", null, "SCORE_PRECISION",
                        "UNKNOWN_SUBJECT", "INVALID_VALUE", "DUPLICATE_SOURCE_ID")))
                .body("records[0].message", equalTo("Điểm 11 nằm ngoài thang điểm 0–10."))
                // written as a Vietnamese reader writes a decimal
                .body("records[2].message", equalTo("Điểm 8,25 có nhiều hơn một chữ số thập phân."));

        assertEquals(2, db.count("SELECT count(*) FROM notice n JOIN school sc ON sc.id = n.school_id "
                + "WHERE sc.code = $1", s.school()));
    }

    @Test
    void teacherPublishesOnlyTheSubjectsAndClassesTheyTeach() {
        Map<String, Object> literature = new HashMap<>(grade("g-van", s.an(), 8));
        literature.put("subject", "NGU_VAN");
        publish(s.mathsTeacher(), s.school(), "grades", List.of(grade("g-toan-6", s.an(), 8),
                grade("g-toan-7", s.cuong(), 8), literature)).then().statusCode(200)
                .body("records.outcome", equalTo(List.of("accepted", "rejected", "rejected")))
                .body("records[1].code", equalTo("NOT_PERMITTED"))
                .body("records[2].code", equalTo("NOT_PERMITTED"));
    }

    @Test
    void homeroomTeacherMarksAttendanceOfTheirClassOnly() {
        publish(s.homeroomTeacher(), s.school(), "attendance", List.of(absence("a-6", s.an()),
                absence("a-7", s.cuong()))).then().statusCode(200)
                .body("records.outcome", equalTo(List.of("accepted", "rejected")));
    }

    @Test
    void callersWhoMayNotPublishHereAreRefusedWhole() {
        publish(s.otherPortal(), s.school(), "attendance", absence("a", s.an())).then().statusCode(403)
                .contentType("application/problem+json").body("code", equalTo("FORBIDDEN"));
        publish(s.father().token(), s.school(), "attendance", absence("a", s.an())).then().statusCode(403);
        publish(s.nurse(), s.school(), "grades", grade("g", s.an(), 8)).then().statusCode(403);
        publish(s.father().token(), s.school(), "health", Map.of("sourceId", "h")).then().statusCode(403);
        assertEquals(0, db.count("SELECT count(*) FROM notice n JOIN school sc ON sc.id = n.school_id "
                + "WHERE sc.code = $1", s.school()));
    }

    private String text(String sourceId) {
        return text(s.school(), sourceId);
    }

    private String text(String school, String sourceId) {
        return pool.preparedQuery("SELECT n.text FROM notice n JOIN school sc ON sc.id = n.school_id "
                        + "WHERE sc.code = $1 AND n.source_id = $2")
                .execute(Tuple.of(school, sourceId))
                .await().indefinitely().iterator().next().getString(0);
    }

    private List<Long> guardiansOf(String sourceId) {
        return pool.preparedQuery("SELECT d.guardian_id FROM notice_delivery d JOIN notice n ON n.id = d.notice_id "
                        + "JOIN school sc ON sc.id = n.school_id WHERE sc.code = $1 AND n.source_id = $2 "
                        + "ORDER BY d.guardian_id")
                .execute(Tuple.of(s.school(), sourceId))
                .await().indefinitely().stream().map(row -> row.getLong(0)).toList();
    }

    private long deliveries() {
        return db.count("SELECT count(*) FROM notice_delivery d JOIN notice n ON n.id = d.notice_id "
                + "JOIN school sc ON sc.id = n.school_id WHERE sc.code = $1", s.school());
    }
}
