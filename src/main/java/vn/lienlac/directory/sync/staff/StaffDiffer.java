package vn.lienlac.directory.sync.staff;

import static vn.lienlac.directory.sync.DirectoryEventType.STAFF_DEACTIVATED;
import static vn.lienlac.directory.sync.DirectoryEventType.STAFF_JOINED;
import static vn.lienlac.directory.sync.DirectoryEventType.STAFF_REACTIVATED;
import static vn.lienlac.directory.sync.DirectoryEventType.STAFF_UPDATED;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.lienlac.directory.importing.StaffUnit;
import vn.lienlac.directory.model.Gender;
import vn.lienlac.directory.model.StaffRecord;
import vn.lienlac.directory.sync.ChangeAction;
import vn.lienlac.directory.sync.ChangeEntity;
import vn.lienlac.directory.sync.engine.ChangeLog;
import vn.lienlac.directory.sync.engine.Fields;
import vn.lienlac.directory.sync.engine.Ref;
import vn.lienlac.directory.sync.engine.SyncContext;
import vn.lienlac.directory.sync.staff.StaffState.ExistingStaff;

/**
 * Diffs the records of a staff import against the directory: staff members and the classes they name here,
 * homerooms and teaching in {@link AssignmentDiffer}. Pure: no database, no clock.
 *
 * <p>A school's import never touches an office's own staff, and an office's import never takes an active
 * member of a school's staff, nor a district office's import an active department officer (docs/access.md, "Who
 * may create which role"). {@code StaffSync.screen} turns such rows into row errors first; should one slip through
 * (written by another import in between), it is left alone here with a warning.
 */
public final class StaffDiffer {

    private final SyncContext ctx;
    private final StaffState state;
    private final StaffPlan plan = new StaffPlan();
    private final ChangeLog log = plan.log();

    private StaffDiffer(SyncContext ctx, StaffState state) {
        this.ctx = ctx;
        this.state = state;
    }

    public static StaffPlan diff(SyncContext ctx, StaffState state, List<StaffRecord> records) {
        return new StaffDiffer(ctx, state).diff(records);
    }

    private StaffPlan diff(List<StaffRecord> input) {
        List<StaffRecord> records = mayTake(firstOfEachCode(input));
        state.staff().values().forEach(s -> plan.ids().staff(s.code(), s.id()));
        state.classes().forEach((name, id) -> plan.ids().schoolClass(name, id));
        classes(records);
        records.forEach(this::staff);
        List<ExistingStaff> leaving = ctx.deactivateMissing() ? leaving(records) : List.of();
        leaving.forEach(this::deactivate);
        new AssignmentDiffer(ctx, state, plan).diff(records, leaving);
        return plan;
    }

    private List<StaffRecord> firstOfEachCode(List<StaffRecord> records) {
        Set<String> seen = new HashSet<>();
        List<StaffRecord> first = new ArrayList<>(records.size());
        for (StaffRecord r : records) {
            if (seen.add(r.staffCode())) {
                first.add(r);
            } else {
                log.warn(r.row(), null, "DUPLICATE_CODE",
                        "Mã cán bộ " + r.staffCode() + " lặp lại; chỉ dòng đầu tiên được dùng.");
            }
        }
        return first;
    }

    /** Classes named as homeroom or taught that the school does not have yet are created. */
    private void classes(List<StaffRecord> records) {
        Map<String, Integer> named = new LinkedHashMap<>();
        for (StaffRecord r : records) {
            if (r.homeroomClass() != null) {
                named.putIfAbsent(r.homeroomClass(), r.row());
            }
            AssignmentDiffer.classesOf(r).forEach(c -> named.putIfAbsent(c, r.row()));
        }
        named.forEach((name, row) -> {
            if (!state.classes().containsKey(name)) {
                plan.newClasses.add(name);
                log.change(row, ChangeEntity.CLASS, name, ChangeAction.CREATED, new Fields());
            }
        });
    }

