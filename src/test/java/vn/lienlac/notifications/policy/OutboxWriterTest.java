package vn.lienlac.notifications.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.lienlac.notifications.policy.PolicyScene.MORNING;
import static vn.lienlac.notifications.policy.PolicyScene.TIMEOUT;
import static vn.lienlac.notifications.policy.PolicyScene.reach;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.lienlac.directory.Participant;
import vn.lienlac.notifications.outbox.ChannelName;
import vn.lienlac.notifications.outbox.ItemKind;
import vn.lienlac.notifications.outbox.Message;
import vn.lienlac.notifications.outbox.Reach;
import vn.lienlac.notifications.outbox.ReadMark;

/** Enqueue in bulk and the read marks that settle pending attempts. */
@QuarkusTest
class OutboxWriterTest {

    @Inject
    PolicyScene scene;

    @Inject
    OutboxWriter writer;

    @Inject
    Pool pool;

    @BeforeEach
    void reset() {
        scene.reset();
    }

    @Test
    void aDistrictsGradePublicationOf30000ReachesIsEnqueuedInOneCall() {
        // 30,000 guardians (phones +843xxxxxxxx, a range no other test uses); every second one has the app.
        List<Long> ids = pool.preparedQuery("""
                        INSERT INTO guardian (phone, full_name, name_search)
                        SELECT '+843' || lpad(n::text, 8, '0'), 'Phụ huynh ' || n, 'phu huynh ' || n
                        FROM generate_series(1, 30000) n RETURNING id""")
                .execute().await().atMost(TIMEOUT).stream().map(row -> row.getLong("id")).sorted().toList();
        pool.preparedQuery("""
                        INSERT INTO push_endpoint (participant, channel, address, created_at)
                        SELECT 'g:' || id, 'FCM', 'bulk-token-' || id, now() FROM unnest($1::bigint[]) AS id""")
                .execute(Tuple.of(ids.stream().filter(id -> id % 2 == 0).toArray(Long[]::new)))
                .await().atMost(TIMEOUT);
        List<Reach> reaches = new ArrayList<>();
        for (long id : ids) {
            reaches.add(new Reach(ItemKind.GRADE, "grade-bulk:" + id, Participant.guardian(id), null, null, false,
                    null, null, new Message("Điểm mới: Toán", "Điểm giữa kỳ I", "/so-lien-lac", "grade-1",
                            Map.of("mon", "Toán"), null)));
        }
        long withApp = ids.stream().filter(id -> id % 2 == 0).count();

        int dueNow = scene.enqueue(reaches, MORNING);

        assertEquals(30_000, scene.count("SELECT count(*) FROM outbox_item WHERE item_ref LIKE 'grade-bulk:%'"));
        String attempts = """
                SELECT count(*) FROM outbox o JOIN outbox_item i ON i.id = o.item_id
                WHERE i.item_ref LIKE 'grade-bulk:%' AND o.channel = $1 AND o.step = $2 AND o.state = 'QUEUED'""";
        assertEquals(withApp, scene.count(attempts, "FCM", 0));
        assertEquals(30_000 - withApp, scene.count(attempts, "ZALO", 0));
        assertEquals(30_000 - withApp, scene.count(attempts, "SMS", 1));
        long rows = withApp + 2 * (30_000 - withApp);
        assertEquals(rows, dueNow);
        assertEquals(rows, scene.count("""
                SELECT count(DISTINCT o.idempotency_key) FROM outbox o JOIN outbox_item i ON i.id = o.item_id
                WHERE i.item_ref LIKE 'grade-bulk:%'"""));
    }

    @Test
    void readingAnItemSkipsItsPendingAttemptsAndMarksTheSentOnesRead() {
        Participant parent = scene.guardian();
        Reach absence = reach(ItemKind.ATTENDANCE, parent, null, false);
        Reach other = reach(ItemKind.ATTENDANCE, parent, null, false);
        scene.enqueue(List.of(absence, other), MORNING);
        pool.preparedQuery("""
                        UPDATE outbox SET state = 'SENT', sent_at = now() WHERE step = 0 AND item_id =
                        (SELECT id FROM outbox_item WHERE item_ref = $1)""")
                .execute(Tuple.of(absence.itemRef())).await().atMost(TIMEOUT);

        pool.withTransaction(conn -> writer.read(conn, parent, List.of(absence.itemRef()), MORNING.plusSeconds(60)))
                .await().atMost(TIMEOUT);

        assertEquals(List.of("0 READ null", "1 SKIPPED read"), states(absence));
        assertEquals(List.of("0 QUEUED null", "1 QUEUED null"), states(other));
        assertEquals(1, scene.count("SELECT count(*) FROM outbox_item WHERE item_ref = $1 AND read_at IS NOT NULL",
                absence.itemRef()));
    }

    @Test
    void readMarksSettleItemsUpToTheirSeqInOneCall() {
        Participant first = scene.guardian();
        Participant second = scene.guardian();
        List<Reach> reaches = List.of(chat(first, 10, 5), chat(first, 10, 6), chat(first, 11, 1), chat(second, 10, 5));
        scene.endpoint(first, ChannelName.WEB_PUSH);
        scene.endpoint(second, ChannelName.WEB_PUSH);
        scene.enqueue(reaches, MORNING);

        pool.withTransaction(conn -> writer.readUpTo(conn,
                        List.of(new ReadMark(first, 10, 5), new ReadMark(second, 10, 9)), MORNING.plusSeconds(5)))
                .await().atMost(TIMEOUT);

        assertEquals(List.of("0 SKIPPED read"), states(reaches.get(0)));
        assertEquals(List.of("0 QUEUED null"), states(reaches.get(1)));
        assertEquals(List.of("0 QUEUED null"), states(reaches.get(2)));
        assertEquals(List.of("0 SKIPPED read"), states(reaches.get(3)));
    }

    private static Reach chat(Participant to, long conversation, long seq) {
        return new Reach(ItemKind.CHAT, "chat:" + conversation + ":" + seq + ":" + java.util.UUID.randomUUID(), to,
                null, null, false, conversation, seq,
                new Message("Cô Lan", "Mai lớp nghỉ", "/tro-chuyen/" + conversation, null, null, "c" + conversation));
    }

    private List<String> states(Reach reach) {
        List<String> states = new ArrayList<>();
        for (Row row : pool.preparedQuery("""
                        SELECT o.step, o.state, o.error FROM outbox o JOIN outbox_item i ON i.id = o.item_id
                        WHERE i.item_ref = $1 AND i.recipient = $2 ORDER BY o.step""")
                .execute(Tuple.of(reach.itemRef(), reach.recipient().toString())).await().atMost(TIMEOUT)) {
            states.add(row.getInteger("step") + " " + row.getString("state") + " " + row.getString("error"));
        }
        return states;
    }
}
