package vn.lienlac.notifications.policy;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowIterator;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import vn.lienlac.platform.sql.SqlTimes;

/**
 * A person's own choice of channels for non-urgent items (urgent ones always go): push to their devices, and the
 * paid channels (Zalo, SMS). Stored for each participant they hold, so it follows them in every capacity.
 */
@ApplicationScoped
public class Preferences {

    /** The choice; both true unless the person turned one off. */
    public record Choice(boolean push, boolean paid) {
    }

    private final Pool pool;
    private final CallerParticipants callers;
    private final Clock clock;

    public Preferences(Pool pool, CallerParticipants callers, Clock clock) {
        this.pool = pool;
        this.callers = callers;
        this.clock = clock;
    }

    public Uni<Choice> get(SecurityIdentity identity) {
        return callers.of(identity).chain(own -> pool.preparedQuery("""
                        SELECT coalesce(bool_and(push), true) AS push, coalesce(bool_and(paid), true) AS paid
                        FROM notification_preference WHERE participant = ANY($1)""")
                .execute(Tuple.of(CallerParticipants.texts(own)))
                .map(rows -> {
                    RowIterator<Row> it = rows.iterator();
                    Row row = it.next();
                    return new Choice(row.getBoolean("push"), row.getBoolean("paid"));
                }));
    }

    public Uni<Choice> set(SecurityIdentity identity, Choice choice) {
        return callers.of(identity).chain(own -> pool.preparedQuery("""
                        INSERT INTO notification_preference (participant, push, paid, updated_at)
                        SELECT p, $2, $3, $4 FROM unnest($1::text[]) AS p
                        ON CONFLICT (participant) DO UPDATE
                        SET push = excluded.push, paid = excluded.paid, updated_at = excluded.updated_at""")
                .execute(Tuple.of(CallerParticipants.texts(own), choice.push(), choice.paid(),
                        SqlTimes.of(clock.instant())))
                .replaceWith(choice));
    }
}
