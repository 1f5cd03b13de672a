package vn.lienlac.directives;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import vn.lienlac.directory.model.StaffRole;
import vn.lienlac.identity.AccessPolicy;
import vn.lienlac.identity.SignedInPerson;
import vn.lienlac.platform.error.ApiException;
import vn.lienlac.platform.error.ErrorCode;

/**
 * Who is acting on directives: the person the access policy names (403 for the admin token and school portals, which
 * are nobody's position) and their active staff positions in active schools, read from the directory now. Writes
 * load them inside their own transaction, so that a position deactivated meanwhile sends nothing.
 *
 * <p>A department officer (Sở GDĐT) has a DEPARTMENT position: their department, no district office, no school. They
 * send as their department ({@link Position#departmentOfficerOf}); never as a district office, though they read every
 * district of their department elsewhere ({@link Position#officerOf} is for district officers only).
 */
@ApplicationScoped
public class Actors {

    private static final String POSITIONS = """
            SELECT st.id, st.role, st.school_id, st.school_code, st.district_office_id, st.district_code,
                   st.department_id, dep.code AS department_code
            FROM directory_active_staff st
            LEFT JOIN directory_departments dep ON dep.id = st.department_id AND st.role = 'DEPARTMENT_OFFICER'
            WHERE (st.staff_code = $1 OR st.phone = $2)
              AND (st.district_office_id IS NOT NULL
                   OR (st.role = 'DEPARTMENT_OFFICER' AND st.department_id IS NOT NULL AND st.school_id IS NULL))
              AND NOT (st.role = 'DISTRICT_OFFICER' AND st.school_id IS NOT NULL)
              AND NOT (st.role = 'DEPARTMENT_OFFICER' AND st.district_office_id IS NOT NULL)
            ORDER BY st.id""";

    static final String STAFF_ONLY = "Văn bản chỉ đạo chỉ dành cho cán bộ, giáo viên đang công tác.";

    private final AccessPolicy policy;

    public Actors(AccessPolicy policy) {
        this.policy = policy;
    }

    /** The person an identity names; fails with 403 for identities that are no person. */
    public SignedInPerson person(SecurityIdentity identity) {
        return policy.requirePerson(identity);
    }

    /**
     * The person's active positions, read with this client (a pool, or a transaction's connection); 403 for a person
     * without any (guardians, people the directory no longer knows): directives are staff business.
     */
    public Uni<Actor> load(SqlClient client, SignedInPerson person) {
        return client.preparedQuery(POSITIONS).execute(Tuple.of(person.staffCode(), person.phone())).map(rows -> {
            List<Position> positions = new ArrayList<>();
            for (Row row : rows) {
                positions.add(new Position(row.getLong("id"), StaffRole.valueOf(row.getString("role")),
                        row.getLong("school_id"), row.getString("school_code"), row.getLong("district_office_id"),
                        row.getString("district_code"), row.getLong("department_id"),
                        row.getString("department_code")));
            }
            if (positions.isEmpty()) {
                throw new ApiException(ErrorCode.FORBIDDEN, STAFF_ONLY);
            }
            return new Actor(person, positions);
        });
    }
}
