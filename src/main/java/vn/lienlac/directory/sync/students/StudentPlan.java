package vn.lienlac.directory.sync.students;

import java.util.ArrayList;
import java.util.List;
import vn.lienlac.directory.model.GuardianRecord;
import vn.lienlac.directory.model.Relationship;
import vn.lienlac.directory.model.StudentRecord;
import vn.lienlac.directory.sync.engine.ChangeLog;
import vn.lienlac.directory.sync.engine.KeyIds;
import vn.lienlac.directory.sync.engine.Ref;
import vn.lienlac.directory.sync.engine.SyncPlan;
import vn.lienlac.directory.sync.rollover.Rollover;
import vn.lienlac.directory.sync.rollover.RolloverPlan;

/** The writes a student import needs, grouped so that each group is one bulk statement. Filled by the differs. */
public final class StudentPlan implements SyncPlan {

    private final ChangeLog log = new ChangeLog();
    private final KeyIds ids = new KeyIds();
    final List<String> newClasses = new ArrayList<>();
    final List<ClassActivity> classActivity = new ArrayList<>();
    final List<StudentRecord> newStudents = new ArrayList<>();
    final List<StudentUpdate> studentUpdates = new ArrayList<>();
    final List<Long> deactivatedStudents = new ArrayList<>();
    final List<Long> endedEnrollments = new ArrayList<>();
    final List<Enrollment> enrollments = new ArrayList<>();
    final List<GuardianRecord> newGuardians = new ArrayList<>();
    final List<GuardianUpdate> guardianUpdates = new ArrayList<>();
    final List<Long> deactivatedGuardians = new ArrayList<>();
    final List<Long> endedLinks = new ArrayList<>();
    final List<Link> links = new ArrayList<>();
    private RolloverPlan rollover;

    @Override
    public ChangeLog log() {
        return log;
    }

    @Override
    public KeyIds ids() {
        return ids;
    }

    @Override
    public Rollover rollover() {
        return rollover == null ? null : rollover.preview();
    }

    /** The rollover's writes, or null when the import starts no new school year. */
    RolloverPlan rolloverPlan() {
        return rollover;
    }

    void rollover(RolloverPlan plan) {
        this.rollover = plan;
    }

    /** A class of the school becoming active (it has students again) or inactive (it has none left). */
    record ClassActivity(long classId, boolean active) {
    }

    /** An existing student taking the record's values, the import's school, and active status. */
    record StudentUpdate(long id, StudentRecord record) {
    }

    /** A student starting (or resuming) membership of a class. */
    record Enrollment(Ref student, Ref schoolClass) {
    }

    /** An existing guardian taking this phone and name, and active status. */
    record GuardianUpdate(long id, String phone, String fullName) {
        @Override
        public String toString() {
            return "GuardianUpdate[id=" + id + "]";
        }
    }

    /** A student–guardian link to create, or to make active again. */
    record Link(Ref student, Ref guardian, Relationship relationship) {
    }

    /** True when the import writes nothing to the directory. */
    public boolean isEmpty() {
        return log.changes().isEmpty();
    }
}
