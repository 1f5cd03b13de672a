package vn.lienlac.chat.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import io.vertx.core.json.JsonObject;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.lienlac.chat.rest.ChatPeople.Member;
import vn.lienlac.platform.Sha256;

/** Uploading and downloading attachments over REST: members only, known types by their bytes, bounded size. */
@QuarkusTest
class AttachmentApiTest {

    static final byte[] PNG = bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R');
    static final byte[] JPEG = bytes(0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10, 'J', 'F', 'I', 'F', 0);
    static final byte[] PDF = "%PDF-1.7\n1 0 obj\n<<>>\nendobj\n".getBytes(StandardCharsets.US_ASCII);
    static final int TEN_MIB = 10 * 1024 * 1024;

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TestHTTPResource("/api/v1/")
    URI api;

    @Inject
    ChatPeople chat;

    private Member teacher;
    private Member guardian;
    private Member outsider;
    private long conversation;

    @BeforeEach
    void classGroup() {
        String school = chat.school();
        teacher = chat.staff(school, "TEACHER");
        long classId = chat.schoolClass(school, teacher);
        guardian = chat.guardian(school, classId);
        outsider = chat.guardian(school, null);
        conversation = chat.classGroup(school, classId, teacher, guardian);
    }

    @Test
    void aMemberUploadsAndAnotherMemberDownloadsTheSameBytes() {
        String id = upload(guardian, "image/png", "Ảnh bài tập.png", PNG).statusCode(201)
                .body("contentType", equalTo("image/png"))
                .body("size", equalTo(PNG.length))
                .body("fileName", equalTo("Ảnh bài tập.png"))
                .extract().path("id");

        byte[] downloaded = download(teacher, id).statusCode(200)
                .header("Content-Type", "image/png")
                .header("Content-Disposition", "attachment; filename=\"Anh bai tap.png\"; "
                        + "filename*=UTF-8''%E1%BA%A2nh%20b%C3%A0i%20t%E1%BA%ADp.png")
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "private, max-age=3600")
                .extract().asByteArray();

