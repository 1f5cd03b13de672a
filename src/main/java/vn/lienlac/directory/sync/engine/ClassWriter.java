package vn.lienlac.directory.sync.engine;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import java.util.List;

/** Creates the classes an import names that do not exist yet, in one statement. */
public final class ClassWriter {

    private ClassWriter() {
    }

    /** Inserts classes of the import's school and year; records their ids in {@code ids}. */
    public static Uni<Void> insert(SqlConnection conn, SyncContext ctx, List<String> names, KeyIds ids) {
        if (names.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return conn.preparedQuery("""
                        INSERT INTO school_class (school_id, school_year, name, created_at, updated_at)
                        SELECT $1::bigint, $2::text, n, $3::timestamptz, $3::timestamptz FROM unnest($4::text[]) AS n
                        RETURNING id, name""")
                .execute(Params.of(ctx.school().id(), ctx.schoolYear(), ctx.timestamp(), Params.texts(names)))
                .invoke(rows -> {
                    for (Row row : rows) {
                        ids.schoolClass(row.getString("name"), row.getLong("id"));
                    }
                })
                .replaceWithVoid();
    }
}
