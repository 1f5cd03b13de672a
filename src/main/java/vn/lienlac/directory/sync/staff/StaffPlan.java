package vn.lienlac.directory.sync.staff;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import vn.lienlac.directory.model.StaffRecord;
import vn.lienlac.directory.sync.engine.ChangeLog;
import vn.lienlac.directory.sync.engine.KeyIds;
import vn.lienlac.directory.sync.engine.Ref;
import vn.lienlac.directory.sync.engine.SyncPlan;

/** The writes a staff import needs, grouped so that each group is one bulk statement. Filled by the differs. */
public final class StaffPlan implements SyncPlan {

    private final ChangeLog log = new ChangeLog();
    private final KeyIds ids = new KeyIds();
    final List<String> newClasses = new ArrayList<>();
    final List<StaffRecord> newStaff = new ArrayList<>();
    final List<StaffUpdate> staffUpdates = new ArrayList<>();
    final List<Long> deactivatedStaff = new ArrayList<>();
    final List<HomeroomSet> homerooms = new ArrayList<>();
    final List<Long> endedTeaching = new ArrayList<>();
    final List<TeachingStart> teaching = new ArrayList<>();
    final Set<String> schoolsLeft = new TreeSet<>();

    @Override
    public ChangeLog log() {
        return log;
    }

    @Override
    public KeyIds ids() {
        return ids;
    }

    @Override
    public Set<String> schoolsLeft() {
        return schoolsLeft;
    }

    /** An existing staff member taking the record's values, the import's school and district, and active status. */
    record StaffUpdate(long id, StaffRecord record) {
    }

    /** A class's homeroom teacher becoming {@code staff}, or nobody when {@code staff} is null. */
    record HomeroomSet(Ref schoolClass, Ref staff) {
    }

    /** A teaching assignment to create, or to make active again. */
    record TeachingStart(Ref staff, Ref schoolClass, String subject) {
    }
}
