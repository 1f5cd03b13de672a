package vn.lienlac.directory;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowIterator;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * How a text to families names a member of a school's staff who acts in it ("cô Nguyễn Thị Lan", see
 * {@link TeacherTitle}), found by the caller's staff code, else their phone, among the school's active staff.
 */
@ApplicationScoped
public class StaffTitles {

    private static final String STAFF = """
            SELECT id, full_name, gender FROM staff
            WHERE school_id = $1 AND active AND (staff_code = $2 OR phone = $3)
            ORDER BY (staff_code = $2) DESC NULLS LAST, id
            LIMIT 1""";

    private final Pool pool;

    public StaffTitles(Pool pool) {
        this.pool = pool;
    }

    /** A member of staff as texts to families name them: their id and "cô Nguyễn Thị Lan". */
    public record Titled(long staffId, String title) {
    }

    /** "cô Nguyễn Thị Lan", "thầy …", "giáo viên …"; null when the school has no such active member of staff. */
    public Uni<String> of(long schoolId, String staffCode, String phone) {
        return find(schoolId, staffCode, phone).map(titled -> titled == null ? null : titled.title());
    }

    /** As {@link #of}, with the member of staff's id; null when the school has no such active member of staff. */
    public Uni<Titled> find(long schoolId, String staffCode, String phone) {
        if (staffCode == null && phone == null) {
            return Uni.createFrom().nullItem();
        }
        return pool.preparedQuery(STAFF).execute(Tuple.of(schoolId, staffCode, phone)).map(rows -> {
            RowIterator<Row> it = rows.iterator();
            if (!it.hasNext()) {
                return null;
            }
            Row row = it.next();
            return new Titled(row.getLong("id"), TeacherTitle.of(row.getString("full_name"), row.getString("gender")));
        });
    }
}
