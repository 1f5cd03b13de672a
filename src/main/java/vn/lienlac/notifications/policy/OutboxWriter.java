package vn.lienlac.notifications.policy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Transaction;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.lienlac.directory.Participant;
import vn.lienlac.notifications.outbox.ChannelName;
import vn.lienlac.notifications.outbox.Outbox;
import vn.lienlac.notifications.outbox.Reach;
import vn.lienlac.notifications.outbox.ReadMark;
import vn.lienlac.notifications.outbox.sending.OutboxSender;
import vn.lienlac.platform.sql.SqlTimes;
import vn.lienlac.platform.time.TimeConfig;

/**
 * The outbox as producers write it (docs/notifications.md, "The policy"): the items and the attempt rows the policy
 * chooses, in the caller's transaction, set-based — four statements whatever the number of reaches (the schools'
 * policies, the recipients' facts, the items, the attempts). When rows are due at once, this pod's sender is woken
 * as soon as the caller's transaction commits (Vert.x's transaction completion; at once when there is no
 * transaction), rather than at its next periodic look.
 */
@ApplicationScoped
public class OutboxWriter implements Outbox {

    private static final String INSERT_ITEMS = """
            INSERT INTO outbox_item (kind, item_ref, recipient, school_id, district_id, urgent, conversation_id, seq,
                                     message, created_at)
            SELECT kind, item_ref, recipient, school_id, district_id, urgent, conversation_id, seq, message::jsonb, $10
            FROM unnest($1::text[], $2::text[], $3::text[], $4::bigint[], $5::bigint[], $6::boolean[], $7::bigint[],
                        $8::bigint[], $9::text[])
                 AS r(kind, item_ref, recipient, school_id, district_id, urgent, conversation_id, seq, message)
            ON CONFLICT (item_ref, recipient) DO NOTHING
            RETURNING id, item_ref, recipient""";

    private static final String INSERT_ATTEMPTS = """
            INSERT INTO outbox (item_id, step, channel, endpoint_id, address, due_at, expires_at, idempotency_key,
                                created_at)
            SELECT item_id, step, channel, endpoint_id, address, due_at, expires_at, gen_random_uuid(), $8
            FROM unnest($1::bigint[], $2::smallint[], $3::text[], $4::bigint[], $5::text[], $6::timestamptz[],
                        $7::timestamptz[]) AS r(item_id, step, channel, endpoint_id, address, due_at, expires_at)""";

    private static final String READ = """
            WITH items AS (
                UPDATE outbox_item SET read_at = $3
                WHERE recipient = $1 AND item_ref = ANY($2) AND read_at IS NULL
                RETURNING id)
            """ + settle(3);

    private static final String READ_UP_TO = """
            WITH items AS (
                UPDATE outbox_item i SET read_at = $4
                FROM unnest($1::text[], $2::bigint[], $3::bigint[]) AS m(recipient, conversation_id, seq)
                WHERE i.recipient = m.recipient AND i.conversation_id = m.conversation_id AND i.seq <= m.seq
                  AND i.read_at IS NULL
                RETURNING i.id)
            """ + settle(4);

    private final SchoolPolicies schools;
    private final PolicyDefaults defaults;
    private final RecipientFactsQuery factsQuery;
    private final ConfiguredChannels channels;
    private final Presences presence;
    private final TimeConfig time;
    private final ObjectMapper json;
    private final OutboxSender sender;

    public OutboxWriter(SchoolPolicies schools, PolicyDefaults defaults, RecipientFactsQuery factsQuery,
            ConfiguredChannels channels, Presences presence, TimeConfig time, ObjectMapper json, OutboxSender sender) {
        this.sender = sender;
        this.schools = schools;
        this.defaults = defaults;
        this.factsQuery = factsQuery;
        this.channels = channels;
        this.presence = presence;
        this.time = time;
        this.json = json;
    }

    @Override
    public Uni<Void> enqueue(SqlConnection conn, List<Reach> reaches, Instant now) {
        return enqueueCounting(conn, reaches, now).replaceWithVoid();
    }

