package vn.lienlac.notifications.outbox.sending;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.lienlac.notifications.fakes.KeyedProvider;
import vn.lienlac.platform.PackagedServer;
import vn.lienlac.platform.devdb.DevDatabase;

/**
 * The packaged server as pods on one PostgreSQL, sending SMS rows to a gateway that takes an idempotency key (the
 * SMS channel's {@code requestId}): two processes send every row exactly once; a process killed with {@code kill -9}
 * while the gateway holds its requests loses nothing, and its rows, taken again after the lease with the same key,
 * are not second messages. Runs after {@code package}.
 */
class OutboxAcrossPodsIT {

    private static final String LEASE = "40s";
    private static int pg;
    private static Path keys;
    private static String jdbcUrl;
    private final List<PackagedServer> servers = new ArrayList<>();
    private KeyedProvider gateway;

    @BeforeAll
    static void database() throws Exception {
        pg = DevDatabase.start(Optional.empty());
        jdbcUrl = "jdbc:postgresql://127.0.0.1:" + pg + "/postgres";
        keys = Files.createTempDirectory("lienlac-it-keys");
    }

    @BeforeEach
    void fakeGateway() throws Exception {
        gateway = new KeyedProvider();
    }

    @AfterEach
    void stop() {
        servers.forEach(PackagedServer::close);
        gateway.close();
    }

    @Test
    void twoServerProcessesSendEveryRowExactlyOnce() throws Exception {
        PackagedServer a = pod();
        PackagedServer b = pod();
        List<Long> rows = enqueue(500);

        awaitSent(rows);

        Map<Long, String> keysByRow = keys(rows);
        Map<String, Long> requests = requestsPerKey(keysByRow.values());
        assertEquals(rows.size(), requests.size(), "every row sent");
        assertTrue(requests.values().stream().allMatch(n -> n == 1), "no row sent twice: " + requests.values()
                .stream().filter(n -> n > 1).count());
        long pods = count("SELECT count(DISTINCT claimed_by) FROM outbox WHERE id = ANY(?)", rows);
        assertEquals(2, pods, "both processes sent (" + a.port() + ", " + b.port() + ")");
    }

    @Test
    void aProcessKilledMidSendLosesNothingAndTheRetryIsNotASecondMessage() throws Exception {
        gateway.holdAll();
        PackagedServer doomed = pod();
        List<Long> rows = enqueue(40);
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> gateway.held() >= 8);

        doomed.kill();
        Set<String> inFlight = new HashSet<>(gateway.requestKeys());
        gateway.releaseAll();
        pod();
        awaitSent(rows);

        Map<Long, String> keysByRow = keys(rows);
        Map<String, Long> requests = requestsPerKey(keysByRow.values());
        assertTrue(inFlight.size() >= 8, "the killed process had its channel's 8 sends in flight: " + inFlight.size());
        for (String key : keysByRow.values()) {
            assertTrue(requests.get(key) >= (inFlight.contains(key) ? 2 : 1), "requests with key " + key);
            assertTrue(gateway.accepted().containsKey(key), "accepted " + key);
        }
        assertEquals(rows.size(), gateway.accepted().keySet().stream().filter(keysByRow::containsValue).count(),
                "one message per row: the gateway took each key once");
        long mismatched = 0;
        try (Connection db = db(); PreparedStatement s = db.prepareStatement(
                "SELECT idempotency_key::text, provider_id FROM outbox WHERE id = ANY(?)")) {
            s.setArray(1, db.createArrayOf("bigint", rows.toArray()));
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    mismatched += gateway.accepted().get(r.getString(1)).id().equals(r.getString(2)) ? 0 : 1;
                }
            }
        }
        assertEquals(0, mismatched, "each row records the gateway's one message id");
    }

    private PackagedServer pod() throws Exception {
        PackagedServer server = PackagedServer.start(pg, keys, PackagedServer.freePort(), List.of(
                "lienlac.notifications.sms.url=" + gateway.url(),
                "lienlac.notifications.sms.provider-id-pointer=/id",
                "lienlac.notifications.sms.timeout=30s",
                "lienlac.notifications.outbox.lease=" + LEASE,
                "lienlac.notifications.outbox.channel-concurrency=8",
                "lienlac.notifications.outbox.batch=8",
                "lienlac.notifications.outbox.every=200ms"));
        servers.add(server);
        return server;
    }

    /** {@code n} GRADE items, one QUEUED SMS row each, as the policy writes them. */
    private List<Long> enqueue(int n) throws SQLException {
        String prefix = "it:" + UUID.randomUUID() + ":";
        List<Long> ids = new ArrayList<>();
        try (Connection db = db(); PreparedStatement s = db.prepareStatement("""
                WITH items AS (
                    INSERT INTO outbox_item (kind, item_ref, recipient, message, created_at)
                    SELECT 'GRADE', ? || g, 'g:' || g, '{"title":"Điểm mới: Toán","body":"Con đạt 9 điểm."}', now()
                    FROM generate_series(1, ?) g RETURNING id)
                INSERT INTO outbox (item_id, step, channel, address, due_at, expires_at, idempotency_key, created_at)
                SELECT id, 0, 'SMS', '+8491' || lpad(id::text, 7, '0'), now(), now() + interval '1 day',
                       gen_random_uuid(), now()
                FROM items RETURNING id""")) {
            s.setString(1, prefix);
            s.setInt(2, n);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    ids.add(r.getLong(1));
                }
            }
        }
        return ids;
    }

    private void awaitSent(List<Long> rows) {
        Awaitility.await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500))
                .until(() -> count("SELECT count(*) FROM outbox WHERE id = ANY(?) AND state = 'SENT'", rows)
                        == rows.size());
    }

    private Map<Long, String> keys(List<Long> rows) throws SQLException {
        Map<Long, String> keys = new HashMap<>();
        try (Connection db = db();
                PreparedStatement s = db.prepareStatement("SELECT id, idempotency_key::text FROM outbox WHERE id = ANY(?)")) {
            s.setArray(1, db.createArrayOf("bigint", rows.toArray()));
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    keys.put(r.getLong(1), r.getString(2));
                }
            }
        }
        return keys;
    }

    private Map<String, Long> requestsPerKey(java.util.Collection<String> keys) {
        Set<String> wanted = new HashSet<>(keys);
        return gateway.requestKeys().stream().filter(wanted::contains)
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }

    private long count(String sql, List<Long> rows) throws SQLException {
        try (Connection db = db(); PreparedStatement s = db.prepareStatement(sql)) {
            s.setArray(1, db.createArrayOf("bigint", rows.toArray()));
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    private static Connection db() throws SQLException {
        return DriverManager.getConnection(jdbcUrl, "postgres", "postgres");
    }
}
