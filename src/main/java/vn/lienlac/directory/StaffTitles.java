package vn.lienlac.directory;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowIterator;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import vn.lienlac.directory.model.Gender;

/**
 * How a text to families names a member of a school's staff who acts in it ("cô Nguyễn Thị Lan", see
 * {@link TeacherTitle}), found by the caller's staff code, else their phone, among the school's active staff.
 */
@ApplicationScoped
public class StaffTitles {

    private static final String STAFF = """
            SELECT full_name, gender FROM staff
            WHERE school_id = $1 AND active AND (staff_code = $2 OR phone = $3)
            ORDER BY (staff_code = $2) DESC NULLS LAST, id
            LIMIT 1""";

    private final Pool pool;

    public StaffTitles(Pool pool) {
        this.pool = pool;
    }

    /** "cô Nguyễn Thị Lan", "thầy …", "giáo viên …"; null when the school has no such active member of staff. */
    public Uni<String> of(long schoolId, String staffCode, String phone) {
        if (staffCode == null && phone == null) {
            return Uni.createFrom().nullItem();
        }
        return pool.preparedQuery(STAFF).execute(Tuple.of(schoolId, staffCode, phone)).map(rows -> {
            RowIterator<Row> it = rows.iterator();
            if (!it.hasNext()) {
                return null;
            }
            Row row = it.next();
            String gender = row.getString("gender");
            return TeacherTitle.of(row.getString("full_name"), gender == null ? null : Gender.valueOf(gender));
        });
    }
}
