package vn.lienlac.chat.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.lienlac.chat.rest.AttachmentApiTest.download;
import static vn.lienlac.chat.rest.AttachmentApiTest.upload;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.lienlac.platform.storage.StorageConfig;
import vn.lienlac.platform.storage.TestImages;
import vn.lienlac.chat.rest.ChatPeople.Member;

/** Issue 16: chat photos resized on the server for the list view, for the conversation's members only. */
@QuarkusTest
class AttachmentThumbnailApiTest {

    @Inject
    ChatPeople chat;

    @Inject
    StorageConfig config;

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
    void aMemberGetsAJpeg480WideOfALargePhotoUnderTheSameHeaders() throws Exception {
        for (String format : new String[] {"jpg", "png"}) {
            byte[] original = TestImages.photo(format, 2000, 1500);
            String type = format.equals("png") ? "image/png" : "image/jpeg";
            String id = upload(guardian, conversation, type, "Ảnh bài tập." + format, original).statusCode(201)
                    .extract().path("id");

            byte[] thumb = thumb(teacher, id).statusCode(200)
                    .header("Content-Type", "image/jpeg")
                    .header("Content-Disposition", "attachment; filename=\"Anh bai tap.jpg\"; "
                            + "filename*=UTF-8''%E1%BA%A2nh%20b%C3%A0i%20t%E1%BA%ADp.jpg")
                    .header("X-Content-Type-Options", "nosniff")
                    .header("Cache-Control", "private, max-age=3600")
                    .extract().asByteArray();
            BufferedImage image = TestImages.read(thumb);
            assertEquals(480, image.getWidth(), format);
            assertEquals(360, image.getHeight(), format);
            assertTrue(thumb.length < original.length, format);
            Path cached = config.dir().resolve(id.substring(0, 2)).resolve(id + "-thumb");
            assertArrayEquals(thumb, Files.readAllBytes(cached));
            assertArrayEquals(thumb, thumb(guardian, id).statusCode(200).extract().asByteArray());
            assertArrayEquals(original, download(guardian, id).statusCode(200).header("Content-Type", type)
                    .extract().asByteArray());
        }
    }

    @Test
    void aPdfAWebpOrACorruptImageIsSentAsItIs() {
        for (Object[] kind : new Object[][] {{AttachmentApiTest.PDF, "application/pdf"},
                {TestImages.WEBP, "image/webp"}, {TestImages.corruptJpeg(), "image/jpeg"}}) {
            byte[] original = (byte[]) kind[0];
            String id = upload(teacher, conversation, (String) kind[1], null, original).statusCode(201)
                    .extract().path("id");
            assertArrayEquals(original, thumb(guardian, id).statusCode(200).header("Content-Type", (String) kind[1])
                    .extract().asByteArray());
        }
    }

    @Test
    void onlyMembersAndOnlyKnownSizes() {
        String id = upload(guardian, conversation, "image/jpeg", null, TestImages.photo("jpg", 2000, 1500))
                .statusCode(201).extract().path("id");
        thumb(outsider, id).statusCode(404).contentType("application/problem+json").body("code", equalTo("NOT_FOUND"));
        given().auth().oauth2(guardian.token()).queryParam("size", "medium")
                .get("/api/v1/chat/attachments/{id}", id).then().statusCode(400)
                .contentType("application/problem+json").body("code", equalTo("BAD_REQUEST"));

        chat.remove(conversation, guardian);
        thumb(guardian, id).statusCode(404);
    }

    private static ValidatableResponse thumb(Member member, String id) {
        return given().auth().oauth2(member.token()).queryParam("size", "thumb")
                .get("/api/v1/chat/attachments/{id}", id).then();
    }
}
