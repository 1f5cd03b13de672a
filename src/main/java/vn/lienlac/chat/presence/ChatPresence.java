package vn.lienlac.chat.presence;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import vn.lienlac.directory.Participant;
import vn.lienlac.notifications.outbox.Presence;
import vn.lienlac.platform.sql.SqlTimes;

/**
 * Who holds an open chat WebSocket on any pod: this pod's connections from memory, the others' from
 * {@code chat_presence} rows of pods whose heartbeat is fresh ({@link PresenceConfig#presenceStaleAfter}).
 */
@ApplicationScoped
public class ChatPresence implements Presence {

    /** The condition on a participant {@code <p>} being connected on a live pod; {@code $n} is the stale bound. */
    public static String connectedOn(String participant, int staleParam) {
        return "EXISTS (SELECT 1 FROM chat_presence cp JOIN chat_pod pod ON pod.pod = cp.pod WHERE cp.participant = "
                + participant + " AND pod.heartbeat_at > $" + staleParam + ")";
    }

    private final Pool pool;
    private final PresenceBoard board;
    private final Clock clock;
    private final PresenceConfig config;

    ChatPresence(Pool pool, PresenceBoard board, Clock clock, PresenceConfig config) {
        this.pool = pool;
        this.board = board;
        this.clock = clock;
        this.config = config;
    }

    @Override
    public Uni<Set<Participant>> connected(Collection<Participant> participants) {
        Set<Participant> found = new HashSet<>();
        Set<String> elsewhere = new HashSet<>();
        for (Participant participant : participants) {
            if (board.connectedHere(participant.toString())) {
                found.add(participant);
            } else {
                elsewhere.add(participant.toString());
            }
        }
        if (elsewhere.isEmpty()) {
            return Uni.createFrom().item(found);
        }
        return pool.preparedQuery("SELECT p FROM unnest($1::text[]) AS p WHERE " + connectedOn("p", 2))
                .execute(Tuple.of(elsewhere.toArray(String[]::new), staleBefore()))
                .map(rows -> {
                    for (Row row : rows) {
                        found.add(Participant.parse(row.getString(0)));
                    }
                    return found;
                });
    }

    /** The heartbeat a pod must have written after to count (a statement parameter). */
    public OffsetDateTime staleBefore() {
        return SqlTimes.of(clock.instant().minus(config.presenceStaleAfter()));
    }
}
