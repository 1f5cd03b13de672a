package vn.lienlac.directory.sync.students;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import java.util.List;
import java.util.function.Supplier;
import vn.lienlac.directory.text.VietnameseText;
import vn.lienlac.directory.model.StudentRecord;
import vn.lienlac.directory.sync.engine.Bulk;
import vn.lienlac.directory.sync.engine.ClassWriter;
import vn.lienlac.directory.sync.engine.Params;
import vn.lienlac.directory.sync.engine.SyncContext;
import vn.lienlac.directory.sync.students.StudentPlan.ClassActivity;
import vn.lienlac.directory.sync.students.StudentPlan.StudentUpdate;

/** Writes the classes, students and enrollments of a {@link StudentPlan}: one bulk statement per kind of write. */
final class StudentWriter {

    private final SqlConnection conn;
    private final SyncContext ctx;
    private final StudentPlan plan;

    StudentWriter(SqlConnection conn, SyncContext ctx, StudentPlan plan) {
        this.conn = conn;
        this.ctx = ctx;
        this.plan = plan;
    }

    Uni<Void> write() {
        return ClassWriter.insert(conn, ctx, plan.newClasses, plan.ids())
                .chain(this::classActivity)
                .chain(this::updateStudents)
                .chain(this::insertStudents)
                .chain(this::deactivateStudents)
                .chain(this::endEnrollments)
                .chain(this::startEnrollments);
    }

    private Uni<Void> classActivity() {
        List<ClassActivity> changes = plan.classActivity;
        return run(changes.isEmpty(), """
                UPDATE school_class c SET active = u.active, updated_at = $1
                FROM unnest($2::bigint[], $3::boolean[]) AS u(id, active) WHERE c.id = u.id""",
                () -> Params.of(ctx.timestamp(), Params.longs(changes, ClassActivity::classId),
                        Params.booleans(changes, ClassActivity::active)));
    }

    private Uni<Void> updateStudents() {
        List<StudentUpdate> updates = plan.studentUpdates;
        return run(updates.isEmpty(), """
                UPDATE student s SET school_id = $1, full_name = u.full_name, name_search = u.name_search,
                    date_of_birth = u.date_of_birth, gender = u.gender, active = true, deactivated_at = NULL,
                    updated_at = $2
                FROM unnest($3::bigint[], $4::text[], $5::text[], $6::date[], $7::text[])
                    AS u(id, full_name, name_search, date_of_birth, gender)
                WHERE s.id = u.id""",
                () -> Params.of(ctx.school().id(), ctx.timestamp(), Params.longs(updates, StudentUpdate::id),
                        Params.texts(updates, u -> u.record().fullName()),
                        Params.texts(updates, u -> VietnameseText.searchKey(u.record().fullName())),
                        Params.dates(updates, u -> u.record().dateOfBirth()),
                        Params.texts(updates, u -> Params.name(u.record().gender()))));
    }

    private Uni<Void> insertStudents() {
        List<StudentRecord> students = plan.newStudents;
        if (students.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return conn.preparedQuery("""
                        INSERT INTO student (student_code, school_id, full_name, name_search, date_of_birth, gender,
                            created_at, updated_at)
                        SELECT u.code, $1::bigint, u.full_name, u.name_search, u.date_of_birth, u.gender,
                            $2::timestamptz, $2::timestamptz
                        FROM unnest($3::text[], $4::text[], $5::text[], $6::date[], $7::text[])
                            AS u(code, full_name, name_search, date_of_birth, gender)
                        RETURNING id, student_code""")
                .execute(Params.of(ctx.school().id(), ctx.timestamp(),
                        Params.texts(students, StudentRecord::studentCode),
                        Params.texts(students, StudentRecord::fullName),
                        Params.texts(students, s -> VietnameseText.searchKey(s.fullName())),
                        Params.dates(students, StudentRecord::dateOfBirth),
                        Params.texts(students, s -> Params.name(s.gender()))))
                .invoke(rows -> {
                    for (Row row : rows) {
                        plan.ids().student(row.getString("student_code"), row.getLong("id"));
                    }
                })
                .replaceWithVoid();
    }

    private Uni<Void> deactivateStudents() {
        return run(plan.deactivatedStudents.isEmpty(), """
                UPDATE student SET active = false, deactivated_at = $1, updated_at = $1
                WHERE id = ANY($2::bigint[]) AND school_id = $3""",
                () -> Params.of(ctx.timestamp(), Params.ids(plan.deactivatedStudents), ctx.school().id()));
    }

    private Uni<Void> endEnrollments() {
        return run(plan.endedEnrollments.isEmpty(),
                "UPDATE enrollment SET active = false, ended_at = $1 WHERE id = ANY($2::bigint[]) AND active",
                () -> Params.of(ctx.timestamp(), Params.ids(plan.endedEnrollments)));
    }

    /** A student returning to a class held before gets that enrollment back (one row per student and class). */
    private Uni<Void> startEnrollments() {
        List<StudentPlan.Enrollment> enrollments = plan.enrollments;
        return run(enrollments.isEmpty(), """
                INSERT INTO enrollment (student_id, class_id, started_at)
                SELECT u.student_id, u.class_id, $1::timestamptz
                FROM unnest($2::bigint[], $3::bigint[]) AS u(student_id, class_id)
                ON CONFLICT (student_id, class_id)
                    DO UPDATE SET active = true, started_at = EXCLUDED.started_at, ended_at = NULL""",
                () -> Params.of(ctx.timestamp(),
                        plan.ids().resolveAll(enrollments.stream().map(StudentPlan.Enrollment::student).toList()),
                        plan.ids().resolveAll(enrollments.stream().map(StudentPlan.Enrollment::schoolClass).toList())));
    }

    private Uni<Void> run(boolean empty, String sql, Supplier<Tuple> params) {
        return Bulk.execute(conn, empty, sql, params);
    }
}
