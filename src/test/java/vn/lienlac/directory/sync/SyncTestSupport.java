package vn.lienlac.directory.sync;

import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import vn.lienlac.directory.importing.ParsedBatch;
import vn.lienlac.directory.model.StaffRecord;
import vn.lienlac.directory.model.StudentRecord;

/** Runs imports and reads the directory back for assertions. Blocking on purpose: for test methods only. */
@ApplicationScoped
public class SyncTestSupport {

    private static final Duration TIMEOUT = Duration.ofSeconds(120);
    private final DirectorySync sync;
    private final Pool pool;

    public SyncTestSupport(DirectorySync sync, Pool pool) {
        this.sync = sync;
        this.pool = pool;
    }

    public ImportReport students(ImportRequest request, ParsedBatch<StudentRecord> batch) {
        return sync.syncStudents(request, batch).await().atMost(TIMEOUT);
    }

    public ImportReport staff(ImportRequest request, ParsedBatch<StaffRecord> batch) {
        return sync.syncStaff(request, batch).await().atMost(TIMEOUT);
    }

    /** The first column of each row, as text. */
    public List<String> column(String sql, Object... params) {
        List<String> values = new ArrayList<>();
        for (Row row : pool.preparedQuery(sql).execute(Tuple.from(params)).await().atMost(TIMEOUT)) {
            Object value = row.getValue(0);
            values.add(value == null ? null : value.toString());
        }
        return values;
    }

    /** The only change of this entity and action in the report; fails when there is none or several. */
    public static Change change(ImportReport report, ChangeEntity entity, ChangeAction action) {
        List<Change> found = report.changes().stream()
                .filter(c -> c.entity() == entity && c.action() == action).toList();
        if (found.size() != 1) {
            throw new AssertionError("Expected one " + entity + " " + action + " in " + report.changes());
        }
        return found.get(0);
    }

    /** How many changes of this entity and action the report lists. */
    public static long changes(ImportReport report, ChangeEntity entity, ChangeAction action) {
        return report.changes().stream().filter(c -> c.entity() == entity && c.action() == action).count();
    }

    /** Event types of a school, in order. */
    public List<String> events(String schoolCode) {
        return column("SELECT e.type FROM directory_event e JOIN school s ON s.id = e.school_id "
                + "WHERE s.code = $1 ORDER BY e.id", schoolCode);
    }
}
