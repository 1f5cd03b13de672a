package vn.lienlac.directory.sync.students;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import java.util.List;
import java.util.function.Supplier;
import vn.lienlac.directory.text.VietnameseText;
import vn.lienlac.directory.model.GuardianRecord;
import vn.lienlac.directory.sync.engine.Bulk;
import vn.lienlac.directory.sync.engine.Params;
import vn.lienlac.directory.sync.engine.SyncContext;
import vn.lienlac.directory.sync.students.StudentPlan.GuardianUpdate;
import vn.lienlac.directory.sync.students.StudentPlan.Link;

/**
 * Writes the guardians and links of a {@link StudentPlan}, after the students exist. Links are ended before new ones
 * start (one active link per relationship slot), and orphans are deactivated last, re-checked in SQL.
 */
final class GuardianWriter {

    private final SqlConnection conn;
    private final SyncContext ctx;
    private final StudentPlan plan;

    GuardianWriter(SqlConnection conn, SyncContext ctx, StudentPlan plan) {
        this.conn = conn;
        this.ctx = ctx;
        this.plan = plan;
    }

    Uni<Void> write() {
        return updateGuardians()
                .chain(this::insertGuardians)
                .chain(this::endLinks)
                .chain(this::startLinks)
                .chain(this::deactivateOrphans);
    }

    private Uni<Void> updateGuardians() {
        List<GuardianUpdate> updates = plan.guardianUpdates;
        return run(updates.isEmpty(), """
                UPDATE guardian g SET phone = u.phone, full_name = u.full_name, name_search = u.name_search,
                    active = true, deactivated_at = NULL, updated_at = $1
                FROM unnest($2::bigint[], $3::text[], $4::text[], $5::text[]) AS u(id, phone, full_name, name_search)
                WHERE g.id = u.id""",
                () -> Params.of(ctx.timestamp(), Params.longs(updates, GuardianUpdate::id),
                        Params.texts(updates, GuardianUpdate::phone), Params.texts(updates, GuardianUpdate::fullName),
                        Params.texts(updates, u -> VietnameseText.searchKey(u.fullName()))));
    }

    /**
     * Another school's import may have created the same number since this one loaded its state (guardian rows that
     * do not exist yet cannot be locked): the conflict then takes that guardian, made active.
     */
    private Uni<Void> insertGuardians() {
        List<GuardianRecord> guardians = plan.newGuardians;
        if (guardians.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return conn.preparedQuery("""
                        INSERT INTO guardian (phone, full_name, name_search, created_at, updated_at)
                        SELECT u.phone, u.full_name, u.name_search, $1::timestamptz, $1::timestamptz
                        FROM unnest($2::text[], $3::text[], $4::text[]) AS u(phone, full_name, name_search)
                        ON CONFLICT (phone) DO UPDATE
                            SET active = true, deactivated_at = NULL, updated_at = EXCLUDED.updated_at
                        RETURNING id, phone""")
                .execute(Params.of(ctx.timestamp(), Params.texts(guardians, GuardianRecord::phone),
                        Params.texts(guardians, GuardianRecord::fullName),
                        Params.texts(guardians, g -> VietnameseText.searchKey(g.fullName()))))
                .invoke(rows -> {
                    for (Row row : rows) {
                        plan.ids().guardian(row.getString("phone"), row.getLong("id"));
                    }
                })
                .replaceWithVoid();
    }

    private Uni<Void> endLinks() {
        return run(plan.endedLinks.isEmpty(),
                "UPDATE student_guardian SET active = false, updated_at = $1 WHERE id = ANY($2::bigint[]) AND active",
                () -> Params.of(ctx.timestamp(), Params.ids(plan.endedLinks)));
    }

    /** A link that existed before (same student, guardian and relationship) is made active again. */
    private Uni<Void> startLinks() {
        List<Link> links = plan.links;
        return run(links.isEmpty(), """
                INSERT INTO student_guardian (student_id, guardian_id, relationship, created_at, updated_at)
                SELECT u.student_id, u.guardian_id, u.relationship, $1::timestamptz, $1::timestamptz
                FROM unnest($2::bigint[], $3::bigint[], $4::text[]) AS u(student_id, guardian_id, relationship)
                ON CONFLICT (student_id, guardian_id, relationship)
                    DO UPDATE SET active = true, updated_at = EXCLUDED.updated_at""",
                () -> Params.of(ctx.timestamp(),
                        plan.ids().resolveAll(links.stream().map(Link::student).toList()),
                        plan.ids().resolveAll(links.stream().map(Link::guardian).toList()),
                        Params.texts(links, l -> l.relationship().name())));
    }

    private Uni<Void> deactivateOrphans() {
        return run(plan.deactivatedGuardians.isEmpty(), """
                UPDATE guardian g SET active = false, deactivated_at = $1, updated_at = $1
                WHERE g.id = ANY($2::bigint[]) AND NOT EXISTS (
                    SELECT 1 FROM student_guardian sg JOIN student s ON s.id = sg.student_id
                    WHERE sg.guardian_id = g.id AND sg.active AND s.active)""",
                () -> Params.of(ctx.timestamp(), Params.ids(plan.deactivatedGuardians)));
    }

    private Uni<Void> run(boolean empty, String sql, Supplier<Tuple> params) {
        return Bulk.execute(conn, empty, sql, params);
    }
}
