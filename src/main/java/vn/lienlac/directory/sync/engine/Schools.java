package vn.lienlac.directory.sync.engine;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowIterator;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import vn.lienlac.platform.error.ApiException;
import vn.lienlac.platform.error.ErrorCode;

/** Finds the school of an import and serialises the imports of one school. */
@ApplicationScoped
public class Schools {

    /**
     * Namespace of the advisory locks taken here (first key of the two-key form); the school id is the second key.
     * Lock order of an import: this lock, then guardian rows in id order (see the student state loader).
     */
    static final int IMPORT_LOCK_NAMESPACE = 0x4C4C4449;

    /** The school with this code; fails with NOT_FOUND when there is none. */
    public Uni<School> find(SqlClient client, String code) {
        return client.preparedQuery("SELECT id, code, district_office_id FROM school WHERE code = $1")
                .execute(Tuple.of(code))
                .map(rows -> {
                    RowIterator<Row> it = rows.iterator();
                    if (!it.hasNext()) {
                        throw new ApiException(ErrorCode.NOT_FOUND, "Không tìm thấy trường " + code + ".");
                    }
                    Row row = it.next();
                    return new School(row.getLong("id"), row.getString("code"), row.getLong("district_office_id"));
                });
    }

    /** Waits until no other transaction imports into this school, and holds the lock until this one ends. */
    public Uni<Void> lockForImport(SqlConnection conn, School school) {
        return conn.preparedQuery("SELECT pg_advisory_xact_lock($1, $2)")
                .execute(Tuple.of(IMPORT_LOCK_NAMESPACE, Math.toIntExact(school.id())))
                .replaceWithVoid();
    }
}
