package vn.lienlac.directory.sync.students;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.lienlac.directory.model.StudentRecord;
import vn.lienlac.directory.sync.ChangeEntity;
import vn.lienlac.directory.sync.ImportKind;
import vn.lienlac.directory.sync.engine.KindSync;
import vn.lienlac.directory.sync.engine.SyncContext;
import vn.lienlac.directory.sync.rollover.Rollovers;

/** Student imports: students, their classes and enrollments, their guardians and guardian links. */
@ApplicationScoped
public class StudentSync implements KindSync<StudentRecord, StudentPlan> {

    private final Rollovers rollovers;

    public StudentSync(Rollovers rollovers) {
        this.rollovers = rollovers;
    }

    @Override
    public ImportKind kind() {
        return ImportKind.STUDENTS;
    }

    @Override
    public ChangeEntity primaryEntity() {
        return ChangeEntity.STUDENT;
    }

    @Override
    public Uni<StudentPlan> plan(SqlConnection conn, SyncContext ctx, List<StudentRecord> records) {
        return StudentStateLoader.load(conn, ctx, records).chain(state -> {
            StudentPlan plan = StudentDiffer.diff(ctx, state, records);
            return rollovers.plan(conn, ctx, currentClasses(ctx, state), records, state.classes().keySet(), plan.log())
                    .map(rollover -> {
                        plan.rollover(rollover);
                        return plan;
                    });
        });
    }

    /** The class of each of the school's active students that has one, by student code. */
    private static Map<String, Long> currentClasses(SyncContext ctx, StudentState state) {
        Map<String, Long> classes = new HashMap<>();
        state.students().values().stream()
                .filter(s -> s.active() && s.schoolId() == ctx.school().id() && s.currentClass() != null)
                .forEach(s -> classes.put(s.code(), s.currentClass().classId()));
        return classes;
    }

    @Override
    public Uni<Void> write(SqlConnection conn, SyncContext ctx, StudentPlan plan) {
        return new StudentWriter(conn, ctx, plan).write()
                .chain(() -> new GuardianWriter(conn, ctx, plan).write())
                .chain(() -> rollovers.write(conn, ctx, plan.rolloverPlan()));
    }
}
