package vn.lienlac.leave;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.lienlac.notices.publish.ExcusedAbsences;

/** Answers notices' question "is this absence excused?" from the approved leave requests. */
@ApplicationScoped
class ApprovedLeave implements ExcusedAbsences {

    private final LeaveStore store;

    ApprovedLeave(LeaveStore store) {
        this.store = store;
    }

    @Override
    public Uni<Set<Excused>> excused(long schoolId, Set<String> studentCodes, LocalDate from, LocalDate to) {
        return days(store.approved(schoolId, studentCodes, from, to));
    }

    @Override
    public Uni<Set<Excused>> excused(SqlClient client, long schoolId,
            Set<String> studentCodes, LocalDate from, LocalDate to) {
        return days(store.approved(client, schoolId, studentCodes, from, to));
    }

    private static Uni<Set<Excused>> days(Uni<List<LeaveRequest>> approved) {
        return approved.map(requests -> {
            Set<Excused> days = new HashSet<>();
            for (LeaveRequest r : requests) {
                for (LocalDate day = r.from(); !day.isAfter(r.to()); day = day.plusDays(1)) {
                    days.add(new Excused(r.studentCode(), day, r.session()));
                }
            }
            return days;
        });
    }
}
