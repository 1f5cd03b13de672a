package vn.lienlac.notices.publish;

import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import vn.lienlac.notices.NoticeKind;

/**
 * One attendance line per child and day in the contact book, whichever came first (docs/leave-requests.md): the
 * {@code leave-…} record an approval wrote for a day that had none stands only until a real record of that day arrives.
 * An attendance batch (after it took the school's publish lock and excused its absences, Publisher) withdraws the
 * {@code leave-…} records its own records fill ({@link LeaveAbsences#fills}) — the same rule an approval follows when the
 * record came first. Nobody is told: those records reached the contact book only.
 */
@ApplicationScoped
class LeaveLines {

    private static final String FIND = """
            SELECT source_id, student_code, occurred_on, payload FROM notice
            WHERE school_id = $1 AND kind = 'ATTENDANCE' AND withdrawn_at IS NULL AND source_id LIKE 'leave-%'
              AND student_code = ANY($2) AND occurred_on BETWEEN $3 AND $4""";

    private final NoticeStore store;

    LeaveLines(NoticeStore store) {
        this.store = store;
    }

    /** Withdraws, in the batch's transaction, the leave records that {@code incoming} attendance takes the place of. */
    Uni<Void> stepAside(SqlConnection conn, long schoolId, String actor, List<Prepared> incoming, Instant now) {
        List<RecordDraft> records = incoming.stream().map(Prepared::draft)
                .filter(d -> !d.deleted() && !d.sourceId().startsWith(LeaveAbsences.SOURCE_PREFIX)).toList();
        if (records.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        String[] codes = records.stream().map(RecordDraft::studentCode).distinct().toArray(String[]::new);
        LocalDate from = records.stream().map(RecordDraft::occurredOn).min(LocalDate::compareTo).orElseThrow();
        LocalDate to = records.stream().map(RecordDraft::occurredOn).max(LocalDate::compareTo).orElseThrow();
        return conn.preparedQuery(FIND).execute(Tuple.of(schoolId, codes, from, to)).chain(rows -> {
            List<Prepared> withdrawn = new ArrayList<>();
            for (Row row : rows) {
                String leaveSession = ((JsonObject) row.getValue("payload")).getString("session");
                if (records.stream().anyMatch(d -> d.studentCode().equals(row.getString("student_code"))
                        && d.occurredOn().equals(row.getLocalDate("occurred_on"))
                        && LeaveAbsences.fills(leaveSession, (String) d.payload().get("session"),
                                (String) d.payload().get("status")))) {
                    withdrawn.add(Prepared.deletion(RecordDraft.deletion(withdrawn.size(), row.getString("source_id"))));
                }
            }
            return withdrawn.isEmpty() ? Uni.createFrom().voidItem()
                    : store.apply(conn, UUID.randomUUID(), schoolId, NoticeKind.ATTENDANCE, actor, withdrawn.size(),
                            withdrawn, (classId, subject) -> true, now).replaceWithVoid();
        });
    }
}
