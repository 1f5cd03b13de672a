package vn.lienlac.chat;

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

/**
 * The participants a signed-in person acts as in chat, read from the directory now: the active guardian with their
 * phone number, and each active staff position held under their staff code or phone number (in an active school).
 * Staff positions come first, so that a teacher who is also a parent speaks as the teacher where they are both.
 */
@ApplicationScoped
public class ChatIdentities {

    private static final String PARTICIPANTS = """
            SELECT st.participant, 0 AS rank
            FROM directory_active_staff st
            WHERE st.staff_code = $1 OR st.phone = $2
            UNION ALL
            SELECT g.participant, 1 FROM directory_guardians g WHERE g.active AND g.phone = $2
            ORDER BY rank, participant""";

    private final AccessPolicy policy;
    private final Pool pool;

    public ChatIdentities(AccessPolicy policy, Pool pool) {
        this.policy = policy;
        this.pool = pool;
    }

    /** The identity's participants (possibly none); fails with 403 for the admin token or a school portal. */
    public Uni<ChatIdentity> of(SecurityIdentity identity) {
        SignedInPerson person;
        try {
            person = policy.requirePerson(identity);
        } catch (RuntimeException e) {
            return Uni.createFrom().failure(e);
        }
        return participants(person).map(participants -> new ChatIdentity(person, participants));
    }

    /** The person's participants as the directory has them now (possibly none). */
    public Uni<List<Participant>> participants(SignedInPerson person) {
        return pool.preparedQuery(PARTICIPANTS).execute(Tuple.of(person.staffCode(), person.phone()))
                .map(rows -> {
                    List<Participant> participants = new ArrayList<>();
                    for (Row row : rows) {
                        participants.add(Participant.parse(row.getString("participant")));
                    }
                    return List.copyOf(participants);
                });
    }
}
