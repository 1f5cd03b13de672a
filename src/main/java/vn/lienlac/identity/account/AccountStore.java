package vn.lienlac.identity.account;

import static vn.lienlac.platform.sql.SqlTimes.instant;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowIterator;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;
import vn.lienlac.directory.Person;
import vn.lienlac.platform.sql.SqlTimes;

/**
 * The {@code account} table. A person's account is the one with their phone number, else the one with their
 * staff code: every lookup prefers the phone match, so sign-in and password checks always agree on the account.
 */
@ApplicationScoped
public class AccountStore {

    private static final String COLUMNS = "id, phone, staff_code, password_hash, first_sign_in_at";
    private static final String BY_PERSON = "SELECT " + COLUMNS + " FROM account WHERE phone = $1 OR staff_code = $2"
            + " ORDER BY phone = $1 DESC NULLS LAST, created_at LIMIT 1";

    /**
     * The person's account, created when there is none, with its row locked until the transaction ends (which
     * serialises concurrent sign-ins of one account). Race-safe: of two first sign-ins, one inserts, the other's
     * insert does nothing and both read the same row.
     */
    public Uni<Account> findOrCreate(SqlConnection conn, Person person, Instant now) {
        return conn.preparedQuery("""
                        INSERT INTO account (id, phone, staff_code, created_at) VALUES ($1, $2, $3, $4)
                        ON CONFLICT DO NOTHING""")
                .execute(Tuple.of(UUID.randomUUID(), person.phone(), person.staffCode(), SqlTimes.of(now)))
                .chain(() -> conn.preparedQuery(BY_PERSON + " FOR UPDATE")
                        .execute(Tuple.of(person.phone(), person.staffCode())))
                .map(AccountStore::single);
    }

    /** The person's account, or a null item when they never signed in. */
    public Uni<Account> find(SqlClient client, Person person) {
        return client.preparedQuery(BY_PERSON).execute(Tuple.of(person.phone(), person.staffCode()))
                .map(AccountStore::single);
    }

    /** The account, or a null item. */
    public Uni<Account> byId(SqlClient client, UUID id) {
        return client.preparedQuery("SELECT " + COLUMNS + " FROM account WHERE id = $1").execute(Tuple.of(id))
                .map(AccountStore::single);
    }

    /** A successful sign-in: the first one activates the account; every one counts as activity. */
    public Uni<Void> signedIn(SqlClient client, UUID id, Instant now) {
        return client.preparedQuery("""
                        UPDATE account SET first_sign_in_at = COALESCE(first_sign_in_at, $2), last_active_at = $2
                        WHERE id = $1""")
                .execute(Tuple.of(id, SqlTimes.of(now)))
                .replaceWithVoid();
    }

    /** Activity other than a sign-in (a token refresh). */
    public Uni<Void> active(SqlClient client, UUID id, Instant now) {
        return client.preparedQuery("""
                        UPDATE account SET last_active_at = $2
                        WHERE id = $1 AND (last_active_at IS NULL OR last_active_at < $2)""")
                .execute(Tuple.of(id, SqlTimes.of(now)))
                .replaceWithVoid();
    }

    /**
     * Replaces the password hash if it is still {@code expected} (null: no password yet); false when another
     * change came first.
     */
    public Uni<Boolean> replacePasswordHash(SqlClient client, UUID id, String expected, String replacement) {
        return client.preparedQuery("""
                        UPDATE account SET password_hash = $3
                        WHERE id = $1 AND password_hash IS NOT DISTINCT FROM $2""")
                .execute(Tuple.of(id, expected, replacement))
                .map(rows -> rows.rowCount() == 1);
    }

    private static Account single(RowSet<Row> rows) {
        RowIterator<Row> it = rows.iterator();
        if (!it.hasNext()) {
            return null;
        }
        Row row = it.next();
        return new Account(row.getUUID("id"), row.getString("phone"), row.getString("staff_code"),
                row.getString("password_hash"), instant(row, "first_sign_in_at"));
    }
}
