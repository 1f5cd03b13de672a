package vn.lienlac.web.inbox;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static vn.lienlac.directory.rest.PeopleFixtures.phone;

import io.restassured.http.ContentType;
import jakarta.enterprise.context.ApplicationScoped;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import vn.lienlac.directory.TestSchools;
import vn.lienlac.directory.model.SchoolYears;
import vn.lienlac.directory.rest.PeopleFixtures;
import vn.lienlac.identity.apikey.SchoolApiKeys;

/**
 * A family with two children in two schools, and another family in the first child's class; new for each call
 * (tests share one database). The schools' portals publish through the notices API, as a school's software does.
 *
 * <pre>
 * school A (THCS): 6A1 — An "Nguyễn Minh An" (the parent's), Bảo "Trần Gia Bảo" (the other family's)
 * school B (THCS): 7A2 — Châu "Nguyễn Minh Châu" (the parent's)
 * the parent "Lê Thu Hà" (mother of both); Bảo's father "Trần Văn Bình"
 * </pre>
 */
@ApplicationScoped
public class FamilyScene {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final TestSchools schools;
    private final PeopleFixtures people;
    private final SchoolApiKeys keys;
    private final Clock clock;

    public FamilyScene(TestSchools schools, PeopleFixtures people, SchoolApiKeys keys, Clock clock) {
        this.schools = schools;
        this.people = people;
        this.keys = keys;
        this.clock = clock;
    }

    /** The world of one test; phones are E.164. */
    public record Family(String schoolA, String schoolB, String an, String chau, String bao, String parentPhone,
            String otherPhone, String portalA, String portalB, String schoolYear, LocalDate today) {

        /** The text the server sends for An's mid-term maths grade of 8.5. */
        public String gradeText() {
            return "Con Nguyễn Minh An (lớp 6A1) có điểm đánh giá giữa kỳ môn Toán học kỳ I năm học " + schoolYear
                    + ": 8,5.";
        }

        /** The text the server sends for Châu's absence without permission this morning, with the teacher's note. */
        public String absenceText() {
            return "Con Nguyễn Minh Châu (lớp 7A2) vắng mặt buổi sáng ngày " + today.format(DMY)
                    + ", không có phép. Ghi chú: Gia đình chưa báo.";
        }
    }

    public Family create() {
        String year = SchoolYears.current(clock);
        String schoolA = schools.newSchool();
        String schoolB = schools.newSchool();
        long class6 = people.schoolClass(schoolA, year, "6A1", null);
        long class7 = people.schoolClass(schoolB, year, "7A2", null);
        String an = people.enrolledStudent(schoolA, class6, "Nguyễn Minh An");
        String bao = people.enrolledStudent(schoolA, class6, "Trần Gia Bảo");
        String chau = people.enrolledStudent(schoolB, class7, "Nguyễn Minh Châu");
        String parentPhone = phone();
        long parent = people.guardian(parentPhone, "Lê Thu Hà");
        people.link(id(an), parent, "MOTHER", true);
        people.link(id(chau), parent, "MOTHER", true);
        String otherPhone = phone();
        long other = people.guardian(otherPhone, "Trần Văn Bình");
        people.link(id(bao), other, "FATHER", true);
        return new Family(schoolA, schoolB, an, chau, bao, parentPhone, otherPhone, portal(schoolA), portal(schoolB),
                year, LocalDate.now(clock.withZone(VIETNAM)));
    }

    /**
     * What the schools publish: An's maths grade (and a literature grade, corrected once), a check-up and a class
     * activity with two photos; Châu's absence this morning; and Bảo's own grade, which An's mother must never see.
     */
    public void publishNotices(Family f) {
        publish(f.portalA(), f.schoolA(), "grades", List.of(
                grade("toan-an", f.an(), f.schoolYear(), "Toán", 8.5),
                grade("van-an", f.an(), f.schoolYear(), "Ngữ văn", 6.5),
                grade("toan-bao", f.bao(), f.schoolYear(), "Toán", 9.5)));
        publish(f.portalA(), f.schoolA(), "grades", List.of(grade("van-an", f.an(), f.schoolYear(), "Ngữ văn", 7)));
        publish(f.portalA(), f.schoolA(), "health", List.of(Map.of("sourceId", "kham-an", "studentCode", f.an(),
                "type", "KHAM_DINH_KY", "date", f.today().toString(), "heightCm", 145, "weightKg", 38.5,
                "bmiClass", "BINH_THUONG", "vision", "10/10 cả hai mắt")));
        String photo1 = photo(f.portalA(), f.schoolA(), new Color(0x2e7d32));
        String photo2 = photo(f.portalA(), f.schoolA(), new Color(0x1565c0));
        publish(f.portalA(), f.schoolA(), "activities", List.of(Map.of("sourceId", "td-6a1", "className", "6A1",
                "type", "THUC_DON", "date", f.today().toString(), "title", "Thực đơn bán trú",
                "body", "Sáng: phở bò\nTrưa: cơm, cá kho, canh rau ngót", "photos", List.of(photo1, photo2))));
        publish(f.portalB(), f.schoolB(), "attendance", List.of(Map.of("sourceId", "vang-chau", "studentCode",
                f.chau(), "date", f.today().toString(), "session", "SANG", "status", "KHONG_PHEP",
                "note", "Gia đình chưa báo")));
    }

    private static Map<String, Object> grade(String sourceId, String student, String year, String subject,
            double score) {
        return Map.of("sourceId", sourceId, "studentCode", student, "subject", subject, "schoolYear", year,
                "term", "HK1", "kind", "GIUA_KY", "score", score);
    }

    private static void publish(String key, String school, String kind, List<Map<String, Object>> records) {
        given().auth().oauth2(key).contentType(ContentType.JSON).body(Map.of("records", records))
                .post("/api/v1/notices/schools/{school}/{kind}", school, kind)
                .then().statusCode(200).body("counts.rejected", equalTo(0));
    }

    /** A small JPEG of one colour with a lighter band, uploaded for the school; its id. */
    private static String photo(String key, String school, Color colour) {
        BufferedImage image = new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(colour);
        g.fillRect(0, 0, 640, 480);
        g.setColor(colour.brighter().brighter());
        g.fillRect(0, 300, 640, 80);
        g.dispose();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "jpg", bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return given().auth().oauth2(key).contentType("image/jpeg").body(bytes.toByteArray())
                .post("/api/v1/notices/schools/{school}/photos?fileName=bua-trua.jpg", school)
                .then().statusCode(201).extract().path("id");
    }

    private long id(String studentCode) {
        return schools.count("SELECT id FROM student WHERE student_code = $1", studentCode);
    }

    private String portal(String school) {
        return keys.create(school, "Phần mềm quản lý trường", "admin").await().atMost(TIMEOUT).key();
    }
}
