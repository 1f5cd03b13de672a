package vn.lienlac.directory.sync.rollover;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.List;
import vn.lienlac.directory.sync.engine.SyncContext;

/**
 * The school's active classes of years before the import's, with their homeroom teachers and active teaching
 * assignments: what a rollover closes. Two queries; none when the school has no such class.
 *
 * @param classes  by year, then name
 * @param teaching the active teaching assignments in those classes
 */
record EarlierClasses(List<OldClass> classes, List<OldTeaching> teaching) {

    /** A class that closes; {@code homeroomStaffId} and {@code homeroomStaffCode} are null when it has none. */
    record OldClass(long id, String name, String schoolYear, Long homeroomStaffId, String homeroomStaffCode) {
    }

    /** An active teaching assignment in a class that closes. */
    record OldTeaching(long id, long staffId, String staffCode, long classId, String subject) {
    }

    boolean isEmpty() {
        return classes.isEmpty();
    }

    static Uni<EarlierClasses> load(SqlConnection conn, SyncContext ctx) {
        return conn.preparedQuery("""
                        SELECT c.id, c.name, c.school_year, c.homeroom_staff_id, st.staff_code
                        FROM school_class c LEFT JOIN staff st ON st.id = c.homeroom_staff_id
                        WHERE c.school_id = $1 AND c.active AND c.school_year < $2
                        ORDER BY c.school_year, c.name""")
                .execute(Tuple.of(ctx.school().id(), ctx.schoolYear()))
                .chain(rows -> {
                    List<OldClass> classes = new ArrayList<>();
                    for (Row row : rows) {
                        classes.add(new OldClass(row.getLong("id"), row.getString("name"),
                                row.getString("school_year"), row.getLong("homeroom_staff_id"),
                                row.getString("staff_code")));
                    }
                    if (classes.isEmpty()) {
                        return Uni.createFrom().item(new EarlierClasses(List.of(), List.of()));
                    }
                    Long[] ids = classes.stream().map(OldClass::id).toArray(Long[]::new);
                    return conn.preparedQuery("""
                                    SELECT t.id, t.staff_id, st.staff_code, t.class_id, t.subject
                                    FROM teaching_assignment t JOIN staff st ON st.id = t.staff_id
                                    WHERE t.active AND t.class_id = ANY($1::bigint[])
                                    ORDER BY t.class_id, st.staff_code, t.subject""")
                            .execute(Tuple.of(ids))
                            .map(teachingRows -> {
                                List<OldTeaching> teaching = new ArrayList<>();
                                for (Row row : teachingRows) {
                                    teaching.add(new OldTeaching(row.getLong("id"), row.getLong("staff_id"),
                                            row.getString("staff_code"), row.getLong("class_id"),
                                            row.getString("subject")));
                                }
                                return new EarlierClasses(classes, teaching);
                            });
                });
    }
}
