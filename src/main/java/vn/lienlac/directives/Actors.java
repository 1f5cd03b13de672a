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
 * <p>A department officer (Sở GDĐT) has no position here yet: their staff row has no district office, so the query
 * below leaves it out, and someone who is only a department officer is refused like any non-staff person. Sending
 * as a department comes with its own positions (issue 19), never by passing for a district's officer.
 */
@ApplicationScoped
public class Actors {

    private static final String POSITIONS = """
            SELECT st.id, st.role, st.school_id, st.school_code, st.district_office_id, st.district_code
            FROM directory_active_staff st
            WHERE st.district_office_id IS NOT NULL AND (st.staff_code = $1 OR st.phone = $2)
              AND NOT (st.role = 'DISTRICT_OFFICER' AND st.school_id IS NOT NULL)
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
                        row.getString("district_code")));
            }
            if (positions.isEmpty()) {
                throw new ApiException(ErrorCode.FORBIDDEN, STAFF_ONLY);
            }
            return new Actor(person, positions);
        });
    }
}
