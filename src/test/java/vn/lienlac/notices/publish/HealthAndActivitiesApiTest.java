package vn.lienlac.notices.publish;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.lienlac.notices.NoticesApi.publish;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.lienlac.notices.NoticeScene;
import vn.lienlac.notices.NoticeScene.Scene;

/** The school nurse's records and the school's posts to a class or to every family. */
@QuarkusTest
class HealthAndActivitiesApiTest {

    @Inject
    NoticeScene scenes;

    @Inject
    Pool pool;

    private Scene s;

    @BeforeEach
    void scene() {
        s = scenes.create();
    }

    @Test
    void checkUpReportsMeasurementsBmiAndItsClassification() {
        Map<String, Object> checkUp = new HashMap<>(Map.of("sourceId", "kham-1", "studentCode", s.an(),
                "type", "KHAM_DINH_KY", "date", "2025-10-10", "heightCm", 145, "weightKg", 38.5,
                "bmiClass", "BINH_THUONG", "vision", "10/10 cả hai mắt", "dental", "sâu 1 răng hàm"));
        publish(s.nurse(), s.school(), "health", checkUp).then().statusCode(200)
                .body("records[0].outcome", equalTo("accepted"));

        assertEquals("Kết quả khám sức khỏe định kỳ ngày 10/10/2025 của con Nguyễn Văn An (lớp 6A1): chiều cao "
                + "145 cm, cân nặng 38,5 kg, chỉ số BMI 18,3 (bình thường); thị lực: 10/10 cả hai mắt; răng miệng: "
                + "sâu 1 răng hàm.", notice("kham-1").getString("text"));
        assertEquals(2, deliveries("kham-1"));
    }

    @Test
    void visitToTheNursesRoomAndAReminderAheadOfTime() {
        String ahead = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusDays(10).toString();
        publish(s.nurse(), s.school(), "health", List.of(
                Map.of("sourceId", "yt-1", "studentCode", s.binh(), "type", "SU_CO", "date", "2025-10-12",
                        "description", "Bị sốt nhẹ 37,8°C, đã cho nghỉ ngơi và báo phụ huynh đón."),
                Map.of("sourceId", "nhac-1", "studentCode", s.an(), "type", "NHAC_LICH", "date", ahead,
                        "title", "Tiêm vắc-xin sởi – rubella"))).then().statusCode(200)
                .body("counts.accepted", equalTo(2));

        assertEquals("Con Trần Thị Bình (lớp 6A1) đến phòng y tế của trường ngày 12/10/2025: Bị sốt nhẹ 37,8°C, "
                + "đã cho nghỉ ngơi và báo phụ huynh đón.", notice("yt-1").getString("text"));
        assertEquals("Nhắc lịch: Tiêm vắc-xin sởi – rubella cho con Nguyễn Văn An (lớp 6A1) vào ngày "
                + LocalDate.parse(ahead).format(DateTimeFormatter.ofPattern("dd/MM/yyyy")) + ".",
                notice("nhac-1").getString("text"));
    }

    @Test
    void classMenuGoesToEveryFamilyOfTheClassOnce() {
        publish(s.portal(), s.school(), "activities", Map.of("sourceId", "td-1", "className", "6A1",
                "type", "THUC_DON", "date", "2025-09-16", "title", "Thực đơn bán trú thứ Ba",
                "body", "Sáng: phở bò\r\nTrưa: cơm, cá kho, canh rau ngót\n")).then().statusCode(200)
                .body("records[0].outcome", equalTo("accepted"));

        assertEquals("Lớp 6A1 – Thực đơn ngày 16/09/2025: Thực đơn bán trú thứ Ba\nSáng: phở bò\n"
                + "Trưa: cơm, cá kho, canh rau ngót", notice("td-1").getString("text"));
        assertEquals(3, deliveries("td-1"), "An's two parents and Bình's mother");
    }

    @Test
    void schoolEventReachesAllFamiliesAndNamesStudentsNobodyCanBeToldAbout() {
        publish(s.principal(), s.school(), "activities", Map.of("sourceId", "sk-1", "type", "SU_KIEN",
                "date", "2025-11-20", "title", "Lễ kỷ niệm Ngày Nhà giáo Việt Nam")).then().statusCode(200);

        Row row = notice("sk-1");
        assertEquals(3, deliveries("sk-1"));
        assertEquals(List.of(s.cuong()), row.getJsonArray("unreachable").getList());
        assertEquals("Trường thử nghiệm " + s.school() + " – Sự kiện ngày 20/11/2025: Lễ kỷ niệm Ngày Nhà giáo "
                + "Việt Nam", row.getString("text"));
    }

    @Test
    void homeroomTeacherPostsToTheirClassButNotToOthersOrTheWholeSchool() {
        Map<String, Object> post = Map.of("sourceId", "p", "type", "KE_HOACH_TUAN", "date", "2025-09-15",
                "title", "Kế hoạch tuần 2");
        Map<String, Object> toOwn = new HashMap<>(post);
        toOwn.put("className", "6A1");
        Map<String, Object> toOther = new HashMap<>(post);
        toOther.put("className", "7A1");
        toOther.put("sourceId", "p7");
        Map<String, Object> toSchool = new HashMap<>(post);
        toSchool.put("sourceId", "ps");
        Map<String, Object> toUnknown = new HashMap<>(post);
        toUnknown.put("className", "9Z9");
        toUnknown.put("sourceId", "p9");

        publish(s.homeroomTeacher(), s.school(), "activities", List.of(toOwn, toOther, toSchool, toUnknown))
                .then().statusCode(200)
                .body("records.outcome", equalTo(List.of("accepted", "rejected", "rejected", "rejected")))
                .body("records.code", equalTo(java.util.Arrays.asList(null, "NOT_PERMITTED", "NOT_PERMITTED",
                        "UNKNOWN_CLASS")));
    }

    private Row notice(String sourceId) {
        return pool.preparedQuery("SELECT n.text, n.unreachable FROM notice n JOIN school sc ON sc.id = n.school_id "
                        + "WHERE sc.code = $1 AND n.source_id = $2")
                .execute(Tuple.of(s.school(), sourceId)).await().indefinitely().iterator().next();
    }

    private long deliveries(String sourceId) {
        return pool.preparedQuery("SELECT count(*) FROM notice_delivery d JOIN notice n ON n.id = d.notice_id "
                        + "JOIN school sc ON sc.id = n.school_id WHERE sc.code = $1 AND n.source_id = $2")
                .execute(Tuple.of(s.school(), sourceId)).await().indefinitely().iterator().next().getLong(0);
    }
}
