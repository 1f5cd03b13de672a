package vn.lienlac.notices.scheduled;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowIterator;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import vn.lienlac.audit.AuditAction;
import vn.lienlac.audit.AuditEntry;
import vn.lienlac.audit.AuditLog;
import vn.lienlac.audit.AuditOutcome;
import vn.lienlac.identity.AccessPolicy;
import vn.lienlac.identity.NoticeAuthors;
import vn.lienlac.identity.NoticeAuthor;
import vn.lienlac.identity.SignedInPerson;
import vn.lienlac.notices.NoticeKind;
import vn.lienlac.notices.publish.BatchResult;
import vn.lienlac.notices.publish.Publisher;
import vn.lienlac.notices.publish.RecordProblem;
import vn.lienlac.platform.error.ApiException;
import vn.lienlac.platform.error.ErrorCode;
import vn.lienlac.platform.sql.OneAtATime;
import vn.lienlac.platform.sql.SqlTimes;
import vn.lienlac.platform.time.NotSent;
import vn.lienlac.platform.time.SendAt;

/**
 * Notice batches published later (docs/notices.md, "Scheduled batches"). Scheduling checks the batch as a publish
 * would and answers the bad records now; the valid ones are stored with their sender's publishing rights, and nobody
 * sees anything until the time, when the sender's rights are checked again (a sender who lost them sends nothing: the
 * batch ends {@code FAILED}, {@code NOT_PERMITTED}, audited). {@link #sendDue(Instant)}, run on every pod, claims one due batch at a time with
 * {@code FOR UPDATE SKIP LOCKED} and a lease, publishes it, and marks it sent: one pod publishes it; should that pod
 * die after publishing, the next one's publish of the same records is {@code unchanged} (records are keyed by
 * {@code sourceId}), so families are told once. A cancel waits on the row lock and sees either a batch still
 * scheduled (cancelled: it never goes) or one taken (409).
 */
@ApplicationScoped
public class ScheduledNotices {

    static final String NOT_FOUND = "Không tìm thấy lịch gửi thông báo này.";
    static final String ALREADY_SENT = "Lô thông báo đã được gửi, không thể hủy lịch gửi nữa.";
    static final String NOT_SENT = "Lô thông báo này đã không gửi được; không còn gì để hủy.";
    /** How long a pod holds a claimed batch before another may take it again. */
    static final Duration LEASE = Duration.ofMinutes(5);
    private static final int MAX_PER_RUN = 50;

    private static final String INSERT = """
            INSERT INTO notice_scheduled (id, school_id, school_code, kind, actor, author, records, record_count,
                urgent, send_at, created_at, sender_phone, sender_staff_code)
            VALUES ($1, $2, $3, $4, $5, $6::text::jsonb, $7::text::jsonb, $8, $9, $10, $11, $12, $13)""";

    private static final String LIST = "SELECT " + ScheduledBatch.COLUMNS + " FROM notice_scheduled "
            + "WHERE school_code = $1 AND actor = $2 ORDER BY send_at DESC, created_at DESC LIMIT 200";

    private static final String LOCK = "SELECT " + ScheduledBatch.COLUMNS + " FROM notice_scheduled "
            + "WHERE id = $1 AND school_code = $2 AND actor = $3 FOR UPDATE";

    private static final String CANCEL = "UPDATE notice_scheduled SET state = 'CANCELLED', done_at = $2 WHERE id = $1 "
            + "RETURNING " + ScheduledBatch.COLUMNS;

    private static final String CLAIM = """
            UPDATE notice_scheduled SET state = 'SENDING', claimed_until = $2
            WHERE id = (SELECT id FROM notice_scheduled
                        WHERE (state = 'SCHEDULED' AND send_at <= $1) OR (state = 'SENDING' AND claimed_until < $1)
                        ORDER BY send_at, created_at LIMIT 1 FOR UPDATE SKIP LOCKED)
            RETURNING id, school_code, kind, actor, sender_phone, sender_staff_code, records::text AS records,
                urgent""";

    private static final String SENT = "UPDATE notice_scheduled SET state = 'SENT', batch_id = $2, done_at = $3, "
            + "claimed_until = NULL WHERE id = $1 AND state = 'SENDING'";

    private static final String FAILED = "UPDATE notice_scheduled SET state = 'FAILED', failure_code = $2, "
            + "failure = $3, done_at = $4, claimed_until = NULL WHERE id = $1 AND state = 'SENDING'";

    /** Why a batch did not go when its sender lost the right to send it (docs/notices.md, "Scheduled batches"). */
    static final String NOT_PERMITTED = "Người hẹn gửi không còn quyền gửi cho lớp này.";

