package vn.lienlac.notices.publish;

import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiPredicate;
import vn.lienlac.notices.NoticeKind;
import vn.lienlac.notices.delivery.Outgoing;
import vn.lienlac.notices.publish.RecordResult.Outcome;
import vn.lienlac.platform.locks.LockNamespace;
import vn.lienlac.platform.sql.SqlTimes;

/**
 * Writes one batch of prepared records in the caller's transaction, set-based: what exists is read once (and the
 * school's batches are serialised by an advisory lock), new records are inserted, changed ones updated, deleted ones
 * withdrawn; identical re-sends touch nothing. Returns each record's outcome and what it means for inboxes.
 */
@ApplicationScoped
class NoticeStore {

    /** A stored notice as a new batch finds it. */
    record Existing(long id, String sha256, boolean withdrawn, Long classId, String subject) {
    }

    record Applied(List<RecordResult> results, List<Outgoing> outgoing) {
    }

    /**
     * @param mayDelete whether the publisher may withdraw or change a stored notice of this class and subject (a
     *                  health record's type as its subject; null for kinds without one)
     */
    Uni<Applied> apply(SqlConnection conn, UUID batchId, long schoolId, NoticeKind kind, String actor,
            int recordCount, List<Prepared> records, BiPredicate<Long, String> mayDelete, Instant now) {
        List<String> sourceIds = records.stream().map(p -> p.draft().sourceId()).toList();
        return LockNamespace.NOTICE_PUBLISH.lock(conn, Math.toIntExact(schoolId))
                .chain(() -> conn.preparedQuery("""
                                INSERT INTO notice_batch (id, school_id, kind, actor, received_at, record_count, counts)
                                VALUES ($1, $2, $3, $4, $5, $6, '{}'::jsonb)""")
                        .execute(Tuple.from(List.of(batchId, schoolId, kind.name(), actor, SqlTimes.of(now),
                                recordCount))))
                .chain(() -> conn.preparedQuery("""
                                SELECT id, source_id, payload_sha256, withdrawn_at IS NOT NULL AS withdrawn, class_id,
                                       COALESCE(payload->>'subject',
                                                CASE WHEN kind = 'HEALTH' THEN payload->>'type' END) AS subject
                                FROM notice WHERE school_id = $1 AND kind = $2 AND source_id = ANY($3)""")
                        .execute(Tuple.of(schoolId, kind.name(), sourceIds.toArray(String[]::new))))
                .chain(rows -> write(conn, batchId, schoolId, kind, records, existing(rows), mayDelete, now));
    }

    private Uni<Applied> write(SqlConnection conn, UUID batchId, long schoolId, NoticeKind kind,
            List<Prepared> records, Map<String, Existing> existing, BiPredicate<Long, String> mayDelete, Instant now) {
        List<RecordResult> results = new ArrayList<>();
        List<Prepared> inserts = new ArrayList<>();
        List<Prepared> updates = new ArrayList<>();
        List<Long> updateIds = new ArrayList<>();
        Set<Long> corrected = new HashSet<>();
        List<Long> withdrawals = new ArrayList<>();
        for (Prepared record : records) {
            RecordDraft draft = record.draft();
            Existing found = existing.get(draft.sourceId());
            if (draft.deleted()) {
                if (found == null) {
                    results.add(RecordResult.rejected(draft.index(), draft.sourceId(),
                            RecordProblem.UNKNOWN_SOURCE_ID, draft.sourceId()));
                } else if (!mayDelete.test(found.classId(), found.subject())) {
                    results.add(RecordResult.rejected(draft.index(), draft.sourceId(),
                            RecordProblem.NOT_PERMITTED, draft.sourceId()));
                } else if (found.withdrawn()) {
                    results.add(RecordResult.of(draft.index(), draft.sourceId(), Outcome.UNCHANGED, found.id()));
                } else {
                    withdrawals.add(found.id());
                    results.add(RecordResult.of(draft.index(), draft.sourceId(), Outcome.DELETED, found.id()));
                }
            } else if (found == null) {
                inserts.add(record);
                results.add(null);
            } else if (!mayDelete.test(found.classId(), found.subject())) {
                // Changing a stored record takes the rights to it as it is (a teacher's growth measurement may not
                // overwrite the nurse's check-up under the same sourceId, nor a maths grade a literature one).
                results.add(RecordResult.rejected(draft.index(), draft.sourceId(), RecordProblem.NOT_PERMITTED,
                        draft.sourceId()));
            } else if (!found.withdrawn() && found.sha256().equals(record.sha256())) {
                results.add(RecordResult.of(draft.index(), draft.sourceId(), Outcome.UNCHANGED, found.id()));
            } else {
                updates.add(record);
                updateIds.add(found.id());
                if (!found.withdrawn()) {
                    corrected.add(found.id());
                }
                results.add(RecordResult.of(draft.index(), draft.sourceId(),
                        found.withdrawn() ? Outcome.ACCEPTED : Outcome.UPDATED, found.id()));
            }
        }
        return insert(conn, batchId, schoolId, kind, inserts, now)
                .chain(inserted -> update(conn, batchId, updates, updateIds, now).chain(versions ->
                        withdraw(conn, batchId, withdrawals, now)
                                .chain(() -> previous(conn, corrected, withdrawals))
                                .map(previous -> {
                                    List<Outgoing> outgoing = new ArrayList<>();
                                    int next = 0;
                                    for (int i = 0; i < results.size(); i++) {
                                        if (results.get(i) == null) {
                                            Prepared p = inserts.get(next);
                                            long id = inserted.get(next++);
                                            results.set(i, RecordResult.of(p.draft().index(), p.draft().sourceId(),
                                                    Outcome.ACCEPTED, id));
                                            outgoing.add(post(kind, id, 1, p));
                                        }
                                    }
                                    for (int i = 0; i < updates.size(); i++) {
                                        long id = updateIds.get(i);
                                        Prepared p = updates.get(i);
                                        outgoing.add(corrected.contains(id)
                                                ? correction(kind, id, versions.get(id), p, previous.get(id))
                                                : post(kind, id, versions.get(id), p));
                                    }
                                    for (long id : withdrawals) {
                                        outgoing.add(new Outgoing(id, Outgoing.Change.WITHDRAW, 0, null, null, null, List.of(),
                                                previous.getOrDefault(id, List.of())));
                                    }
                                    return new Applied(results, outgoing);
                                })))
                .call(applied -> counts(conn, batchId, applied.results()));
    }

