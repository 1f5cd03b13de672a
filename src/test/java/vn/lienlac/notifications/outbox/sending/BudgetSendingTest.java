package vn.lienlac.notifications.outbox.sending;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import vn.lienlac.notifications.OutboxFixture;
import vn.lienlac.notifications.budget.BudgetScope;
import vn.lienlac.notifications.budget.BudgetUse;
import vn.lienlac.notifications.budget.Budgets;
import vn.lienlac.notifications.fakes.KeyedProvider;
import vn.lienlac.notifications.outbox.ChannelFigures;
import vn.lienlac.notifications.outbox.ChannelName;
import vn.lienlac.notifications.outbox.ItemKind;
import vn.lienlac.notifications.outbox.OutboxFigures;
import vn.lienlac.notifications.outbox.OutboxReceipts;

/** A school's monthly budget of paid units running out; the figures and receipts that follow it. */
@QuarkusTest
class BudgetSendingTest {

    @Inject
    OutboxSender sender;

    @Inject
    OutboxFixture outbox;

    @Inject
    Budgets budgets;

    @Inject
    OutboxFigures figures;

    @Inject
    OutboxReceipts receipts;

    @Inject
    Clock clock;

    @Test
    void whenTheBudgetIsUsedUpOnlyUrgentItemsGoOnPaidChannels() throws Exception {
        long school = ThreadLocalRandom.current().nextLong(1_000_000_000L, 2_000_000_000L);
        Instant now = Instant.now();
        YearMonth month = YearMonth.from(now.atZone(clock.getZone()));
        try (KeyedProvider provider = new KeyedProvider()) {
            QuarkusMock.installMockForType(new TestChannels(provider.url()), Channels.class);
            budgets.setMonthlyUnits(BudgetScope.SCHOOL, school, 2, now).await().atMost(Duration.ofSeconds(10));
            List<Long> ordinary = List.of(row(school, false, now, "+84913000001"), row(school, false, now,
                    "+84913000002"), row(school, false, now, "+84913000003"));

            sender.wake();
            awaitEnded(ordinary);
            assertEquals(2, outbox.count("SELECT count(*) FROM outbox WHERE id = ANY($1) AND state = 'SENT'",
                    (Object) ordinary.toArray(Long[]::new)));
            assertEquals(1, outbox.count("SELECT count(*) FROM outbox WHERE id = ANY($1) AND state = 'SKIPPED'"
                    + " AND error = 'budget'", (Object) ordinary.toArray(Long[]::new)));

            long urgent = row(school, true, now, "+84913000004");
            sender.wake();
            awaitEnded(List.of(urgent));
            assertEquals("SENT", outbox.get(urgent).state());
            BudgetUse use = budgets.use(BudgetScope.SCHOOL, school, month).await().atMost(Duration.ofSeconds(10));
            assertEquals(new BudgetUse(2, 3), use, "the urgent send is counted past the limit");

            String providerId = outbox.get(urgent).providerId();
            assertTrue(receipts.delivered(ChannelName.SMS, providerId, now).await().atMost(Duration.ofSeconds(10)));
            assertEquals("DELIVERED", outbox.get(urgent).state());
            List<ChannelFigures> month1 = figures.school(school, month).await().atMost(Duration.ofSeconds(10));
            assertEquals(List.of(new ChannelFigures(ChannelName.SMS, 3, 1, 0, 0, 1, 0, 3)), month1);
        }
        given().get(management("/q/metrics")).then().statusCode(200)
                .body(containsString("lienlac_notifications_outbox_skipped_total{channel=\"SMS\",reason=\"budget\"}"))
                .body(containsString("lienlac_notifications_outbox_cost_units_total{channel=\"SMS\"}"))
                .body(containsString("lienlac_notifications_outbox_delivered_total{channel=\"SMS\"}"))
                .body(containsString("lienlac_notifications_outbox_due "));
    }

    private long row(long school, boolean urgent, Instant now, String phone) {
        long item = outbox.item(ItemKind.GRADE, urgent, school, null, now);
        return outbox.row(item, 0, ChannelName.SMS, phone, null, now);
    }

    private void awaitEnded(List<Long> rows) {
        Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50)).until(() ->
                outbox.count("SELECT count(*) FROM outbox WHERE id = ANY($1) AND state <> 'QUEUED'",
                        (Object) rows.toArray(Long[]::new)) == rows.size());
    }

    private static String management(String path) {
        int port = ConfigProvider.getConfig().getValue("quarkus.management.test-port", Integer.class);
        return "http://localhost:" + port + path;
    }
}
