package vn.lienlac.directory.sync.staff;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import vn.lienlac.directory.model.StaffRecord;
import vn.lienlac.directory.sync.ChangeEntity;
import vn.lienlac.directory.sync.ImportKind;
import vn.lienlac.directory.sync.engine.KindSync;
import vn.lienlac.directory.sync.engine.SyncContext;

/** Staff imports: staff members of a school, their homerooms and teaching assignments. */
@ApplicationScoped
public class StaffSync implements KindSync<StaffRecord, StaffPlan> {

    @Override
    public ImportKind kind() {
        return ImportKind.STAFF;
    }

    @Override
    public ChangeEntity primaryEntity() {
        return ChangeEntity.STAFF;
    }

    @Override
    public Uni<StaffPlan> plan(SqlConnection conn, SyncContext ctx, List<StaffRecord> records) {
        return StaffStateLoader.load(conn, ctx, records).map(state -> StaffDiffer.diff(ctx, state, records));
    }

    @Override
    public Uni<Void> write(SqlConnection conn, SyncContext ctx, StaffPlan plan) {
        return new StaffWriter(conn, ctx, plan).write();
    }
}
