package vn.lienlac.identity.sso;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import vn.lienlac.directory.model.StaffRole;

/** Finds the active staff member a sector staff code names (codes are unique in the directory). */
@ApplicationScoped
public class ActiveStaffQuery {

    private static final String SQL = "SELECT staff_code, role, phone FROM staff WHERE staff_code = $1 AND active";

    private final Pool pool;

    public ActiveStaffQuery(Pool pool) {
        this.pool = pool;
    }

    /** The active staff member with this code, or a null item when there is none (unknown or deactivated). */
    public Uni<ActiveStaff> byCode(String staffCode) {
        return pool.preparedQuery(SQL).execute(Tuple.of(staffCode)).map(ActiveStaffQuery::first);
    }

    private static ActiveStaff first(RowSet<Row> rows) {
        if (rows.size() == 0) {
            return null;
        }
        Row row = rows.iterator().next();
        return new ActiveStaff(row.getString("staff_code"), StaffRole.valueOf(row.getString("role")),
                row.getString("phone"));
    }

    /**
     * An active staff member as sign-in needs them.
     *
     * @param phone E.164 mobile number, or null
     */
    public record ActiveStaff(String staffCode, StaffRole role, String phone) {

        @Override
        public String toString() {
            return "ActiveStaff[" + staffCode + ", " + role + "]";
        }
    }
}
