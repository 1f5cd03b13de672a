package vn.lienlac.directory.sync.students;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import vn.lienlac.directory.model.StudentRecord;
import vn.lienlac.directory.sync.ChangeEntity;
import vn.lienlac.directory.sync.ImportKind;
import vn.lienlac.directory.sync.engine.KindSync;
import vn.lienlac.directory.sync.engine.SyncContext;

/** Student imports: students, their classes and enrollments, their guardians and guardian links. */
@ApplicationScoped
public class StudentSync implements KindSync<StudentRecord, StudentPlan> {

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
        return StudentStateLoader.load(conn, ctx, records).map(state -> StudentDiffer.diff(ctx, state, records));
    }

    @Override
    public Uni<Void> write(SqlConnection conn, SyncContext ctx, StudentPlan plan) {
        return new StudentWriter(conn, ctx, plan).write()
                .chain(() -> new GuardianWriter(conn, ctx, plan).write());
    }
}