    private static Outgoing post(NoticeKind kind, long id, int version, Prepared p) {
        return new Outgoing(id, Outgoing.Change.POST, version, p.text(), data(kind, id, version, p), p.about(),
                p.guardians(), List.of());
    }

    /** The guardians told before get a correction of their item; guardians linked since then get the notice. */
    private static Outgoing correction(NoticeKind kind, long id, int version, Prepared p,
            List<Outgoing.Delivered> before) {
        List<Outgoing.Delivered> told = before == null ? List.of() : before;
        Set<Long> toldIds = new HashSet<>();
        told.forEach(d -> toldIds.add(d.guardianId()));
        List<Long> fresh = p.guardians().stream().filter(g -> !toldIds.contains(g)).toList();
        return new Outgoing(id, Outgoing.Change.CORRECT, version, p.text(), data(kind, id, version, p), p.about(),
                fresh, told);
    }

    /** The item's structured form: {"topic":"notice","category":…,"noticeId":…,"version":…,"record":{…}}. */
    private static String data(NoticeKind kind, long id, int version, Prepared p) {
        return new JsonObject().put("topic", "notice").put("category", kind.name()).put("noticeId", id)
                .put("version", version).put("record", new JsonObject(p.payload())).encode();
    }

    private static Uni<List<Long>> insert(SqlConnection conn, UUID batchId, long schoolId, NoticeKind kind,
            List<Prepared> records, Instant now) {
        if (records.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        Columns c = new Columns(records);
        return conn.preparedQuery("""
                        INSERT INTO notice (school_id, kind, source_id, student_id, student_code, class_id, payload,
                                            payload_sha256, text, occurred_on, batch_id, unreachable, created_at,
                                            updated_at)
                        SELECT $1, $2, s, st, p::jsonb->>'studentCode', c, p::jsonb, h, t, d, $3, u::jsonb, $4, $4
                        FROM unnest($5::text[], $6::bigint[], $7::bigint[], $8::text[], $9::text[], $10::text[],
                                    $11::date[], $12::text[]) AS x(s, st, c, p, h, t, d, u)
                        RETURNING id, source_id""")
                .execute(Tuple.from(List.of(schoolId, kind.name(), batchId, SqlTimes.of(now),
                        c.sources, c.students, c.classes, c.payloads, c.hashes, c.texts, c.dates, c.unreachable)))
                .map(rows -> {
                    Map<String, Long> bySource = new HashMap<>();
                    rows.forEach(row -> bySource.put(row.getString("source_id"), row.getLong("id")));
                    return records.stream().map(p -> bySource.get(p.draft().sourceId())).toList();
                });
    }

    /** @return the new version of each updated notice */
    private static Uni<Map<Long, Integer>> update(SqlConnection conn, UUID batchId, List<Prepared> records,
            List<Long> ids, Instant now) {
        if (records.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        Columns c = new Columns(records);
        return conn.preparedQuery("""
                        UPDATE notice n
                        SET student_id = x.st, student_code = x.p::jsonb->>'studentCode', class_id = x.c,
                            payload = x.p::jsonb, payload_sha256 = x.h, text = x.t,
                            occurred_on = x.d, unreachable = x.u::jsonb, version = n.version + 1, batch_id = $1,
                            updated_at = $2, withdrawn_at = NULL
                        FROM unnest($3::bigint[], $4::bigint[], $5::bigint[], $6::text[], $7::text[], $8::text[],
                                    $9::date[], $10::text[]) AS x(id, st, c, p, h, t, d, u)
                        WHERE n.id = x.id
                        RETURNING n.id, n.version""")
                .execute(Tuple.from(List.of(batchId, SqlTimes.of(now), ids.toArray(Long[]::new), c.students,
                        c.classes, c.payloads, c.hashes, c.texts, c.dates, c.unreachable)))
                .map(rows -> {
                    Map<Long, Integer> versions = new HashMap<>();
                    rows.forEach(row -> versions.put(row.getLong("id"), row.getInteger("version")));
                    return versions;
                });
    }

    private static Uni<Void> withdraw(SqlConnection conn, UUID batchId, List<Long> ids, Instant now) {
        if (ids.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return conn.preparedQuery("UPDATE notice SET withdrawn_at = $2, updated_at = $2, batch_id = $3 "
                        + "WHERE id = ANY($1)")
                .execute(Tuple.of(ids.toArray(Long[]::new), SqlTimes.of(now), batchId)).replaceWithVoid();
    }

    /** The live items of these notices in guardians' inboxes, by notice. */
    private static Uni<Map<Long, List<Outgoing.Delivered>>> previous(SqlConnection conn, Set<Long> corrected,
            List<Long> withdrawn) {
        Set<Long> ids = new HashSet<>(corrected);
        ids.addAll(withdrawn);
        if (ids.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return conn.preparedQuery("SELECT notice_id, guardian_id, owner, seq FROM notice_delivery "
                        + "WHERE notice_id = ANY($1) AND withdrawn_at IS NULL ORDER BY notice_id, guardian_id")
                .execute(Tuple.of(ids.toArray(Long[]::new)))
                .map(rows -> {
                    Map<Long, List<Outgoing.Delivered>> byNotice = new HashMap<>();
                    for (Row row : rows) {
                        byNotice.computeIfAbsent(row.getLong("notice_id"), id -> new ArrayList<>())
                                .add(new Outgoing.Delivered(row.getLong("guardian_id"), row.getString("owner"),
                                        row.getLong("seq")));
                    }
                    return byNotice;
                });
    }

    private static Uni<Void> counts(SqlConnection conn, UUID batchId, List<RecordResult> results) {
        JsonObject counts = new JsonObject();
        for (Outcome outcome : Outcome.values()) {
            counts.put(outcome.name().toLowerCase(), results.stream().filter(r -> r.outcome() == outcome).count());
        }
        return conn.preparedQuery("UPDATE notice_batch SET counts = $2::jsonb WHERE id = $1")
                .execute(Tuple.of(batchId, counts.encode())).replaceWithVoid();
    }

    private static Map<String, Existing> existing(RowSet<Row> rows) {
        Map<String, Existing> found = new HashMap<>();
        for (Row row : rows) {
            found.put(row.getString("source_id"), new Existing(row.getLong("id"), row.getString("payload_sha256"),
                    row.getBoolean("withdrawn"), row.getLong("class_id"), row.getString("subject")));
        }
        return found;
    }

    /** The prepared records as column arrays for {@code unnest}. */
    private static final class Columns {
        final String[] sources;
        final Long[] students;
        final Long[] classes;
        final String[] payloads;
        final String[] hashes;
        final String[] texts;
        final LocalDate[] dates;
        final String[] unreachable;

        Columns(List<Prepared> records) {
            int n = records.size();
            sources = new String[n];
            students = new Long[n];
            classes = new Long[n];
            payloads = new String[n];
            hashes = new String[n];
            texts = new String[n];
            dates = new LocalDate[n];
            unreachable = new String[n];
            for (int i = 0; i < n; i++) {
                Prepared p = records.get(i);
                sources[i] = p.draft().sourceId();
                students[i] = p.studentId();
                classes[i] = p.classId();
                payloads[i] = p.payload();
                hashes[i] = p.sha256();
                texts[i] = p.text();
                dates[i] = p.draft().occurredOn();
                unreachable[i] = new JsonArray(p.unreachable()).encode();
            }
        }
    }
}
