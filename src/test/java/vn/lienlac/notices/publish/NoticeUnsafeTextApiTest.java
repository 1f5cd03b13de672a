package vn.lienlac.notices.publish;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.lienlac.notices.NoticesApi.publish;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.lienlac.notices.NoticeScene;
import vn.lienlac.notices.NoticeScene.Scene;

/** Bidi controls, invisible characters and lone surrogates in what a school publishes (docs/notices.md). */
@QuarkusTest
class NoticeUnsafeTextApiTest {

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
    void aLoneSurrogateInAnActivityTitleRejectsTheRecordAndNothingIsStored() {
        String body = """
                {"records": [{"sourceId": "half", "className": "6A1", "type": "SU_KIEN", "date": "2025-09-16",
                  "title": "Họp phụ huynh \\ud800 tuần 2"}]}""";

        given().auth().oauth2(s.portal()).contentType(ContentType.JSON).body(body.getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/notices/schools/{school}/{kind}", s.school(), "activities")
                .then().statusCode(200)
                .body("records[0].outcome", equalTo("rejected"))
                .body("records[0].code", equalTo("INVALID_VALUE"));
        assertEquals(0, notices("half"));
    }

    @Test
    void aBidiControlInAnActivityBodyRejectsTheRecord() {
        publish(s.portal(), s.school(), "activities", List.of(Map.of("sourceId", "rlo", "className", "6A1",
                "type", "SU_KIEN", "date", "2025-09-16", "title", "Họp phụ huynh",
                "body", "Tải tài liệu: \u202Efdp.exe"))).then().statusCode(200)
                .body("records[0].outcome", equalTo("rejected"))
                .body("records[0].code", equalTo("INVALID_VALUE"));
        assertEquals(0, notices("rlo"));
    }

    @Test
    void zeroWidthCharactersAreRemovedFromWhatFamiliesRead() {
        publish(s.portal(), s.school(), "activities", List.of(Map.of("sourceId", "zw", "className", "6A1",
                "type", "THUC_DON", "date", "2025-09-16", "title", "Thực\u200B đơn\u2060 thứ Ba",
                "body", "Trưa:\uFEFF cơm\u00AD, cá kho"))).then().statusCode(200)
                .body("records[0].outcome", equalTo("accepted"));

        assertEquals("Lớp 6A1 – Thực đơn ngày 16/09/2025: Thực đơn thứ Ba\nTrưa: cơm, cá kho", text("zw"));
    }

    private long notices(String sourceId) {
        return pool.preparedQuery("SELECT count(*) FROM notice n JOIN school sc ON sc.id = n.school_id"
                        + " WHERE sc.code = $1 AND n.source_id = $2")
                .execute(Tuple.of(s.school(), sourceId)).await().indefinitely().iterator().next().getLong(0);
    }

    private String text(String sourceId) {
        Row row = pool.preparedQuery("SELECT n.text FROM notice n JOIN school sc ON sc.id = n.school_id"
                        + " WHERE sc.code = $1 AND n.source_id = $2")
                .execute(Tuple.of(s.school(), sourceId)).await().indefinitely().iterator().next();
        return row.getString("text");
    }
}