    private final Publisher publisher;
    private final AccessPolicy policy;
    private final NoticeAuthors authors;
    private final Pool pool;
    private final AuditLog audit;
    private final ObjectMapper json;
    private final Clock clock;

    public ScheduledNotices(Publisher publisher, AccessPolicy policy, NoticeAuthors authors, Pool pool, AuditLog audit,
            ObjectMapper json, Clock clock) {
        this.publisher = publisher;
        this.policy = policy;
        this.authors = authors;
        this.pool = pool;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
    }

    /** Checks the batch now and stores its valid records for {@code sendAt} (audited); answers every record. */
    public Uni<BatchResult> schedule(SecurityIdentity identity, String schoolCode, NoticeKind kind,
            List<JsonNode> records, boolean urgent, OffsetDateTime sendAt) {
        Instant now = clock.instant();
        Instant at;
        try {
            at = SendAt.check(sendAt, now, "sendAt");
        } catch (ApiException e) {
            return Uni.createFrom().failure(e);
        }
        return publisher.check(identity, schoolCode, kind, records, urgent).chain(checked -> {
            Set<Integer> refused = new HashSet<>();
            checked.rejected().forEach(r -> refused.add(r.index()));
            List<JsonNode> valid = new ArrayList<>();
            List<Integer> indexes = new ArrayList<>();
            List<String> sourceIds = new ArrayList<>();
            for (int i = 0; i < records.size(); i++) {
                if (!refused.contains(i)) {
                    valid.add(records.get(i));
                    indexes.add(i);
                    sourceIds.add(records.get(i).get("sourceId").asText());
                }
            }
            if (valid.isEmpty()) {
                return Uni.createFrom().item(BatchResult.scheduled(null, checked.rejected(), List.of(), List.of(),
                        at));
            }
            UUID id = UUID.randomUUID();
            NoticeAuthor author = checked.author();
            SignedInPerson person = author.actor().startsWith(NoticeAuthor.STAFF) ? policy.requirePerson(identity)
                    : null;
            String authorJson;
            String recordsJson;
            try {
                authorJson = json.writeValueAsString(author);
                recordsJson = json.writeValueAsString(valid);
            } catch (JsonProcessingException e) {
                return Uni.createFrom().failure(e);
            }
            return pool.withTransaction(conn -> conn.preparedQuery(INSERT).execute(Tuple.from(new Object[] {id,
                            checked.schoolId(), checked.schoolCode(), kind.name(), author.actor(), authorJson,
                            recordsJson, valid.size(), urgent, SqlTimes.of(at), SqlTimes.of(now),
                            person == null ? null : person.phone(), person == null ? null : person.staffCode()}))
                    .call(() -> audit.record(conn, new AuditEntry(AuditAction.NOTICE_SCHEDULED, AuditOutcome.SUCCESS,
                            author.actor(), id.toString(), checked.schoolCode(), null, null, Map.of("category",
                            kind.name(), "records", valid.size(), "sendAt", at.toString(), "urgent", urgent)))))
                    .map(ignored -> BatchResult.scheduled(id, checked.rejected(), sourceIds, indexes, at));
        });
    }

    /** The caller's scheduled batches for the school, latest time first, whatever their state. */
    public Uni<List<ScheduledBatch>> mine(SecurityIdentity identity, String schoolCode) {
        return authors.requireNoticeSender(identity, schoolCode).chain(actor -> pool.preparedQuery(LIST)
                .execute(Tuple.of(schoolCode, actor)).map(rows -> {
                    List<ScheduledBatch> list = new ArrayList<>();
                    rows.forEach(row -> list.add(ScheduledBatch.of(row)));
                    return list;
                }));
    }

