package vn.lienlac.notifications.zalo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.lienlac.notifications.TestConfigs;
import vn.lienlac.notifications.fakes.ZaloFake;
import vn.lienlac.notifications.outbox.Attempt;
import vn.lienlac.notifications.outbox.ChannelName;
import vn.lienlac.notifications.outbox.ItemKind;
import vn.lienlac.notifications.outbox.Message;
import vn.lienlac.notifications.outbox.SendResult;

/**
 * Two pods on one database against the strict {@link ZaloFake} (a refresh token works once): the pod that finds its
 * token expired after the other pod refreshed takes the stored token instead of refreshing again; two pods that find
 * it expired together refresh once; a new refresh token configured by the operator starts the stored pair over.
 */
@QuarkusTest
class SharedZaloTokensTest {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final String TEMPLATE = "412345";
    private static final Message ABSENCE = new Message("Vắng mặt: Nguyễn Thị Ánh", "Con vắng mặt tiết 1.",
            "/hop-thu/12", null, Map.of("student_name", "Nguyễn Thị Ánh", "date", "07/12/2026",
                    "school_name", "Trường Tiểu học Đồng Khởi"), null);

    @Inject
    Pool pool;

    @Inject
    Vertx vertx;

    private ZaloFake zalo;
    private ZaloChannel podA;
    private ZaloChannel podB;

    @BeforeEach
    void twoPods() {
        pool.query("DELETE FROM zalo_oa_token").execute().await().atMost(WAIT);
        zalo = new ZaloFake();
        zalo.template(TEMPLATE, "student_name", "date", "school_name");
        podA = pod(ZaloFake.FIRST_REFRESH);
        podB = pod(ZaloFake.FIRST_REFRESH);
    }

    @AfterEach
    void stop() {
        podA.close();
        podB.close();
        zalo.close();
    }

    @Test
    void aPodWhoseTokenExpiredAfterAnotherPodRefreshedTakesTheStoredToken() {
        assertInstanceOf(SendResult.Sent.class, send(podB, "+84912000301")); // B now holds the first token
        zalo.expireToken();

        assertInstanceOf(SendResult.Sent.class, send(podA, "+84912000302"));
        assertEquals(1, zalo.refreshes());
        assertInstanceOf(SendResult.Sent.class, send(podB, "+84912000303"));

        assertEquals(1, zalo.refreshes(), "pod B refreshed again with a refresh token already used");
        List<ZaloFake.Call> calls = zalo.calls().stream().filter(c -> c.body().getString("phone").equals("84912000303"))
                .toList();
        assertEquals(List.of(-124, 0), calls.stream().map(ZaloFake.Call::error).toList());
        assertEquals("zalo-token-refreshed-1", calls.get(1).token());
    }

    @Test
    void twoPodsThatFindTheTokenExpiredTogetherRefreshOnce() {
        zalo.expireToken();

        List<SendResult> results = Uni.join().all(
                        podA.send(attempt("+84912000311")), podB.send(attempt("+84912000312")),
                        podA.send(attempt("+84912000313")), podB.send(attempt("+84912000314")))
                .andFailFast().await().atMost(WAIT);

        results.forEach(result -> assertInstanceOf(SendResult.Sent.class, result, result.toString()));
        assertEquals(1, zalo.refreshes());
        // and the rotated refresh token is the one stored: the next expiry refreshes once more, successfully
        zalo.expireToken();
        assertInstanceOf(SendResult.Sent.class, send(podB, "+84912000315"));
        assertEquals(2, zalo.refreshes());
    }

    @Test
    void aRefusedStoredRefreshTokenGivesWayToADifferentConfiguredOne() {
        zalo.expireToken();
        assertInstanceOf(SendResult.Sent.class, send(podA, "+84912000321"));
        String valid = pool.query("SELECT refresh_token FROM zalo_oa_token").execute().await().atMost(WAIT)
                .iterator().next().getString("refresh_token");
        // The OA was authorised again: the stored refresh token no longer works; the operator configured the new one.
        pool.query("UPDATE zalo_oa_token SET refresh_token = 'revoked-when-authorised-again'").execute()
                .await().atMost(WAIT);
        ZaloChannel reconfigured = pod(valid);
        try {
            zalo.expireToken();

            assertInstanceOf(SendResult.Sent.class, send(reconfigured, "+84912000322"));

            assertEquals(2, zalo.refreshes());
            // a pod still configured with the first refresh token does not put it back: it takes the stored token
            assertInstanceOf(SendResult.Sent.class, send(podB, "+84912000323"));
            assertEquals(2, zalo.refreshes());
        } finally {
            reconfigured.close();
        }
    }

    private ZaloChannel pod(String refreshToken) {
        Map<String, String> properties = new java.util.HashMap<>(Map.of(
                "lienlac.notifications.zalo.url", zalo.sendUrl(),
                "lienlac.notifications.zalo.oauth-url", zalo.oauthUrl(),
                "lienlac.notifications.zalo.access-token", ZaloFake.FIRST_TOKEN,
                "lienlac.notifications.zalo.app-id", ZaloFake.APP_ID,
                "lienlac.notifications.zalo.app-secret", ZaloFake.APP_SECRET,
                "lienlac.notifications.zalo.refresh-token", refreshToken,
                "lienlac.notifications.zalo.templates.attendance", TEMPLATE,
                "lienlac.notifications.zalo.timeout", "5s"));
        ZaloConfig config = TestConfigs.of(ZaloConfig.class, properties);
        return new ZaloChannel(config, vertx, Clock.systemUTC(), new SharedZaloTokenStore(pool, Clock.systemUTC(),
                config));
    }

    private static SendResult send(ZaloChannel pod, String phone) {
        return pod.send(attempt(phone)).await().atMost(WAIT);
    }

    private static Attempt attempt(String phone) {
        return new Attempt(1, UUID.randomUUID(), ChannelName.ZALO, phone, null, ItemKind.ATTENDANCE, false, ABSENCE,
                1);
    }
}
