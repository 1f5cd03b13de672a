package vn.lienlac.directory.sync.staff;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import java.util.List;
import java.util.function.Supplier;
import vn.lienlac.directory.text.VietnameseText;
import vn.lienlac.directory.model.StaffRecord;
import vn.lienlac.directory.sync.engine.Bulk;
import vn.lienlac.directory.sync.engine.ClassWriter;
import vn.lienlac.directory.sync.engine.Params;
import vn.lienlac.directory.sync.engine.SyncContext;
import vn.lienlac.directory.sync.staff.StaffPlan.HomeroomSet;
import vn.lienlac.directory.sync.staff.StaffPlan.StaffUpdate;
import vn.lienlac.directory.sync.staff.StaffPlan.TeachingStart;

/**
 * Writes a {@link StaffPlan}: one bulk statement per kind of write. An office import writes its staff with no school
 * (school_id NULL) and its office as district office, or for a department with no district office and the department
 * (department_id); it never deactivates anyone of another unit. A record without a gender keeps the stored one.
 */
final class StaffWriter {

    private final SqlConnection conn;
    private final SyncContext ctx;
    private final StaffPlan plan;

    StaffWriter(SqlConnection conn, SyncContext ctx, StaffPlan plan) {
        this.conn = conn;
        this.ctx = ctx;
        this.plan = plan;
    }

    Uni<Void> write() {
        return ClassWriter.insert(conn, ctx, plan.newClasses, plan.ids())
                .chain(this::updateStaff)
                .chain(this::insertStaff)
                .chain(this::deactivateStaff)
                .chain(this::setHomerooms)
                .chain(this::endTeaching)
                .chain(this::startTeaching);
    }

    private Uni<Void> updateStaff() {
        List<StaffUpdate> updates = plan.staffUpdates;
        return run(updates.isEmpty(), """
                UPDATE staff s SET school_id = $1, district_office_id = $2, department_id = $11,
                    full_name = u.full_name, name_search = u.name_search, date_of_birth = u.date_of_birth,
                    gender = COALESCE(u.gender, s.gender), role = u.role, phone = u.phone, email = u.email,
                    active = true, deactivated_at = NULL, updated_at = $3
                FROM unnest($4::bigint[], $5::text[], $6::text[], $7::date[], $8::text[], $9::text[], $10::text[],
                    $12::text[]) AS u(id, full_name, name_search, date_of_birth, role, phone, email, gender)
                WHERE s.id = u.id""",
                () -> Params.of(ctx.school().id(), ctx.school().districtOfficeId(), ctx.timestamp(),
                        Params.longs(updates, StaffUpdate::id),
                        Params.texts(updates, u -> u.record().fullName()),
                        Params.texts(updates, u -> VietnameseText.searchKey(u.record().fullName())),
                        Params.dates(updates, u -> u.record().dateOfBirth()),
                        Params.texts(updates, u -> u.record().role().name()),
                        Params.texts(updates, u -> u.record().phone()),
                        Params.texts(updates, u -> u.record().email()), ctx.school().departmentId(),
                        Params.texts(updates, u -> Params.name(u.record().gender()))));
    }

    private Uni<Void> insertStaff() {
        List<StaffRecord> staff = plan.newStaff;
        if (staff.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return conn.preparedQuery("""
                        INSERT INTO staff (staff_code, school_id, district_office_id, department_id, full_name,
                            name_search, date_of_birth, gender, role, phone, email, created_at, updated_at)
                        SELECT u.code, $1::bigint, $2::bigint, $11::bigint, u.full_name, u.name_search,
                            u.date_of_birth, u.gender, u.role, u.phone, u.email, $3::timestamptz, $3::timestamptz
                        FROM unnest($4::text[], $5::text[], $6::text[], $7::date[], $8::text[], $9::text[],
                            $10::text[], $12::text[])
                            AS u(code, full_name, name_search, date_of_birth, role, phone, email, gender)
                        RETURNING id, staff_code""")
                .execute(Params.of(ctx.school().id(), ctx.school().districtOfficeId(), ctx.timestamp(),
                        Params.texts(staff, StaffRecord::staffCode),
                        Params.texts(staff, StaffRecord::fullName),
                        Params.texts(staff, s -> VietnameseText.searchKey(s.fullName())),
                        Params.dates(staff, StaffRecord::dateOfBirth),
                        Params.texts(staff, s -> s.role().name()),
                        Params.texts(staff, StaffRecord::phone),
                        Params.texts(staff, StaffRecord::email), ctx.school().departmentId(),
                        Params.texts(staff, s -> Params.name(s.gender()))))
                .invoke(rows -> {
                    for (Row row : rows) {
                        plan.ids().staff(row.getString("staff_code"), row.getLong("id"));
                    }
                })
                .replaceWithVoid();
    }

    private Uni<Void> deactivateStaff() {
        return run(plan.deactivatedStaff.isEmpty(), """
                UPDATE staff SET active = false, deactivated_at = $1, updated_at = $1
                WHERE id = ANY($2::bigint[]) AND school_id IS NOT DISTINCT FROM $3
                  AND district_office_id IS NOT DISTINCT FROM $4 AND department_id IS NOT DISTINCT FROM $5""",
                () -> Params.of(ctx.timestamp(), Params.ids(plan.deactivatedStaff), ctx.school().id(),
                        ctx.school().districtOfficeId(), ctx.school().departmentId()));
    }

    private Uni<Void> setHomerooms() {
        List<HomeroomSet> homerooms = plan.homerooms;
        return run(homerooms.isEmpty(), """
                UPDATE school_class c SET homeroom_staff_id = u.staff_id, updated_at = $1
                FROM unnest($2::bigint[], $3::bigint[]) AS u(id, staff_id) WHERE c.id = u.id""",
                () -> Params.of(ctx.timestamp(),
                        plan.ids().resolveAll(homerooms.stream().map(HomeroomSet::schoolClass).toList()),
                        homerooms.stream().map(h -> plan.ids().resolve(h.staff())).toArray(Long[]::new)));
    }

    private Uni<Void> endTeaching() {
        return run(plan.endedTeaching.isEmpty(), """
                UPDATE teaching_assignment SET active = false, updated_at = $1
                WHERE id = ANY($2::bigint[]) AND active""",
                () -> Params.of(ctx.timestamp(), Params.ids(plan.endedTeaching)));
    }

    /** An assignment held before (same staff, class and subject) is made active again. */
    private Uni<Void> startTeaching() {
        List<TeachingStart> teaching = plan.teaching;
        return run(teaching.isEmpty(), """
                INSERT INTO teaching_assignment (staff_id, class_id, subject, created_at, updated_at)
                SELECT u.staff_id, u.class_id, u.subject, $1::timestamptz, $1::timestamptz
                FROM unnest($2::bigint[], $3::bigint[], $4::text[]) AS u(staff_id, class_id, subject)
                ON CONFLICT (staff_id, class_id, subject)
                    DO UPDATE SET active = true, updated_at = EXCLUDED.updated_at""",
                () -> Params.of(ctx.timestamp(),
                        plan.ids().resolveAll(teaching.stream().map(TeachingStart::staff).toList()),
                        plan.ids().resolveAll(teaching.stream().map(TeachingStart::schoolClass).toList()),
                        Params.texts(teaching, TeachingStart::subject)));
    }

    private Uni<Void> run(boolean empty, String sql, Supplier<Tuple> params) {
        return Bulk.execute(conn, empty, sql, params);
    }
}