    /** Cancels one of the caller's scheduled batches before it goes (audited); 404 for another's, 409 once taken. */
    public Uni<ScheduledBatch> cancel(SecurityIdentity identity, String schoolCode, UUID id) {
        Instant now = clock.instant();
        return authors.requireNoticeSender(identity, schoolCode).chain(actor -> pool.withTransaction(conn -> conn
                .preparedQuery(LOCK).execute(Tuple.of(id, schoolCode, actor)).chain(rows -> {
                    RowIterator<Row> it = rows.iterator();
                    if (!it.hasNext()) {
                        return Uni.createFrom().failure(ApiException.notFound(NOT_FOUND));
                    }
                    ScheduledBatch found = ScheduledBatch.of(it.next());
                    return switch (found.state()) {
                        case "SCHEDULED" -> conn.preparedQuery(CANCEL).execute(Tuple.of(id, SqlTimes.of(now)))
                                .map(updated -> ScheduledBatch.of(updated.iterator().next()))
                                .call(() -> audit.record(conn, new AuditEntry(AuditAction.NOTICE_SCHEDULE_CANCELLED,
                                        AuditOutcome.SUCCESS, actor, id.toString(), schoolCode, null, null,
                                        Map.of("category", found.kind()))));
                        case "CANCELLED" -> Uni.createFrom().item(found);
                        case "FAILED" -> Uni.createFrom().failure(new ApiException(ErrorCode.CONFLICT, NOT_SENT));
                        default -> Uni.createFrom().failure(new ApiException(ErrorCode.CONFLICT, ALREADY_SENT));
                    };
                })));
    }

    /** Publishes every batch due at {@code now}, one at a time; answers how many went. */
    public Uni<Integer> sendDue(Instant now) {
        return OneAtATime.repeat(MAX_PER_RUN, () -> pool.preparedQuery(CLAIM)
                .execute(Tuple.of(SqlTimes.of(now), SqlTimes.of(now.plus(LEASE))))
                .chain(rows -> {
                    RowIterator<Row> it = rows.iterator();
                    return it.hasNext() ? send(it.next(), now).replaceWith(true) : Uni.createFrom().item(false);
                }));
    }

    /**
     * Publishes a claimed batch as its sender may publish <em>now</em>: their rights are found again in the directory
     * ({@link NoticeAuthors#noticeAuthorNow}) and the batch checked again with them. A sender who lost the right to any
     * of its records (moved out of the class, left the school, lost the homeroom or the position) sends none of it.
     */
    private Uni<Void> send(Row row, Instant now) {
        UUID id = row.getUUID("id");
        String actor = row.getString("actor");
        String schoolCode = row.getString("school_code");
        NoticeKind kind = NoticeKind.valueOf(row.getString("kind"));
        boolean urgent = row.getBoolean("urgent");
        List<JsonNode> records;
        try {
            records = List.of(json.readValue(row.getString("records"), JsonNode[].class));
        } catch (JsonProcessingException e) {
            return Uni.createFrom().failure(e);
        }
        return authors.noticeAuthorNow(actor, sender(row), schoolCode)
                .chain(author -> publisher.checkAs(author, schoolCode, kind, records, urgent).chain(checked ->
                        checked.rejected().stream().anyMatch(r -> RecordProblem.NOT_PERMITTED.name().equals(r.code()))
                                ? failed(id, actor, schoolCode, kind, NotSent.notPermitted(NOT_PERMITTED), now)
                                : publisher.publishAs(author, schoolCode, kind, records, urgent)
                                        .chain(result -> pool.preparedQuery(SENT)
                                                .execute(Tuple.of(id, result.batchId(), SqlTimes.of(now))))
                                        .replaceWithVoid()))
                .onFailure(ApiException.class).recoverWithUni(e -> failed(id, actor, schoolCode, kind,
                        NotSent.of((ApiException) e, NOT_PERMITTED), now));
    }

    /** The batch's row ends FAILED with why, audited in the same transaction. */
    private Uni<Void> failed(UUID id, String actor, String schoolCode, NoticeKind kind, NotSent why, Instant now) {
        return pool.withTransaction(conn -> conn.preparedQuery(FAILED)
                .execute(Tuple.of(id, why.code(), why.reason(), SqlTimes.of(now)))
                .chain(updated -> updated.rowCount() == 0 ? Uni.createFrom().voidItem()
                        : audit.record(conn, new AuditEntry(AuditAction.NOTICE_SCHEDULE_FAILED, AuditOutcome.FAILURE,
                                actor, id.toString(), schoolCode, null, null,
                                Map.of("category", kind.name(), "code", why.code())))));
    }

    /**
     * The staff member who scheduled the batch; for a batch stored before the sender was kept, read from its actor
     * ({@code staff:} and a staff code, or a phone number starting with +).
     */
    private static SignedInPerson sender(Row row) {
        String phone = row.getString("sender_phone");
        String staffCode = row.getString("sender_staff_code");
        if (phone != null || staffCode != null) {
            return new SignedInPerson(phone, staffCode);
        }
        String actor = row.getString("actor");
        if (!actor.startsWith(NoticeAuthor.STAFF)) {
            return null;
        }
        String named = actor.substring(NoticeAuthor.STAFF.length());
        return named.startsWith("+") ? new SignedInPerson(named, null) : new SignedInPerson(null, named);
    }
}
