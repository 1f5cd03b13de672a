package vn.lienlac.notices.publish;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.lienlac.notices.NoticesApi.get;
import static vn.lienlac.notices.NoticesApi.publish;

import io.restassured.response.Response;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.lienlac.notices.NoticeScene;
import vn.lienlac.notices.NoticeScene.Guardian;
import vn.lienlac.notices.NoticeScene.Scene;

/** Photos of activity posts: uploaded by who may post, named in records, served to the families reached. */
@QuarkusTest
class ActivityPhotosApiTest {

    /** The first bytes of a JPEG (JFIF) file, and a little more: enough for the type check. */
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I',
        'F', 0, 1, 1, 0, 0, 1, 0, 1, 0, 0, (byte) 0xFF, (byte) 0xD9};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H',
        'D', 'R'};

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
    void classPostCarriesAPhotoThatTheClasssFamiliesDownloadAndNobodyElse() {
        String photo = upload(s.homeroomTeacher(), s.school(), "image/jpeg", JPEG, "Bữa trưa.jpg").then()
                .statusCode(201)
                .body("contentType", equalTo("image/jpeg"))
                .body("size", equalTo(JPEG.length))
                .body("fileName", equalTo("Bữa trưa.jpg"))
                .extract().jsonPath().getString("id");
        Guardian cuongsFather = scenes.addGuardian(s.cuong(), "Lê Văn Dũng", "FATHER");

        publish(s.homeroomTeacher(), s.school(), "activities", menu("td-1", List.of(photo))).then().statusCode(200)
                .body("records[0].outcome", equalTo("accepted"));

        JsonObject data = inboxData(s.mother().id(), "td-1");
        assertEquals(List.of(Map.of("id", photo, "contentType", "image/jpeg")),
                data.getJsonObject("record").getJsonArray("photos").getList());
        get(s.father().token(), "/students/{code}/activities?from=2025-09-01&to=2025-09-30", s.an()).then()
                .statusCode(200)
                .body("record.photos[0].id", contains(photo))
                .body("record.photos[0].contentType", contains("image/jpeg"));

        for (String token : List.of(s.mother().token(), s.binhsMother().token(), s.principal(), s.portal(),
                s.mathsTeacher())) {
            byte[] content = download(token, photo).then().statusCode(200)
                    .header("Content-Type", "image/jpeg")
                    .header("Cache-Control", "private, max-age=3600")
                    .header("Content-Disposition", org.hamcrest.Matchers.containsString("attachment"))
                    .extract().asByteArray();
            assertArrayEquals(JPEG, content);
        }
        download(cuongsFather.token(), photo).then().statusCode(404).contentType("application/problem+json");
        download(s.otherPortal(), photo).then().statusCode(404);
        download(s.mother().token(), UUID.randomUUID().toString()).then().statusCode(404);
        download(s.mother().token(), "khong-phai-uuid").then().statusCode(404);
    }

    @Test
    void wholeSchoolPostReachesEveryFamilyOfTheSchoolAndWithdrawingItHidesThePhoto() {
        String photo = upload(s.portal(), s.school(), "image/png", PNG, null).then().statusCode(201)
                .extract().jsonPath().getString("id");
        Guardian cuongsFather = scenes.addGuardian(s.cuong(), "Lê Văn Dũng", "FATHER");
        download(cuongsFather.token(), photo).then().statusCode(404);

        Map<String, Object> event = Map.of("sourceId", "sk-1", "type", "SU_KIEN", "date", "2025-11-20",
                "title", "Hội diễn văn nghệ 20/11", "photos", List.of(photo));
        publish(s.principal(), s.school(), "activities", event).then().statusCode(200)
                .body("records[0].outcome", equalTo("accepted"));
        download(cuongsFather.token(), photo).then().statusCode(200).header("Content-Type", "image/png")
                .header("Content-Disposition", org.hamcrest.Matchers.containsString("anh.png"));

        publish(s.principal(), s.school(), "activities", Map.of("sourceId", "sk-1", "deleted", true))
                .then().statusCode(200).body("records[0].outcome", equalTo("deleted"));
        download(cuongsFather.token(), photo).then().statusCode(404);
        download(s.principal(), photo).then().statusCode(200);
    }

    @Test
    void unknownOrOtherSchoolsPhotoRejectsOnlyItsRecord() {
        String mine = upload(s.portal(), s.school(), "image/jpeg", JPEG, null).then().statusCode(201)
                .extract().jsonPath().getString("id");
        String theirs = upload(s.otherPortal(), s.otherSchool(), "image/jpeg", JPEG, null).then().statusCode(201)
                .extract().jsonPath().getString("id");
        String unknown = UUID.randomUUID().toString();

        publish(s.portal(), s.school(), "activities", List.of(menu("td-1", List.of(mine, unknown)),
                        menu("td-2", List.of(mine)), menu("td-3", List.of(theirs)), menu("td-4", List.of("ảnh-1"))))
                .then().statusCode(200)
                .body("records.outcome", contains("rejected", "accepted", "rejected", "rejected"))
                .body("records.code", contains("UNKNOWN_PHOTO", null, "UNKNOWN_PHOTO", "INVALID_VALUE"))
                .body("records[0].message", equalTo("Không có ảnh " + unknown + " đã tải lên cho trường."))
                .body("counts.accepted", equalTo(1));
        assertEquals(3, pool.preparedQuery("SELECT count(*) FROM notice_delivery d JOIN notice n ON n.id = "
                        + "d.notice_id JOIN school sc ON sc.id = n.school_id WHERE sc.code = $1 AND n.source_id = 'td-2'")
                .execute(Tuple.of(s.school())).await().indefinitely().iterator().next().getLong(0));
        // The other school's photo stays theirs: this school's families never reach it.
        download(s.mother().token(), theirs).then().statusCode(404);
    }

    @Test
    void reSendingAPostWithTheSamePhotosChangesNothing() {
        String photo = upload(s.portal(), s.school(), "image/jpeg", JPEG, null).then().statusCode(201)
                .extract().jsonPath().getString("id");
        publish(s.portal(), s.school(), "activities", menu("td-1", List.of(photo))).then().statusCode(200)
                .body("records[0].outcome", equalTo("accepted"));
        publish(s.portal(), s.school(), "activities", menu("td-1", List.of(photo))).then().statusCode(200)
                .body("records[0].outcome", equalTo("unchanged"));
    }

    @Test
    void onlyPhotosOfAcceptedTypesFromWhoMayPost() {
        upload(s.portal(), s.school(), "image/jpeg", "<html>".getBytes(StandardCharsets.US_ASCII), null).then()
                .statusCode(415).contentType("application/problem+json");
        upload(s.portal(), s.school(), "image/gif", "GIF89a".getBytes(StandardCharsets.US_ASCII), null).then()
                .statusCode(415);
        upload(s.portal(), s.school(), "application/pdf", "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII),
                null).then().statusCode(415);
        upload(s.portal(), s.school(), "image/jpeg", new byte[0], null).then().statusCode(400);
        upload(s.nurse(), s.school(), "image/jpeg", JPEG, null).then().statusCode(403);
        upload(s.otherPortal(), s.school(), "image/jpeg", JPEG, null).then().statusCode(403);
        upload(s.mother().token(), s.school(), "image/jpeg", JPEG, null).then().statusCode(403);
    }

    private static Map<String, Object> menu(String sourceId, List<String> photos) {
        Map<String, Object> record = new HashMap<>(Map.of("sourceId", sourceId, "className", "6A1",
                "type", "THUC_DON", "date", "2025-09-16", "title", "Thực đơn bán trú thứ Ba"));
        record.put("photos", photos);
        return record;
    }

    private static Response upload(String token, String school, String contentType, byte[] content,
            String fileName) {
        var request = given().auth().oauth2(token).contentType(contentType).body(content);
        if (fileName != null) {
            request = request.queryParam("fileName", fileName);
        }
        return request.post("/api/v1/notices/schools/{school}/photos", school);
    }

    private static Response download(String token, String id) {
        return given().auth().oauth2(token).get("/api/v1/notices/photos/{id}", id);
    }

    /** The data of the inbox item a guardian got for a notice. */
    private JsonObject inboxData(long guardianId, String sourceId) {
        Row row = pool.preparedQuery("""
                        SELECT e.data FROM notice_delivery d
                        JOIN notice n ON n.id = d.notice_id
                        JOIN school sc ON sc.id = n.school_id
                        JOIN chat_event e ON e.conversation_id = d.conversation_id AND e.seq = d.seq
                        WHERE sc.code = $1 AND n.source_id = $2 AND d.guardian_id = $3""")
                .execute(Tuple.of(s.school(), sourceId, guardianId)).await().indefinitely().iterator().next();
        return row.getJsonObject("data");
    }
}
