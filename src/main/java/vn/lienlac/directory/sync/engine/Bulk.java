package vn.lienlac.directory.sync.engine;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import java.util.function.Supplier;

/** Runs one bulk statement, or nothing when its batch is empty. */
public final class Bulk {

    private Bulk() {
    }

    /** Runs {@code sql} with the parameters (built only when needed) unless the batch is empty. */
    public static Uni<Void> execute(SqlConnection conn, boolean empty, String sql, Supplier<Tuple> params) {
        if (empty) {
            return Uni.createFrom().voidItem();
        }
        return conn.preparedQuery(sql).execute(params.get()).replaceWithVoid();
    }
}
