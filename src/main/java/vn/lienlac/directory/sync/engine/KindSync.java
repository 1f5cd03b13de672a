package vn.lienlac.directory.sync.engine;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.SqlConnection;
import java.util.List;
import vn.lienlac.directory.importing.ParsedBatch;
import vn.lienlac.directory.sync.ChangeEntity;
import vn.lienlac.directory.sync.ImportKind;
import vn.lienlac.directory.sync.ImportRequest;

/**
 * Loading, diffing and writing one kind of import (students or staff). {@code DirectorySync} owns the transaction,
 * the lock, the import log and the events; implementations own their tables.
 *
 * @param <R> the record type of the import
 * @param <P> the plan type the diff produces
 */
public interface KindSync<R, P extends SyncPlan> {

    ImportKind kind();

    /** The entity the report's counts are about. */
    ChangeEntity primaryEntity();

    /**
     * Checks the valid records against who they are in the directory before anything else (dry run, rejection or
     * apply): a record this import may not touch becomes a row error, with the import's usual rules for invalid rows.
     * By default every record passes.
     */
    default Uni<ParsedBatch<R>> screen(SqlClient client, ImportRequest request, ParsedBatch<R> batch) {
        return Uni.createFrom().item(batch);
    }

    /** Loads the school's current state on {@code conn} and diffs the records against it; writes nothing. */
    Uni<P> plan(SqlConnection conn, SyncContext ctx, List<R> records);

    /** Writes the plan with a few bulk statements; completes the plan's ids with the rows it inserts. */
    Uni<Void> write(SqlConnection conn, SyncContext ctx, P plan);
}
