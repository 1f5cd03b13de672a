package vn.lienlac.notifications.policy;

import io.quarkus.test.junit.QuarkusMock;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.lienlac.chat.presence.PresenceBoard;
import vn.lienlac.directory.Participant;
import vn.lienlac.directory.TestSchools;
import vn.lienlac.directory.rest.PeopleFixtures;
import vn.lienlac.notifications.outbox.ChannelName;
import vn.lienlac.notifications.outbox.ItemKind;
import vn.lienlac.notifications.outbox.Message;
import vn.lienlac.notifications.outbox.Reach;
import vn.lienlac.platform.sql.SqlTimes;

/**
 * The world of the policy's tests: guardians and staff of the directory, their push endpoints and choices, which
 * channels are configured and who is connected (chat's real presence) — and the rows enqueue wrote, as "step CHANNEL +minutes" lines.
 */
@ApplicationScoped
public class PolicyScene {

    public static final Duration TIMEOUT = Duration.ofSeconds(60);
    static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    /**
     * 10:00 on a school day in Hà Nội: outside quiet hours. Years ahead, so that the pod's own sender (it runs in tests
     * and is woken when an enqueue commits) never claims the rows a test inspects: they are not due yet.
     */
    public static final Instant MORNING = Instant.parse("2036-12-08T03:00:00Z");

    private final Pool pool;
    private final PeopleFixtures people;
    private final OutboxWriter writer;
    private final TestSchools schools;
    private final PresenceBoard presence;
    private final Set<Participant> connected = new HashSet<>();

    public PolicyScene(Pool pool, PeopleFixtures people, OutboxWriter writer, TestSchools schools,
            PresenceBoard presence) {
        this.presence = presence;
        this.pool = pool;
        this.schools = schools;
        this.people = people;
        this.writer = writer;
    }

    /** Every channel configured, nobody connected (call from @BeforeEach). */
    public void reset() {
        presence.disconnected(connected.stream().map(Participant::toString).toList());
        connected.clear();
        channels(EnumSet.allOf(ChannelName.class));
    }

    public void channels(Set<ChannelName> configured) {
        Set<ChannelName> names = Set.copyOf(configured);
        QuarkusMock.installMockForType(new ConfiguredChannels(null) {
            @Override
            public Set<ChannelName> now() {
                return names;
            }
        }, ConfiguredChannels.class);
    }

    public String newSchool() {
        return schools.newSchool();
    }

    public long schoolId(String code) {
        return count("SELECT id FROM school WHERE code = $1", code);
    }

    /** As chat's WebSocket does when the person connects to this pod. */
    public void connect(Participant participant) {
        connected.add(participant);
        presence.connected(List.of(participant.toString()));
    }

    /** A guardian of the directory (with a phone, as every guardian has). */
    public Participant guardian() {
        return Participant.guardian(people.guardian(PeopleFixtures.phone(), "Nguyễn Thị Ánh"));
    }

    public long endpoint(Participant owner, ChannelName channel) {
        return pool.preparedQuery("""
                        INSERT INTO push_endpoint (participant, channel, address, keys, created_at)
                        VALUES ($1, $2, $3, NULL, now()) RETURNING id""")
                .execute(Tuple.of(owner.toString(), channel.name(), "tok-" + java.util.UUID.randomUUID()))
                .await().atMost(TIMEOUT).iterator().next().getLong("id");
    }

    public void preference(Participant who, boolean push, boolean paid) {
        pool.preparedQuery("""
                        INSERT INTO notification_preference (participant, push, paid, updated_at)
                        VALUES ($1, $2, $3, now())
                        ON CONFLICT (participant) DO UPDATE SET push = $2, paid = $3""")
                .execute(Tuple.of(who.toString(), push, paid)).await().atMost(TIMEOUT);
    }

    public static Reach reach(ItemKind kind, Participant to, Long schoolId, boolean urgent) {
        return new Reach(kind, kind.name().toLowerCase() + ":" + java.util.UUID.randomUUID(), to, schoolId, null,
                urgent, null, null, new Message("Điểm mới: Toán", "Con được 9 điểm", "/hop-thu/1", "tpl-1",
                        Map.of("ten", "Ánh"), null));
    }

    public int enqueue(List<Reach> reaches, Instant now) {
        return pool.withTransaction(conn -> writer.enqueueCounting(conn, reaches, now))
                .await().atMost(TIMEOUT.multipliedBy(5)); // a shared machine; the 30,000 reaches assert rows, not time
    }

    /** The item's rows as "step CHANNEL +minutes" (due time after {@code now}), in step and channel order. */
    public List<String> rows(Reach reach, Instant now) {
        List<String> rows = new ArrayList<>();
        for (Row row : pool.preparedQuery("""
                        SELECT o.step, o.channel, o.due_at, o.expires_at, o.state, o.idempotency_key
                        FROM outbox o JOIN outbox_item i ON i.id = o.item_id
                        WHERE i.item_ref = $1 AND i.recipient = $2 ORDER BY o.step, o.channel, o.id""")
                .execute(Tuple.of(reach.itemRef(), reach.recipient().toString())).await().atMost(TIMEOUT)) {
            long minutes = Duration.between(now, SqlTimes.instant(row, "due_at")).toMinutes();
            rows.add(row.getInteger("step") + " " + row.getString("channel") + " +" + minutes);
        }
        return rows;
    }

    public long count(String sql, Object... params) {
        return pool.preparedQuery(sql).execute(Tuple.from(params)).await().atMost(TIMEOUT)
                .iterator().next().getLong(0);
    }
}
