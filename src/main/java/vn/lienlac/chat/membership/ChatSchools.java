package vn.lienlac.chat.membership;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;

/** Finds the schools whose groups are reconciled. */
@ApplicationScoped
class ChatSchools {

    private final Pool pool;

    ChatSchools(Pool pool) {
        this.pool = pool;
    }

    /** The school with this code, or null. */
    Uni<SchoolRef> byCode(String code) {
        return pool.preparedQuery("SELECT id, code FROM directory_schools WHERE code = $1").execute(Tuple.of(code))
                .map(ChatSchools::first);
    }

    /** The school with this id, or null. */
    Uni<SchoolRef> byId(long id) {
        return pool.preparedQuery("SELECT id, code FROM directory_schools WHERE id = $1").execute(Tuple.of(id))
                .map(ChatSchools::first);
    }

    /** Every active school, in id order. */
    Uni<List<SchoolRef>> active() {
        return pool.query("SELECT id, code FROM directory_schools WHERE active ORDER BY id").execute()
                .map(ChatSchools::all);
    }

    /**
     * Other schools whose groups hold, as directory members, a person of this school: a guardian of one of its
     * active students, or a member of its staff. After a transfer (a student or teacher now listed here) those
     * groups are out of date until they are reconciled too.
     */
    Uni<List<SchoolRef>> neighbours(long schoolId) {
        return pool.preparedQuery("""
                        WITH people AS (
                            SELECT gc.participant FROM directory_guardian_children gc WHERE gc.school_id = $1
                            UNION
                            SELECT st.participant FROM directory_staff st WHERE st.school_id = $1)
                        SELECT DISTINCT s.id, s.code
                        FROM people p
                        JOIN conversation_member cm ON cm.participant = p.participant AND cm.active
                                                   AND cm.source = 'DIRECTORY'
                        JOIN conversation cv ON cv.id = cm.conversation_id
                                            AND cv.kind IN ('CLASS', 'CLASS_PARENTS', 'SCHOOL_STAFF')
                        JOIN directory_schools s ON s.id = cv.school_id
                        WHERE cv.school_id <> $1
                        ORDER BY s.id""")
                .execute(Tuple.of(schoolId))
                .map(ChatSchools::all);
    }

    private static SchoolRef first(RowSet<Row> rows) {
        List<SchoolRef> all = all(rows);
        return all.isEmpty() ? null : all.get(0);
    }

    private static List<SchoolRef> all(RowSet<Row> rows) {
        List<SchoolRef> schools = new ArrayList<>(rows.size());
        for (Row row : rows) {
            schools.add(new SchoolRef(row.getLong("id"), row.getString("code")));
        }
        return schools;
    }
}
