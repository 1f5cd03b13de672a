package vn.lienlac.directory.sync.rollover;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import vn.lienlac.directory.sync.engine.SyncContext;

/**
 * Writes a rollover in two statements, inside the import's transaction: the classes close (inactive, {@code
 * closed_at}, homeroom cleared — HOMEROOM_UNASSIGNED events keep who it was), and their teaching assignments end.
 */
final class RolloverWriter {

    private RolloverWriter() {
    }

    static Uni<Void> write(SqlConnection conn, SyncContext ctx, RolloverPlan plan) {
        Long[] classes = plan.closedClasses().toArray(Long[]::new);
        return conn.preparedQuery("""
                        UPDATE school_class SET active = false, closed_at = $2, homeroom_staff_id = NULL,
                            updated_at = $2
                        WHERE id = ANY($1::bigint[])""")
                .execute(Tuple.of(classes, ctx.timestamp()))
                .chain(() -> conn.preparedQuery("""
                                UPDATE teaching_assignment SET active = false, updated_at = $2
                                WHERE id = ANY($1::bigint[])""")
                        .execute(Tuple.of(plan.endedTeaching().toArray(Long[]::new), ctx.timestamp())))
                .replaceWithVoid();
    }
}