    /**
     * As {@link #enqueue}, telling how many attempt rows are due at once (not held by quiet hours or a read window);
     * when there are some, the sender is woken after the commit.
     */
    public Uni<Integer> enqueueCounting(SqlConnection conn, List<Reach> reaches, Instant now) {
        if (reaches.isEmpty()) {
            return Uni.createFrom().item(0);
        }
        Set<Participant> recipients = new LinkedHashSet<>();
        Set<Long> schoolIds = new LinkedHashSet<>();
        for (Reach reach : reaches) {
            recipients.add(reach.recipient());
            if (reach.schoolId() != null) {
                schoolIds.add(reach.schoolId());
            }
        }
        Set<ChannelName> configured = channels.now();
        return presence.connected(recipients)
                .chain(connected -> schools.inForce(conn, schoolIds)
                        .chain(policies -> factsQuery.load(conn,
                                        recipients.stream().map(Participant::toString).toList())
                                .chain(facts -> insertItems(conn, reaches, now)
                                        .chain(items -> insertAttempts(conn, plan(reaches, items, policies, facts,
                                                configured, connected, now), now)))))
                .invoke(due -> {
                    if (due > 0) {
                        wakeAfterCommit(conn);
                    }
                });
    }

    /** The rows are not visible to the sender's claim before the caller's transaction commits; a rollback wakes nobody. */
    private void wakeAfterCommit(SqlConnection conn) {
        Transaction transaction = conn.transaction();
        if (transaction == null) {
            sender.wake();
            return;
        }
        transaction.completion().subscribe().with(committed -> sender.wake(), rolledBack -> { });
    }

