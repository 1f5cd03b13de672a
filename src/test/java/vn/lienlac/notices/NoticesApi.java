package vn.lienlac.notices;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;

/** The notices REST API as tests call it. */
public final class NoticesApi {

    private NoticesApi() {
    }

    /** POSTs {"records": [...]} to /api/v1/notices/schools/{school}/{kind}. */
    public static Response publish(String token, String school, String kind, List<Map<String, Object>> records) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("records", records))
                .post("/api/v1/notices/schools/{school}/{kind}", school, kind);
    }

    public static Response publish(String token, String school, String kind, Map<String, Object> record) {
        return publish(token, school, kind, List.of(record));
    }

    public static Response get(String token, String path, Object... params) {
        return given().auth().oauth2(token).get("/api/v1/notices" + path, params);
    }

    /** An attendance record: absent without permission on the morning of 15/09/2025. */
    public static Map<String, Object> absence(String sourceId, String studentCode) {
        return Map.of("sourceId", sourceId, "studentCode", studentCode, "date", "2025-09-15", "session", "SANG",
                "status", "KHONG_PHEP");
    }

    /** A mid-term maths grade of the first term of 2025-2026. */
    public static Map<String, Object> grade(String sourceId, String studentCode, Object score) {
        return Map.of("sourceId", sourceId, "studentCode", studentCode, "subject", "Toán", "schoolYear", "2025-2026",
                "term", "HK1", "kind", "GIUA_KY", "score", score);
    }
}
