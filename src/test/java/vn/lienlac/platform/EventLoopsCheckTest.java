package vn.lienlac.platform;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.netty.util.concurrent.EventExecutor;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.Vertx;
import io.vertx.core.impl.VertxInternal;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.junit.jupiter.api.Test;
import vn.lienlac.platform.health.EventLoopsCheck;

/** Readiness goes DOWN while an event loop does not answer, and UP again once it does. */
@QuarkusTest
class EventLoopsCheckTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    @Readiness
    EventLoopsCheck check;

    @Inject
    Vertx vertx;

    @Test
    void readinessPingsEveryEventLoop() {
        int loops = 0;
        for (EventExecutor ignored : ((VertxInternal) vertx).getEventLoopGroup()) {
            loops++;
        }
        int port = ConfigProvider.getConfig().getValue("quarkus.management.test-port", Integer.class);
        given().when().get("http://localhost:" + port + "/q/health/ready")
                .then().statusCode(200)
                .body("checks.find { it.name == 'event-loops' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'event-loops' }.data.loops", equalTo(loops))
                .body("checks.find { it.name == 'event-loops' }.data.answered", equalTo(loops));
    }

    @Test
    void blockedEventLoopTurnsReadinessDownUntilItAnswersAgain() throws InterruptedException {
        EventExecutor victim = ((VertxInternal) vertx).getEventLoopGroup().next();
        CountDownLatch blocking = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        victim.execute(() -> {
            blocking.countDown();
            try {
                release.await(WAIT.toSeconds(), TimeUnit.SECONDS); // blocks this event loop on purpose
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        try {
            blocking.await(WAIT.toSeconds(), TimeUnit.SECONDS);

            HealthCheckResponse blocked = check.call().await().atMost(WAIT);

            assertEquals(HealthCheckResponse.Status.DOWN, blocked.getStatus());
            long loops = ((Number) blocked.getData().orElseThrow().get("loops")).longValue();
            assertEquals(loops - 1, ((Number) blocked.getData().orElseThrow().get("answered")).longValue());
        } finally {
            release.countDown();
        }
        Awaitility.await().atMost(WAIT).until(
                () -> check.call().await().atMost(WAIT).getStatus() == HealthCheckResponse.Status.UP);
    }
}
