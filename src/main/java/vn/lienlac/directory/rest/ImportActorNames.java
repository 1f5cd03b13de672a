package vn.lienlac.directory.rest;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowIterator;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import vn.lienlac.identity.AccessPolicy;
import vn.lienlac.identity.Roles;
import vn.lienlac.identity.SignedInPerson;

/**
 * Who runs an import, as the import log shows it (docs/import.md): the name of the staff member the token names
 * (by staff code first, then by phone; an active position first), or what the caller is when it is no person.
 */
@ApplicationScoped
public class ImportActorNames {

    static final String ADMIN = "Quản trị hệ thống";
    static final String PORTAL = "Cổng thông tin của trường";

    private static final String STAFF_NAME = """
            SELECT full_name FROM staff
            WHERE (staff_code = $1 OR phone = $2)
            ORDER BY active DESC, (staff_code = $1) DESC NULLS LAST, id
            LIMIT 1""";

    private final Pool pool;
    private final AccessPolicy policy;

    public ImportActorNames(Pool pool, AccessPolicy policy) {
        this.pool = pool;
        this.policy = policy;
    }

    /** The name; null when the directory knows no one for the token. */
    public Uni<String> of(SecurityIdentity identity) {
        if (identity.hasRole(Roles.ADMIN)) {
            return Uni.createFrom().item(ADMIN);
        }
        if (identity.hasRole(Roles.SCHOOL_PORTAL)) {
            return Uni.createFrom().item(PORTAL);
        }
        SignedInPerson person;
        try {
            person = policy.requirePerson(identity);
        } catch (RuntimeException notAPerson) {
            return Uni.createFrom().nullItem();
        }
        return pool.preparedQuery(STAFF_NAME).execute(Tuple.of(person.staffCode(), person.phone())).map(rows -> {
            RowIterator<Row> it = rows.iterator();
            return it.hasNext() ? it.next().getString("full_name") : null;
        });
    }
}