    private void staff(StaffRecord r) {
        ExistingStaff s = state.staff().get(r.staffCode());
        Ref staff = new Ref.Staff(r.staffCode());
        if (s == null) {
            plan.newStaff.add(r);
            log.change(r.row(), ChangeEntity.STAFF, r.staffCode(), ChangeAction.CREATED, new Fields()
                    .set("fullName", r.fullName()).set("dateOfBirth", r.dateOfBirth()).set("gender", r.gender())
                    .set("role", r.role()).set("phone", r.phone()).set("email", r.email()));
            log.event(STAFF_JOINED, "staffId", staff, "staffCode", r.staffCode(), "role", r.role(),
                    "fromSchoolId", null);
            return;
        }
        boolean joined = !ctx.school().holds(s.schoolId(), s.districtOfficeId(), s.departmentId());
        Gender gender = r.gender() == null ? s.gender() : r.gender();
        Fields fields = new Fields()
                .diff("fullName", s.fullName(), r.fullName())
                .diff("dateOfBirth", s.dateOfBirth(), r.dateOfBirth())
                .diff("gender", s.gender(), gender)
                .diff("role", s.role(), r.role())
                .diff("phone", s.phone(), r.phone())
                .diff("email", s.email(), r.email())
                .diff("school", s.unitCode(), ctx.school().code())
                .diff("active", s.active(), true);
        if (fields.isEmpty()) {
            return;
        }
        plan.staffUpdates.add(new StaffPlan.StaffUpdate(s.id(), r));
        log.change(r.row(), ChangeEntity.STAFF, r.staffCode(),
                s.active() ? ChangeAction.UPDATED : ChangeAction.REACTIVATED, fields);
        if (joined && ctx.school().office() && s.schoolCode() != null) {
            plan.schoolsLeft.add(s.schoolCode());
        }
        if (joined) {
            log.event(STAFF_JOINED, "staffId", staff, "staffCode", r.staffCode(), "role", r.role(),
                    "fromSchoolId", s.schoolId());
        }
        updated(s, r, staff, gender);
        if (!s.active()) {
            log.event(STAFF_REACTIVATED, "staffId", staff, "staffCode", r.staffCode());
        }
    }

    /** A change of role or gender: the event names only what changed (fromRole/toRole, fromGender/toGender). */
    private void updated(ExistingStaff s, StaffRecord r, Ref staff, Gender gender) {
        List<Object> payload = new ArrayList<>(List.of("staffId", staff, "staffCode", r.staffCode()));
        if (s.role() != r.role()) {
            payload.addAll(List.of("fromRole", s.role(), "toRole", r.role()));
        }
        if (s.gender() != gender) {
            payload.addAll(Arrays.asList("fromGender", s.gender(), "toGender", gender));
        }
        if (payload.size() > 4) {
            log.event(STAFF_UPDATED, payload.toArray());
        }
    }

    /** The records of staff this import may change (see the class comment); the others are warned about. */
    private List<StaffRecord> mayTake(List<StaffRecord> records) {
        StaffUnit unit = ctx.school().unit();
        List<StaffRecord> kept = new ArrayList<>(records.size());
        for (StaffRecord r : records) {
            ExistingStaff s = state.staff().get(r.staffCode());
            if (s == null || StaffSync.mayTake(unit, s.office(), s.active(), s.role())) {
                kept.add(r);
            } else {
                log.warn(r.row(), null, StaffSync.takenCode(s.office()),
                        StaffSync.takenMessage(unit, s.role(), r.staffCode()) + " Dòng này không được ghi.");
            }
        }
        return kept;
    }

    /** The unit's active staff that the import does not list. */
    private List<ExistingStaff> leaving(List<StaffRecord> records) {
        Set<String> listed = new HashSet<>();
        records.forEach(r -> listed.add(r.staffCode()));
        return state.staff().values().stream()
                .filter(s -> s.active() && ctx.school().holds(s.schoolId(), s.districtOfficeId(), s.departmentId())
                        && !listed.contains(s.code()))
                .toList();
    }

    private void deactivate(ExistingStaff s) {
        plan.deactivatedStaff.add(s.id());
        log.change(0, ChangeEntity.STAFF, s.code(), ChangeAction.DEACTIVATED, new Fields().diff("active", true, false));
        log.event(STAFF_DEACTIVATED, "staffId", s.id(), "staffCode", s.code());
    }
}
