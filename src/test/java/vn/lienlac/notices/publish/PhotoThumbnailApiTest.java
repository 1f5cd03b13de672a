package vn.lienlac.notices.publish;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.lienlac.notices.NoticesApi.publish;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.lienlac.platform.storage.StorageConfig;
import vn.lienlac.platform.storage.TestImages;
import vn.lienlac.notices.NoticeScene;
import vn.lienlac.notices.NoticeScene.Guardian;
import vn.lienlac.notices.NoticeScene.Scene;

/**
 * Issue 16: photos of activity posts resized on the server for the list view ({@code ?size=thumb}), under the same
 * access rules and headers as the photo, made once and served from the storage afterwards.
 */
@QuarkusTest
class PhotoThumbnailApiTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TestHTTPResource("/api/v1/notices/photos/")
    URI photos;

    @Inject
    NoticeScene scenes;

    @Inject
    StorageConfig config;

    private Scene s;

    @BeforeEach
    void scene() {
        s = scenes.create();
    }

    @Test
    void aLargeJpegOrPngIsSentAsAJpeg480WideWithThePhotosHeaders() {
        for (String format : List.of("jpg", "png")) {
            byte[] original = TestImages.photo(format, 2000, 1500);
            String type = format.equals("png") ? "image/png" : "image/jpeg";
            String photo = post(original, type, "Bữa trưa." + format);

            Response originalResponse = download(s.mother().token(), photo, null);
            Response thumbResponse = thumb(s.mother().token(), photo);
            byte[] thumb = thumbResponse.then().statusCode(200)
                    .header("Content-Type", "image/jpeg")
                    .header("Content-Disposition", "attachment; filename=\"Bua trua.jpg\"; "
                            + "filename*=UTF-8''B%E1%BB%AFa%20tr%C6%B0a.jpg")
                    .header("X-Content-Type-Options", "nosniff")
                    .header("Cache-Control", "private, max-age=3600")
                    .extract().asByteArray();
            assertEquals("default-src 'none'; frame-ancestors 'none'; sandbox",
                    originalResponse.header("Content-Security-Policy"), "the download's own policy reaches the client");
            assertEquals(originalResponse.header("Content-Security-Policy"),
                    thumbResponse.header("Content-Security-Policy"));

            BufferedImage image = TestImages.read(thumb);
            assertEquals(480, image.getWidth(), format);
            assertEquals(360, image.getHeight(), format);
            assertTrue(thumb.length < original.length, format + ": " + thumb.length + " < " + original.length);
            // Without size: the original, as before.
            assertArrayEquals(original, download(s.mother().token(), photo, null).then().statusCode(200)
                    .header("Content-Type", type).extract().asByteArray());
        }
    }

    @Test
    void whatCannotBeResizedIsSentAsItIs() {
        byte[] bomb = TestImages.bomb(8000, 6000);
        for (Object[] kind : List.of(new Object[] {TestImages.WEBP, "image/webp"},
                new Object[] {TestImages.corruptJpeg(), "image/jpeg"},
                new Object[] {TestImages.photo("jpg", 400, 300), "image/jpeg"},
                new Object[] {bomb, "image/png"})) {
            byte[] original = (byte[]) kind[0];
            String photo = post(original, (String) kind[1], null);
            assertArrayEquals(original, thumb(s.mother().token(), photo).then().statusCode(200)
                    .header("Content-Type", (String) kind[1])
                    .header("X-Content-Type-Options", "nosniff")
                    .extract().asByteArray(), (String) kind[1]);
            assertTrue(Files.notExists(cached(photo)), "nothing cached for " + kind[1]);
        }
    }

    @Test
    void theAccessRulesOfThePhotoHold() {
        String photo = post(TestImages.photo("jpg", 2000, 1500), "image/jpeg", null);
        Guardian stranger = scenes.addGuardian(s.cuong(), "Lê Văn Dũng", "FATHER");

        thumb(stranger.token(), photo).then().statusCode(404).contentType("application/problem+json");
        thumb(s.otherPortal(), photo).then().statusCode(404);
        given().queryParam("size", "thumb").get("/api/v1/notices/photos/{id}", photo).then().statusCode(401);
        for (String token : List.of(s.father().token(), s.principal(), s.portal(), s.mathsTeacher())) {
            thumb(token, photo).then().statusCode(200).header("Content-Type", "image/jpeg");
        }
        download(s.mother().token(), photo, "large").then().statusCode(400)
                .contentType("application/problem+json")
                .body("code", equalTo("BAD_REQUEST"));
        thumb(s.mother().token(), "khong-phai-uuid").then().statusCode(404);
    }

    @Test
    void theThumbnailIsMadeOnceAndThenServedFromTheStorage() throws IOException {
        String photo = post(TestImages.photo("png", 2000, 1500), "image/png", null);
        byte[] first = thumb(s.mother().token(), photo).then().statusCode(200).extract().asByteArray();
        Path cached = cached(photo);
        assertArrayEquals(first, Files.readAllBytes(cached), "cached beside the original");

        // Replace the cached file with another JPEG: the next request answers it, so nothing is made again.
        byte[] marker = TestImages.photo("jpg", 48, 36);
        Files.write(cached, marker);
        assertArrayEquals(marker, thumb(s.father().token(), photo).then().statusCode(200)
                .header("Content-Type", "image/jpeg").extract().asByteArray());
    }

    @Test
    void concurrentFirstRequestsAllGetTheSameWholeThumbnail() throws Exception {
        String photo = post(TestImages.photo("jpg", 2000, 1500), "image/jpeg", null);
        HttpRequest request = HttpRequest.newBuilder(photos.resolve(photo + "?size=thumb"))
                .header("Authorization", "Bearer " + s.mother().token()).build();
        List<CompletableFuture<HttpResponse<byte[]>>> responses = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            responses.add(HTTP.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray()));
        }
        byte[] expected = null;
        for (CompletableFuture<HttpResponse<byte[]>> response : responses) {
            HttpResponse<byte[]> answer = response.get();
            assertEquals(200, answer.statusCode());
            assertEquals(480, TestImages.read(answer.body()).getWidth());
            if (expected == null) {
                expected = answer.body();
            }
            assertArrayEquals(expected, answer.body());
        }
        assertArrayEquals(expected, Files.readAllBytes(cached(photo)));
        try (Stream<Path> incoming = Files.list(config.dir().resolve(".incoming"))) {
            assertEquals(List.of(), incoming.filter(p -> p.getFileName().toString().startsWith(photo)).toList());
        }
    }

    /** Uploads a photo and posts it to 6A1, whose families (the mother and father of An) may then see it. */
    private String post(byte[] content, String type, String fileName) {
        var request = given().auth().oauth2(s.portal()).contentType(type).body(content);
        if (fileName != null) {
            request = request.queryParam("fileName", fileName);
        }
        String photo = request.post("/api/v1/notices/schools/{school}/photos", s.school()).then().statusCode(201)
                .extract().jsonPath().getString("id");
        publish(s.portal(), s.school(), "activities", Map.of("sourceId", "anh-" + photo, "className", "6A1",
                "type", "KE_HOACH_NGAY", "date", "2025-09-16", "title", "Hoạt động ngoài trời",
                "photos", List.of(photo))).then().statusCode(200).body("records[0].outcome", equalTo("accepted"));
        return photo;
    }

    private Path cached(String photo) {
        return config.dir().resolve(photo.substring(0, 2)).resolve(photo + "-thumb");
    }

    private static Response thumb(String token, String id) {
        return download(token, id, "thumb");
    }

    private static Response download(String token, String id, String size) {
        var request = given().auth().oauth2(token);
        if (size != null) {
            request = request.queryParam("size", size);
        }
        return request.get("/api/v1/notices/photos/{id}", id);
    }
}
