package vn.lienlac.notices.publish;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Attendance records that arrive after a leave request was approved respect it: an absence without permission
 * (KHONG_PHEP) on an excused day and session ({@link ExcusedAbsences}) is stored as CO_PHEP; a whole-day one on a day
 * with a half-day leave keeps only the other half ({@link LeaveAbsences#narrowed}; the leave's line stands for its own
 * half). Late arrivals and records already "có phép" are left as sent.
 */
@ApplicationScoped
class ExcusedDrafts {

    private final Instance<ExcusedAbsences> excused;

    ExcusedDrafts(Instance<ExcusedAbsences> excused) {
        this.excused = excused;
    }

    Uni<List<RecordDraft>> apply(long schoolId, List<RecordDraft> drafts) {
        return apply(null, schoolId, drafts);
    }

    /** As above, reading the approved leave with this client (null: the pool). */
    Uni<List<RecordDraft>> apply(SqlClient client, long schoolId, List<RecordDraft> drafts) {
        List<RecordDraft> absent = drafts.stream()
                .filter(d -> !d.deleted() && "KHONG_PHEP".equals(d.payload().get("status"))).toList();
        if (absent.isEmpty() || !excused.isResolvable()) {
            return Uni.createFrom().item(drafts);
        }
        Set<String> codes = absent.stream().map(RecordDraft::studentCode).collect(Collectors.toSet());
        LocalDate from = absent.stream().map(RecordDraft::occurredOn).min(LocalDate::compareTo).orElseThrow();
        LocalDate to = absent.stream().map(RecordDraft::occurredOn).max(LocalDate::compareTo).orElseThrow();
        Uni<Set<ExcusedAbsences.Excused>> days = client == null ? excused.get().excused(schoolId, codes, from, to)
                : excused.get().excused(client, schoolId, codes, from, to);
        return days.map(found -> {
            for (RecordDraft draft : absent) {
                String session = (String) draft.payload().get("session");
                Set<String> halves = found.stream()
                        .filter(e -> e.studentCode().equals(draft.studentCode()) && e.date().equals(draft.occurredOn()))
                        .map(e -> LeaveAbsences.narrowed(e.session(), session, "KHONG_PHEP"))
                        .filter(Objects::nonNull).collect(Collectors.toSet());
                if (found.stream().anyMatch(e -> e.covers(draft.studentCode(), draft.occurredOn(), session))
                        || halves.size() > 1) {
                    draft.payload().put("status", "CO_PHEP");
                } else if (halves.size() == 1) {
                    draft.payload().put("session", halves.iterator().next());
                }
            }
            return drafts;
        });
    }
}