        assertArrayEquals(PNG, downloaded);
        var row = chat.row("SELECT uploader, sha256, conversation_id FROM chat_attachment WHERE id = $1",
                UUID.fromString(id));
        assertEquals(guardian.participant(), row.getString("uploader"));
        assertEquals(Sha256.hex(PNG), row.getString("sha256"));
        assertEquals(conversation, row.getLong("conversation_id"));
    }

    @Test
    void uploadAnswersWhereToFetchTheFile() {
        String location = upload(teacher, "application/pdf", "Thông báo họp phụ huynh.pdf", PDF).statusCode(201)
                .extract().header("Location");
        String id = location.substring(location.lastIndexOf('/') + 1);

        assertArrayEquals(PDF, download(guardian, id).statusCode(200).header("Content-Type", "application/pdf")
                .extract().asByteArray());
    }

    @Test
    void aFileWithoutANameIsDownloadedUnderAGenericOne() {
        String id = upload(teacher, "image/jpeg", null, JPEG).statusCode(201)
                .body("fileName", nullValue())
                .extract().path("id");

        download(guardian, id).statusCode(200)
                .header("Content-Disposition", "attachment; filename=\"tep-dinh-kem.jpg\"; "
                        + "filename*=UTF-8''tep-dinh-kem.jpg");
    }

    @Test
    void someoneWhoIsNotAMemberCannotUploadOrDownload() {
        upload(outsider, "image/png", "a.png", PNG).statusCode(404)
                .contentType("application/problem+json")
                .body("code", equalTo("NOT_FOUND"));
        String id = upload(guardian, "image/png", "a.png", PNG).statusCode(201).extract().path("id");

        download(outsider, id).statusCode(404)
                .contentType("application/problem+json")
                .body("code", equalTo("NOT_FOUND"));
    }

    @Test
    void aRemovedMemberCanNoLongerDownloadNorUpload() {
        String id = upload(teacher, "image/png", "a.png", PNG).statusCode(201).extract().path("id");
        download(guardian, id).statusCode(200);

        chat.remove(conversation, guardian);

        download(guardian, id).statusCode(404).contentType("application/problem+json");
        upload(guardian, "image/png", "b.png", PNG).statusCode(404);
    }

    @Test
    void unknownOrMalformedAttachmentIdsAreNotFound() {
        download(guardian, UUID.randomUUID().toString()).statusCode(404).body("code", equalTo("NOT_FOUND"));
        download(guardian, "..%2F..%2Fetc%2Fpasswd").statusCode(404);
        download(guardian, "not-a-uuid").statusCode(404).body("code", equalTo("NOT_FOUND"));
    }

    @Test
    void bytesThatAreNotTheDeclaredTypeAreRefusedWith415() {
        upload(guardian, "image/png", "a.png", JPEG).statusCode(415)
                .contentType("application/problem+json")
                .body("code", equalTo("UNSUPPORTED_MEDIA_TYPE"));
        upload(guardian, "application/pdf", "a.pdf", "<html><script>alert(1)</script>".getBytes(
                StandardCharsets.US_ASCII)).statusCode(415);
        assertEquals(0L, chat.row("SELECT count(*) FROM chat_attachment WHERE conversation_id = $1", conversation)
                .getLong(0));
    }

    @Test
    void typesOutsideTheAllowedOnesAreRefusedWith415() {
        upload(guardian, "image/gif", "a.gif", "GIF89a....".getBytes(StandardCharsets.US_ASCII)).statusCode(415)
                .body("code", equalTo("UNSUPPORTED_MEDIA_TYPE"));
        upload(guardian, "text/html", "a.html", "<html>".getBytes(StandardCharsets.US_ASCII)).statusCode(415);
    }

    @Test
    void aWebpImageIsRecognisedByItsRiffHeader() {
        byte[] webp = bytes('R', 'I', 'F', 'F', 0x24, 0, 0, 0, 'W', 'E', 'B', 'P', 'V', 'P', '8', ' ');
        byte[] wave = bytes('R', 'I', 'F', 'F', 0x24, 0, 0, 0, 'W', 'A', 'V', 'E', 'f', 'm', 't', ' ');

        upload(guardian, "image/webp", "a.webp", webp).statusCode(201);
        upload(guardian, "image/webp", "a.wav", wave).statusCode(415);
    }

    @Test
    void aFileOverTheLimitIsRefusedWith413() throws Exception {
        HttpResponse<String> response = bigUpload(guardian, Arrays.copyOf(PDF, TEN_MIB + 1));

        assertEquals(413, response.statusCode());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(response.body().contains("\"code\":\"PAYLOAD_TOO_LARGE\""), response.body());
    }

    @Test
    void aFileOfExactlyTheLimitIsAcceptedAndServedWhole() throws Exception {
        byte[] limit = Arrays.copyOf(PDF, TEN_MIB);

        HttpResponse<String> uploaded = bigUpload(guardian, limit);
        assertEquals(201, uploaded.statusCode(), uploaded.body());
        String id = new JsonObject(uploaded.body()).getString("id");

        HttpResponse<byte[]> downloaded = HTTP.send(HttpRequest.newBuilder(api.resolve("chat/attachments/" + id))
                .header("Authorization", "Bearer " + teacher.token()).build(), BodyHandlers.ofByteArray());
        assertEquals(200, downloaded.statusCode());
        assertArrayEquals(limit, downloaded.body());
    }

    /** Megabytes through java.net.http: RestAssured takes seconds per megabyte. */
    private HttpResponse<String> bigUpload(Member member, byte[] content) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(api.resolve("chat/conversations/" + conversation + "/attachments"))
                .header("Authorization", "Bearer " + member.token()).header("Content-Type", "application/pdf")
                .POST(BodyPublishers.ofByteArray(content)).build(), BodyHandlers.ofString());
    }

    @Test
    void anEmptyBodyIsABadRequest() {
        upload(guardian, "image/png", "a.png", new byte[0]).statusCode(400).body("code", equalTo("BAD_REQUEST"));
    }

    @Test
    void theFileNameLosesItsPathAndControlCharacters() {
        upload(guardian, "application/pdf", "../../etc/passwd.pdf", PDF).statusCode(201)
                .body("fileName", equalTo("passwd.pdf"));
        upload(guardian, "application/pdf", "..\\..\\Windows\\bao-cao\u202Efdp.exe", PDF).statusCode(201)
                .body("fileName", equalTo("bao-caofdp.exe"));
        upload(guardian, "application/pdf", "..", PDF).statusCode(201).body("fileName", nullValue());
    }

    @Test
    void theFileNameIsStoredComposedAndCutTo200Characters() {
        String decomposed = "Ba\u0300i ta\u0302\u0323p.pdf";
        upload(guardian, "application/pdf", decomposed, PDF).statusCode(201).body("fileName", equalTo("Bài tập.pdf"));

        String longName = "ả".repeat(250) + ".pdf";
        upload(guardian, "application/pdf", longName, PDF).statusCode(201).body("fileName", equalTo("ả".repeat(200)));
    }

    static ValidatableResponse upload(Member member, long conversationId, String contentType, String fileName,
            byte[] content) {
        RequestSpecification request = given().auth().oauth2(member.token()).contentType(contentType).body(content);
        if (fileName != null) {
            request.queryParam("fileName", fileName);
        }
        return request.post("/api/v1/chat/conversations/{id}/attachments", conversationId).then();
    }

    private ValidatableResponse upload(Member member, String contentType, String fileName, byte[] content) {
        return upload(member, conversation, contentType, fileName, content);
    }

    static ValidatableResponse download(Member member, String id) {
        return given().auth().oauth2(member.token()).urlEncodingEnabled(false)
                .get("/api/v1/chat/attachments/" + id).then();
    }

    static byte[] bytes(int... values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }
}
