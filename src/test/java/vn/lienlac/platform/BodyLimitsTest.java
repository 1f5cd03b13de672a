package vn.lienlac.platform;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * The anonymous body flood, as it was made: 40 concurrent 24 MB POSTs to the public code request, half declaring
 * their length and half chunked. Each is refused with a 413 problem after a few KB at most, and the server keeps
 * answering others meanwhile. The test JVM runs with the pod's heap settings (pom.xml, surefire argLine), so a
 * server that buffered the bodies would exit with OutOfMemoryError and fail the run.
 */
@QuarkusTest
class BodyLimitsTest {

    private static final String CODE_REQUEST = "/api/v1/auth/otp/request";
    private static final long ATTACK_SIZE = 24L * 1024 * 1024;
    /** What each attacker actually sends before it reads the answer: enough to pass every small limit many times. */
    private static final int SENT = 1024 * 1024;

    @TestHTTPResource("/")
    URI base;

    @Test
    void fortyConcurrentOversizedAnonymousBodiesAreRefusedAndOthersAreStillServed() throws Exception {
        ExecutorService attackers = Executors.newFixedThreadPool(40);
        AtomicBoolean attacking = new AtomicBoolean(true);
        AtomicInteger servedDuring = new AtomicInteger();
        try {
            List<Future<RawHttp.Answer>> answers = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                long declared = i % 2 == 0 ? ATTACK_SIZE : -1;
                answers.add(attackers.submit(() -> RawHttp.post(base, CODE_REQUEST, "", declared, SENT)));
            }
            Thread bystander = new Thread(() -> {
                while (attacking.get()) {
                    given().when().get("/q/openapi").then().statusCode(200);
                    servedDuring.incrementAndGet();
                }
            });
            bystander.start();
            for (Future<RawHttp.Answer> future : answers) {
                RawHttp.Answer answer = future.get(60, TimeUnit.SECONDS);
                assertEquals(413, answer.status(), answer.head());
                assertTooLarge(answer, "4 KB");
            }
            attacking.set(false);
            bystander.join(TimeUnit.SECONDS.toMillis(30));
        } finally {
            attacking.set(false);
            attackers.shutdownNow();
        }
        assertTrue(servedDuring.get() > 0, "nothing else was served during the flood");
        given().when().get("/q/openapi").then().statusCode(200);
        // a small JSON body is still read and answered after the flood
        given().contentType("application/json").body("{\"refreshToken\":\"nope\"}")
                .when().post("/api/v1/auth/refresh").then().statusCode(401);
    }

    @Test
    void declaredOversizeIsRefusedUnreadWithAVietnameseProblemAndTheConnectionClosed() throws Exception {
        RawHttp.Answer answer = RawHttp.post(base, CODE_REQUEST, "", 5000, 0);

        assertEquals(413, answer.status());
        assertEquals("close", answer.header("connection"));
        assertTooLarge(answer, "4 KB");
    }

    @Test
    void overHttp2AnOversizedBodyEndsOnlyItsStreamAndTheConnectionServesTheNextRequest() throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_2).build();
        HttpRequest openapi = HttpRequest.newBuilder(base.resolve("/q/openapi")).build();
        // The first request upgrades the connection to HTTP/2 (h2c); the next ones share it.
        assertEquals(200, client.send(openapi, BodyHandlers.discarding()).statusCode());

        HttpResponse<String> refused = client.send(HttpRequest.newBuilder(base.resolve(CODE_REQUEST))
                .header("Content-Type", "application/json")
                .POST(BodyPublishers.ofByteArray(new byte[64 * 1024])).build(), BodyHandlers.ofString());
        HttpResponse<Void> after = client.send(openapi, BodyHandlers.discarding());

        assertEquals(HttpClient.Version.HTTP_2, refused.version());
        assertEquals(413, refused.statusCode());
        assertTrue(refused.body().contains("\"code\":\"PAYLOAD_TOO_LARGE\""), refused.body());
        assertEquals(HttpClient.Version.HTTP_2, after.version());
        assertEquals(200, after.statusCode());
    }

    @Test
    void chunkedBodyWithinTheLimitIsReadAsUsual() throws Exception {
        String json = "{\"refreshToken\":\"not-a-token\"}";
        RawHttp.Answer answer = RawHttp.exchange(base, "POST /api/v1/auth/refresh HTTP/1.1\r\nHost: localhost\r\n"
                + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
                + Integer.toHexString(10) + "\r\n" + json.substring(0, 10) + "\r\n"
                + Integer.toHexString(json.length() - 10) + "\r\n" + json.substring(10) + "\r\n0\r\n\r\n");

        assertEquals(401, answer.status(), answer.body()); // the token was read and refused: not 400, not 413
    }

    @Test
    void uploadEndpointsGiveCallersWithoutValidCredentialsNoMoreThanTheSignInLimit() throws Exception {
        RawHttp.Answer anonymous = RawHttp.post(base, "/api/v1/chat/conversations/1/attachments", "", 100_000,
                100_000);
        RawHttp.Answer forged = RawHttp.post(base, "/api/v1/directory/schools/X/imports/students",
                "Authorization: Bearer forged.token.value\r\n", -1, 100_000);

        assertEquals(413, anonymous.status());
        assertTooLarge(anonymous, "4 KB");
        // a wrong token is refused before any of the body is read, with the usual problem
        assertEquals(401, forged.status());
        assertEquals("UNAUTHENTICATED", new JsonObject(forged.body()).getString("code"));
    }

    @Test
    void signedInCallerGetsTheLargerLimitOfAnImportAndNoMore() throws Exception {
        String admin = "Authorization: Bearer test-admin-token\r\n";
        RawHttp.Answer overImportLimit = RawHttp.post(base, "/api/v1/directory/schools/X/imports/students",
                admin + "Content-Type: text/csv\r\n", 26L * 1024 * 1024, 0);
        RawHttp.Answer jsonOverStandard = RawHttp.post(base, "/api/v1/api-keys", admin, 20_000, 20_000);

        assertEquals(413, overImportLimit.status());
        assertTooLarge(overImportLimit, "25 MB");
        assertEquals(413, jsonOverStandard.status());
        assertTooLarge(jsonOverStandard, "16 KB");
    }

    @Test
    void chunkedUploadIsStreamedToDiskStoppedAtItsLimitAndItsFileDeleted() throws Exception {
        String admin = "Authorization: Bearer test-admin-token\r\nContent-Type: image/png\r\n";

        RawHttp.Answer answer = RawHttp.post(base, "/api/v1/notices/schools/X/photos", admin, -1,
                11 * 1024 * 1024);

        assertEquals(413, answer.status());
        assertTooLarge(answer, "10 MB");
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> uploadFiles() == 0);
    }

    /** Streamed bodies still on disk (the test runs alone on this server, so none may be left). */
    private static long uploadFiles() throws IOException {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(f -> f.getFileName().toString().startsWith("lienlac-upload-")).count();
        }
    }

    private static void assertTooLarge(RawHttp.Answer answer, String limit) {
        assertTrue(answer.header("content-type").startsWith("application/problem+json"), answer.head());
        JsonObject problem = new JsonObject(answer.body());
        assertEquals("PAYLOAD_TOO_LARGE", problem.getString("code"));
        assertEquals(413, problem.getInteger("status"));
        assertEquals("Nội dung gửi lên vượt quá giới hạn " + limit + " của địa chỉ này.", problem.getString("detail"));
        assertTrue(problem.getString("correlationId") != null);
    }
}