    @Override
    public Uni<Void> read(SqlConnection conn, Participant recipient, List<String> itemRefs, Instant now) {
        if (itemRefs.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return conn.preparedQuery(READ)
                .execute(Tuple.of(recipient.toString(), itemRefs.toArray(String[]::new), SqlTimes.of(now)))
                .replaceWithVoid();
    }

    @Override
    public Uni<Void> readUpTo(SqlConnection conn, Participant recipient, long conversationId, long seq, Instant now) {
        return readUpTo(conn, List.of(new ReadMark(recipient, conversationId, seq)), now);
    }

    /** Every mark in one statement (chat's receipt writer batches them). */
    @Override
    public Uni<Void> readUpTo(SqlConnection conn, List<ReadMark> marks, Instant now) {
        if (marks.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        int n = marks.size();
        String[] recipients = new String[n];
        Long[] conversations = new Long[n];
        Long[] seqs = new Long[n];
        for (int i = 0; i < n; i++) {
            recipients[i] = marks.get(i).recipient().toString();
            conversations[i] = marks.get(i).conversationId();
            seqs[i] = marks.get(i).seq();
        }
        return conn.preparedQuery(READ_UP_TO).execute(Tuple.of(recipients, conversations, seqs, SqlTimes.of(now)))
                .replaceWithVoid();
    }

    /** Pending attempts of the items just read end SKIPPED ('read'); those already out become READ. */
    private static String settle(int nowParam) {
        return """
                UPDATE outbox o
                SET state = CASE WHEN o.state = 'QUEUED' THEN 'SKIPPED' ELSE 'READ' END,
                    error = CASE WHEN o.state = 'QUEUED' THEN 'read' ELSE o.error END,
                    finished_at = coalesce(o.finished_at, $%d)
                FROM items WHERE o.item_id = items.id AND o.state IN ('QUEUED', 'SENT', 'DELIVERED')"""
                .formatted(nowParam);
    }

    /** The new items' ids by "itemRef recipient" (items already enqueued are left out). */
    private Uni<Map<String, Long>> insertItems(SqlConnection conn, List<Reach> reaches, Instant now) {
        int n = reaches.size();
        String[] kinds = new String[n];
        String[] refs = new String[n];
        String[] recipients = new String[n];
        Long[] schoolIds = new Long[n];
        Long[] districtIds = new Long[n];
        Boolean[] urgent = new Boolean[n];
        Long[] conversations = new Long[n];
        Long[] seqs = new Long[n];
        String[] messages = new String[n];
        for (int i = 0; i < n; i++) {
            Reach reach = reaches.get(i);
            kinds[i] = reach.kind().name();
            refs[i] = reach.itemRef();
            recipients[i] = reach.recipient().toString();
            schoolIds[i] = reach.schoolId();
            districtIds[i] = reach.districtId();
            urgent[i] = reach.urgent();
            conversations[i] = reach.conversationId();
            seqs[i] = reach.seq();
            messages[i] = messageJson(reach);
        }
        Tuple params = Tuple.tuple(List.of(kinds, refs, recipients, schoolIds, districtIds, urgent, conversations,
                seqs, messages, SqlTimes.of(now)));
        return conn.preparedQuery(INSERT_ITEMS).execute(params).map(rows -> {
            Map<String, Long> ids = new HashMap<>(rows.size() * 2);
            for (Row row : rows) {
                ids.put(key(row.getString("item_ref"), row.getString("recipient")), row.getLong("id"));
            }
            return ids;
        });
    }

    private List<Planned> plan(List<Reach> reaches, Map<String, Long> items, Map<Long, SchoolPolicy> policies,
            Map<String, RecipientFacts> facts, Set<ChannelName> configured, Set<Participant> connected, Instant now) {
        List<Planned> planned = new ArrayList<>();
        for (Reach reach : reaches) {
            String recipient = reach.recipient().toString();
            Long itemId = items.remove(key(reach.itemRef(), recipient));
            if (itemId == null) {
                continue; // enqueued before, or twice in this call
            }
            SchoolPolicy policy = reach.schoolId() == null ? defaults.defaults()
                    : policies.getOrDefault(reach.schoolId(), defaults.defaults());
            for (PlannedAttempt attempt : Routes.plan(reach, facts.getOrDefault(recipient, RecipientFacts.UNKNOWN),
                    policy, configured, connected.contains(reach.recipient()), now, time.zone())) {
                planned.add(new Planned(itemId, attempt));
            }
        }
        return planned;
    }

    private Uni<Integer> insertAttempts(SqlConnection conn, List<Planned> planned, Instant now) {
        if (planned.isEmpty()) {
            return Uni.createFrom().item(0);
        }
        int n = planned.size();
        Long[] items = new Long[n];
        Short[] steps = new Short[n];
        String[] channelNames = new String[n];
        Long[] endpoints = new Long[n];
        String[] addresses = new String[n];
        OffsetDateTime[] due = new OffsetDateTime[n];
        OffsetDateTime[] expires = new OffsetDateTime[n];
        int dueNow = 0;
        for (int i = 0; i < n; i++) {
            PlannedAttempt attempt = planned.get(i).attempt();
            items[i] = planned.get(i).itemId();
            steps[i] = (short) attempt.step();
            channelNames[i] = attempt.channel().name();
            endpoints[i] = attempt.endpointId();
            addresses[i] = attempt.address();
            due[i] = SqlTimes.of(attempt.dueAt());
            expires[i] = SqlTimes.of(attempt.expiresAt());
            if (!attempt.dueAt().isAfter(now)) {
                dueNow++;
            }
        }
        int count = dueNow;
        return conn.preparedQuery(INSERT_ATTEMPTS)
                .execute(Tuple.tuple(List.of(items, steps, channelNames, endpoints, addresses, due, expires,
                        SqlTimes.of(now))))
                .replaceWith(count);
    }

    private String messageJson(Reach reach) {
        try {
            return json.writeValueAsString(reach.message());
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Cannot write the message of " + reach.itemRef(), e);
        }
    }

    private static String key(String itemRef, String recipient) {
        return recipient + ' ' + itemRef;
    }

    private record Planned(long itemId, PlannedAttempt attempt) {
    }
}
