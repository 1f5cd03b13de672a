package vn.lienlac.notices.publish;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import java.time.LocalDate;
import java.util.Set;

/**
 * Days on which a student is excused (an approved leave request, docs/leave-requests.md). Notices only defines the
 * question; the leave feature answers it, so that notices never depends on leave. When an attendance record says a
 * student is absent without permission on an excused day and session, the publisher stores it as "có phép".
 */
public interface ExcusedAbsences {

    /** One excused day: {@code session} is SANG, CHIEU or CA_NGAY (the whole day). */
    record Excused(String studentCode, LocalDate date, String session) {

        /** Whether an absence in {@code recordSession} on that day is excused by this. */
        public boolean covers(String code, LocalDate day, String recordSession) {
            return studentCode.equals(code) && date.equals(day)
                    && ("CA_NGAY".equals(session) || session.equals(recordSession));
        }
    }

    /** The excused days of these students of a school between {@code from} and {@code to} (inclusive). */
    Uni<Set<Excused>> excused(long schoolId, Set<String> studentCodes, LocalDate from, LocalDate to);

    /** As above, read with this client: the publishing transaction's connection, which holds the publish lock. */
    default Uni<Set<Excused>> excused(SqlClient client, long schoolId,
            Set<String> studentCodes, LocalDate from, LocalDate to) {
        return excused(schoolId, studentCodes, from, to);
    }
}
