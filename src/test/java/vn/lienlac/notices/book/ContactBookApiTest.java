package vn.lienlac.notices.book;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
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

/** The parent's contact book: one child at a time, only their own. */
@QuarkusTest
class ContactBookApiTest {

    @Inject
    NoticeScene scenes;

    private Scene s;

    @BeforeEach
    void scene() {
        s = scenes.create();
    }

    @Test
    void guardianReadsTheirChildsGradesBySubjectAndTerm() {
        Map<String, Object> literature = new HashMap<>(grade("van-1", s.an(), 7.5));
        literature.put("subject", "Ngữ văn");
        Map<String, Object> finalMaths = new HashMap<>(grade("toan-2", s.an(), 9));
        finalMaths.put("kind", "CUOI_KY");
        publish(s.portal(), s.school(), "grades", List.of(grade("toan-1", s.an(), 8.5), literature, finalMaths,
                grade("binh-1", s.binh(), 6))).then().statusCode(200).body("counts.accepted", equalTo(4));

        get(s.mother().token(), "/students/{code}/grades?schoolYear=2025-2026", s.an()).then().statusCode(200)
                .body("subjects.subject", contains("NGU_VAN", "TOAN"))
                .body("subjects[0].name", equalTo("Ngữ văn"))
                .body("subjects[0].grades[0].score", equalTo("7.5"))
                .body("subjects[1].grades.kind", contains("CUOI_KY", "GIUA_KY"))
                .body("subjects[1].grades.score", contains("9.0", "8.5"));
    }

    @Test
    void aCorrectedGradeIsMarkedAsCorrected() {
        publish(s.portal(), s.school(), "grades", List.of(grade("toan-1", s.an(), 8.5), grade("toan-2", s.binh(), 7)))
                .then().statusCode(200);
        publish(s.portal(), s.school(), "grades", grade("toan-1", s.an(), 9)).then().statusCode(200)
                .body("records[0].outcome", equalTo("updated"));

        get(s.mother().token(), "/students/{code}/grades?schoolYear=2025-2026", s.an()).then().statusCode(200)
                .body("subjects[0].grades[0].score", equalTo("9.0"))
                .body("subjects[0].grades[0].corrected", equalTo(true));
        get(s.binhsMother().token(), "/students/{code}/grades?schoolYear=2025-2026", s.binh()).then().statusCode(200)
                .body("subjects[0].grades[0].corrected", equalTo(false));
    }

    @Test
    void attendanceSummaryCountsEachKindInTheRangeAndLeavesOutWithdrawnRecords() {
        Map<String, Object> late = new HashMap<>(absence("a-2", s.an()));
        late.put("status", "DI_MUON");
        late.put("date", "2025-09-16");
        Map<String, Object> outside = new HashMap<>(absence("a-3", s.an()));
        outside.put("date", "2025-10-20");
        publish(s.portal(), s.school(), "attendance", List.of(absence("a-1", s.an()), late, outside,
                absence("a-4", s.an()).entrySet().stream().collect(java.util.stream.Collectors.toMap(
                        Map.Entry::getKey, e -> e.getKey().equals("date") ? "2025-09-17" : e.getValue()))))
                .then().statusCode(200);
        publish(s.portal(), s.school(), "attendance", Map.of("sourceId", "a-4", "deleted", true))
                .then().statusCode(200).body("records[0].outcome", equalTo("deleted"));

        get(s.father().token(), "/students/{code}/attendance?from=2025-09-01&to=2025-09-30", s.an())
                .then().statusCode(200)
                .body("counts.KHONG_PHEP", equalTo(1)).body("counts.DI_MUON", equalTo(1))
                .body("counts.CO_PHEP", equalTo(0))
                .body("records.date", contains("2025-09-15", "2025-09-16"));
    }

    @Test
    void healthHistoryAndTheActivityFeedOfTheChildsClassAndSchool() {
        publish(s.nurse(), s.school(), "health", Map.of("sourceId", "yt-1", "studentCode", s.an(), "type", "SU_CO",
                "date", "2025-10-12", "description", "Trầy xước đầu gối, đã sát trùng.")).then().statusCode(200);
        publish(s.portal(), s.school(), "activities", List.of(
                Map.of("sourceId", "c6", "className", "6A1", "type", "KE_HOACH_TUAN", "date", "2025-09-15",
                        "title", "Kế hoạch tuần 2 lớp 6A1"),
                Map.of("sourceId", "c7", "className", "7A1", "type", "KE_HOACH_TUAN", "date", "2025-09-15",
                        "title", "Kế hoạch tuần 2 lớp 7A1"),
                Map.of("sourceId", "sch", "type", "SU_KIEN", "date", "2025-09-20", "title", "Hội thao"))).then()
                .statusCode(200).body("counts.accepted", equalTo(3));

        get(s.mother().token(), "/students/{code}/health", s.an()).then().statusCode(200)
                .body("$", hasSize(1))
                .body("[0].text", equalTo("Con Nguyễn Văn An (lớp 6A1) đến phòng y tế của trường ngày 12/10/2025: "
                        + "Trầy xước đầu gối, đã sát trùng."));
        get(s.mother().token(), "/students/{code}/activities?from=2025-09-01&to=2025-09-30", s.an())
                .then().statusCode(200)
                .body("record.title", contains("Hội thao", "Kế hoạch tuần 2 lớp 6A1"));
    }

    @Test
    void guardianCannotReadAnotherFamilysChildAndGetsTheAnswerOfAnUnknownCode() {
        publish(s.portal(), s.school(), "grades", grade("binh-1", s.binh(), 6)).then().statusCode(200);

        for (String path : List.of("/grades", "/attendance", "/health", "/activities")) {
            get(s.father().token(), "/students/{code}" + path, s.binh()).then().statusCode(404)
                    .contentType("application/problem+json").body("code", equalTo("NOT_FOUND"));
            get(s.father().token(), "/students/{code}" + path, "HS-KHONG-CO").then().statusCode(404)
                    .body("code", equalTo("NOT_FOUND"));
        }
        get(s.binhsMother().token(), "/students/{code}/grades?schoolYear=2025-2026", s.binh()).then()
                .statusCode(200).body("subjects", hasSize(1));
    }
}
