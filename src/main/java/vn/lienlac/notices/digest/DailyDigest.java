package vn.lienlac.notices.digest;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.lienlac.chat.inbox.InboxItem;
import vn.lienlac.chat.inbox.InboxPosition;
import vn.lienlac.chat.inbox.InboxWrite;
import vn.lienlac.chat.inbox.Inboxes;
import vn.lienlac.notices.NoticesConfig;
import vn.lienlac.notices.delivery.NoticeQuietHours;
import vn.lienlac.notices.render.NoticeTexts;
import vn.lienlac.platform.locks.LockNamespace;
import vn.lienlac.platform.sql.SqlTimes;

/**
 * The daily digest: once the configured hour has passed, each guardian who reads a category as a digest and got
 * notices of it since their last digest (or in the last day) gets one summary item in their inbox — one per
 * guardian per day, whichever pod runs first (an advisory lock and {@code notice_digest} see to that). The
 * scheduler only calls {@link #run(Instant)}; tests call it with the instant they want.
 */
@ApplicationScoped
public class DailyDigest {

    private static final String DUE = """
            SELECT d.guardian_id, d.owner, d.notice_id, n.text
            FROM notice_delivery d
            JOIN notice n ON n.id = d.notice_id AND n.withdrawn_at IS NULL
            JOIN notice_preference p ON p.guardian_id = d.guardian_id AND p.category = d.category
                                    AND p.mode = 'DIGEST'
            WHERE d.withdrawn_at IS NULL AND d.posted_at <= $1
              AND d.posted_at > COALESCE((SELECT max(g.posted_at) FROM notice_digest g
                                          WHERE g.guardian_id = d.guardian_id), $3)
              AND NOT EXISTS (SELECT 1 FROM notice_digest g WHERE g.guardian_id = d.guardian_id AND g.day = $2)
            ORDER BY d.guardian_id, d.posted_at, d.notice_id""";

    private final Pool pool;
    private final Inboxes inboxes;
    private final NoticeTexts texts;
    private final NoticeQuietHours quiet;
    private final NoticesConfig config;
    private final Clock clock;

    public DailyDigest(Pool pool, Inboxes inboxes, NoticeTexts texts, NoticeQuietHours quiet, NoticesConfig config,
            Clock clock) {
        this.pool = pool;
        this.inboxes = inboxes;
        this.texts = texts;
        this.quiet = quiet;
        this.config = config;
        this.clock = clock;
    }

    @Scheduled(every = "${lienlac.notices.digest-check:1m}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> tick() {
        return run(clock.instant()).replaceWithVoid();
    }

    /** Posts the digests due at {@code now}; returns how many were posted (0 before the digest hour). */
    public Uni<Integer> run(Instant now) {
        LocalDate day = LocalDate.ofInstant(now, clock.getZone());
        if (LocalTime.ofInstant(now, clock.getZone()).isBefore(config.digestAt())) {
            return Uni.createFrom().item(0);
        }
        return pool.withTransaction(conn -> LockNamespace.NOTICE_DIGEST.tryLock(conn, 0)
                        .chain(locked -> !locked
                                ? Uni.createFrom().item(new Posted(List.of(), null))
                                : conn.preparedQuery(DUE).execute(Tuple.of(SqlTimes.of(now), day,
                                                SqlTimes.of(now.minus(Duration.ofDays(1)))))
                                        .chain(rows -> post(conn, day, rows, now))))
                .invoke(posted -> {
                    if (posted.write() != null) {
                        inboxes.committed(posted.write());
                    }
                })
                .map(posted -> posted.guardians().size());
    }

    /** The guardians given a digest in one run, and the inbox write to push after the commit (null: none). */
    private record Posted(List<Long> guardians, InboxWrite write) {
    }

    private Uni<Posted> post(SqlConnection conn, LocalDate day, RowSet<Row> rows, Instant now) {
        Map<Long, List<Row>> byGuardian = new LinkedHashMap<>();
        rows.forEach(row -> byGuardian.computeIfAbsent(row.getLong("guardian_id"), g -> new ArrayList<>()).add(row));
        if (byGuardian.isEmpty()) {
            return Uni.createFrom().item(new Posted(List.of(), null));
        }
        boolean silent = quiet.isQuiet(now);
        List<Long> guardians = new ArrayList<>(byGuardian.keySet());
        List<InboxItem> items = new ArrayList<>();
        List<Integer> counts = new ArrayList<>();
        for (List<Row> notices : byGuardian.values()) {
            JsonArray ids = new JsonArray();
            List<String> lines = new ArrayList<>();
            notices.forEach(row -> {
                ids.add(row.getLong("notice_id"));
                lines.add(row.getString("text"));
            });
            String data = new JsonObject().put("topic", "notice").put("category", "DIGEST")
                    .put("day", day.toString()).put("noticeIds", ids).encode();
            items.add(InboxItem.post(notices.get(0).getString("owner"), texts.digest(day, lines), data, silent));
            counts.add(notices.size());
        }
        return inboxes.append(conn, items, now).chain(write -> {
            List<InboxPosition> positions = write.positions();
            return conn.preparedQuery("""
                            INSERT INTO notice_digest (guardian_id, day, conversation_id, seq, item_count, posted_at)
                            SELECT g, $5, c, s, n, $6
                            FROM unnest($1::bigint[], $2::bigint[], $3::bigint[], $4::int[]) AS u(g, c, s, n)""")
                    .execute(Tuple.from(List.of(guardians.toArray(Long[]::new),
                            positions.stream().map(InboxPosition::conversationId).toArray(Long[]::new),
                            positions.stream().map(InboxPosition::seq).toArray(Long[]::new),
                            counts.toArray(Integer[]::new), day, SqlTimes.of(now))))
                    .map(done -> new Posted(guardians, write));
        });
    }
}
