package vn.lienlac.directory.sync.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import vn.lienlac.directory.importing.RowError;
import vn.lienlac.directory.sync.Change;
import vn.lienlac.directory.sync.ChangeAction;
import vn.lienlac.directory.sync.ChangeEntity;
import vn.lienlac.directory.sync.DirectoryEventType;

/** What a diff decided besides the writes: the changes to report, the events to record, and warnings. */
public final class ChangeLog {

    private final List<Change> changes = new ArrayList<>();
    private final List<PendingEvent> events = new ArrayList<>();
    private final List<RowError> warnings = new ArrayList<>();

    public void change(int row, ChangeEntity entity, String key, ChangeAction action, Fields fields) {
        changes.add(new Change(row, entity, key, action, fields.list()));
    }

    public void event(DirectoryEventType type, Object... keysAndValues) {
        events.add(PendingEvent.of(type, keysAndValues));
    }

    public void warn(int row, String column, String code, String message) {
        warnings.add(new RowError(row, column, code, message));
    }

    public List<Change> changes() {
        return Collections.unmodifiableList(changes);
    }

    public List<PendingEvent> events() {
        return Collections.unmodifiableList(events);
    }

    public List<RowError> warnings() {
        return Collections.unmodifiableList(warnings);
    }
}
