package vn.lienlac.notifications.policy;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import vn.lienlac.directory.Participant;
import vn.lienlac.identity.AccessPolicy;
import vn.lienlac.identity.SignedInPerson;
import vn.lienlac.platform.error.ApiException;
import vn.lienlac.platform.error.ErrorCode;

/**
 * The participants a signed-in person is reached as — each staff position (staff first), then the guardian — for
 * their own push endpoints and choices. Fails with 403 for the admin token, a school's key, and people the directory
 * does not know (any more).
 */
@ApplicationScoped
public class CallerParticipants {

    private static final String OWN = """
            SELECT participant FROM (
                SELECT st.participant, 0 AS rank FROM directory_active_staff st
                WHERE st.staff_code = $1 OR st.phone = $2
                UNION ALL
                SELECT g.participant, 1 FROM directory_guardians g WHERE g.active AND g.phone = $2) own
            ORDER BY rank, participant""";

    private final AccessPolicy access;
    private final Pool pool;

    public CallerParticipants(AccessPolicy access, Pool pool) {
        this.access = access;
        this.pool = pool;
    }

    /** Never empty. */
    public Uni<List<Participant>> of(SecurityIdentity identity) {
        SignedInPerson person;
        try {
            person = access.requirePerson(identity);
        } catch (ApiException e) {
            return Uni.createFrom().failure(e);
        }
        return pool.preparedQuery(OWN).execute(Tuple.of(person.staffCode(), person.phone())).map(rows -> {
            List<Participant> own = new ArrayList<>();
            for (Row row : rows) {
                own.add(Participant.parse(row.getString("participant")));
            }
            if (own.isEmpty()) {
                throw new ApiException(ErrorCode.FORBIDDEN);
            }
            return List.copyOf(own);
        });
    }

    /** As text, for SQL parameters. */
    public static String[] texts(List<Participant> participants) {
        return participants.stream().map(Participant::toString).toArray(String[]::new);
    }
}
