package vn.lienlac.directory.sync.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.lienlac.directory.model.StaffRecord;
import vn.lienlac.directory.model.StaffRole;
import vn.lienlac.directory.sync.Change;
import vn.lienlac.directory.sync.ChangeEntity;
import vn.lienlac.directory.sync.FieldChange;
import vn.lienlac.directory.sync.ImportMode;
import vn.lienlac.directory.sync.engine.Ref;
import vn.lienlac.directory.sync.engine.School;
import vn.lienlac.directory.sync.engine.SyncContext;
import vn.lienlac.directory.sync.staff.StaffState.ExistingStaff;
import vn.lienlac.directory.sync.staff.StaffState.Homeroom;
import vn.lienlac.directory.sync.staff.StaffState.Teaching;

/** The staff diff without a database. */
class StaffDifferTest {

    private static final School SCHOOL = new School(1, "TRG-1", 10);
    private static final School OFFICE = School.office("PGD-10", 10);
    private static final School DEPARTMENT = School.department("SGD-1", 1);

    private final Map<String, ExistingStaff> staff = new LinkedHashMap<>();

    @Test
    void teachersSwappingHomeroomClassesAreTwoAssignmentsAndNoVacancy() {
        existing(21, "GV1");
        existing(22, "GV2");
        List<Homeroom> homerooms = List.of(new Homeroom(31, "6A1", 1, "TRG-1", 21, "GV1"),
                new Homeroom(32, "6A2", 1, "TRG-1", 22, "GV2"));

        StaffPlan plan = diff(ImportMode.DELTA, homerooms, Map.of(), record(2, "GV1", "6A2", List.of()),
                record(3, "GV2", "6A1", List.of()));

        assertEquals(List.of(new StaffPlan.HomeroomSet(new Ref.SchoolClass("6A2"), new Ref.Staff("GV1")),
                new StaffPlan.HomeroomSet(new Ref.SchoolClass("6A1"), new Ref.Staff("GV2"))), plan.homerooms);
        assertEquals(List.of(new FieldChange("class", "6A1", "6A2")), homeroomChange(plan, "GV1").fields());
        assertEquals(List.of(new FieldChange("class", "6A2", "6A1")), homeroomChange(plan, "GV2").fields());
    }

    @Test
    void secondTeacherNamingTheSameHomeroomClassIsWarnedAndIgnored() {
        StaffPlan plan = diff(ImportMode.SNAPSHOT, List.of(), Map.of(), record(2, "GV1", "6A1", List.of()),
                record(3, "GV2", "6A1", List.of()));

        assertEquals(List.of(new StaffPlan.HomeroomSet(new Ref.SchoolClass("6A1"), new Ref.Staff("GV1"))),
                plan.homerooms);
        assertEquals("DUPLICATE_HOMEROOM", plan.log().warnings().get(0).code());
        assertEquals(3, plan.log().warnings().get(0).row());
    }

    @Test
    void teachingWithoutSubjectIsOneAssignmentPerClassWithAnEmptySubject() {
        existing(21, "GV1");
        Map<Long, List<Teaching>> teaching = Map.of(21L, List.of(new Teaching(41, 21, 31, "6A1", 1, "TRG-1", "")));

        StaffPlan plan = diff(ImportMode.SNAPSHOT, List.of(), teaching, record(2, "GV1", null, List.of("6A1", "6A2")));

        assertEquals(List.of(new StaffPlan.TeachingStart(new Ref.Staff("GV1"), new Ref.SchoolClass("6A2"), "")),
                plan.teaching);
        assertEquals(List.of(), plan.endedTeaching);
    }

    @Test
    void officeSnapshotDeactivatesOnlyTheOfficesOwnStaffAndLeavesActiveSchoolStaffAlone() {
        staff.put("CV1", office(51, "CV1", 10));
        staff.put("CV2", office(52, "CV2", 10));
        staff.put("CV9", office(59, "CV9", 11));
        existing(21, "GV1");

        StaffPlan plan = StaffDiffer.diff(new SyncContext(OFFICE, "2026-2027", ImportMode.SNAPSHOT, true, false,
                Instant.EPOCH), new StaffState(staff, Map.of(), List.of(), Map.of()),
                List.of(officer(2, "CV1"), officer(3, "GV1")));

        assertEquals(List.of(52L), plan.deactivatedStaff);
        assertEquals(List.of(), plan.staffUpdates);
        assertEquals("SCHOOL_STAFF_CODE", plan.log().warnings().get(0).code());
        assertEquals(3, plan.log().warnings().get(0).row());
    }

    @Test
    void schoolImportNeverTouchesAnOfficesStaffMember() {
        staff.put("CV1", office(51, "CV1", 10));

        StaffPlan plan = diff(ImportMode.SNAPSHOT, List.of(), Map.of(), record(2, "CV1", "6A1", List.of("6A1")));

        assertEquals(List.of(), plan.staffUpdates);
        assertEquals(List.of(), plan.homerooms);
        assertEquals(List.of(), plan.teaching);
        assertEquals(List.of(), plan.deactivatedStaff);
        assertEquals("OFFICE_STAFF_CODE", plan.log().warnings().get(0).code());
    }

    @Test
    void departmentSnapshotDeactivatesOnlyItsOwnStaffAndMayPromoteADistrictOfficer() {
        staff.put("SO1", departmentOfficer(61, "SO1", 1));
        staff.put("SO2", departmentOfficer(62, "SO2", 1));
        staff.put("SO9", departmentOfficer(69, "SO9", 2));
        staff.put("CV1", office(51, "CV1", 10));
        staff.put("CV2", office(52, "CV2", 10));
        existing(21, "GV1");

        StaffPlan plan = StaffDiffer.diff(new SyncContext(DEPARTMENT, "2026-2027", ImportMode.SNAPSHOT, true, false,
                Instant.EPOCH), new StaffState(staff, Map.of(), List.of(), Map.of()),
                List.of(departmentRecord(2, "SO1"), departmentRecord(3, "CV1"), departmentRecord(4, "GV1")));

        assertEquals(List.of(62L), plan.deactivatedStaff);
        assertEquals(List.of(51L), plan.staffUpdates.stream().map(StaffPlan.StaffUpdate::id).toList());
        assertEquals("SCHOOL_STAFF_CODE", plan.log().warnings().get(0).code());
        assertEquals(4, plan.log().warnings().get(0).row());
    }

    @Test
    void districtOfficeImportNeverTakesAnActiveDepartmentOfficer() {
        staff.put("SO1", departmentOfficer(61, "SO1", 1));

        StaffPlan plan = StaffDiffer.diff(new SyncContext(OFFICE, "2026-2027", ImportMode.SNAPSHOT, true, false,
                Instant.EPOCH), new StaffState(staff, Map.of(), List.of(), Map.of()), List.of(officer(2, "SO1")));

        assertEquals(List.of(), plan.staffUpdates);
        assertEquals(List.of(), plan.deactivatedStaff);
        assertEquals("OFFICE_STAFF_CODE", plan.log().warnings().get(0).code());
    }

    private static ExistingStaff office(long id, String code, long districtOfficeId) {
        return new ExistingStaff(id, code, null, null, "Chuyên Viên " + code, null, null, StaffRole.DISTRICT_OFFICER, null,
                null, true, districtOfficeId, "PGD-" + districtOfficeId, null);
    }

    private static ExistingStaff departmentOfficer(long id, String code, long departmentId) {
        return new ExistingStaff(id, code, null, null, "Chuyên Viên Sở " + code, null, null, StaffRole.DEPARTMENT_OFFICER,
                null, null, true, null, "SGD-" + departmentId, departmentId);
    }

    private static StaffRecord departmentRecord(int row, String code) {
        return new StaffRecord(row, code, "Chuyên Viên Sở " + code, null, null, StaffRole.DEPARTMENT_OFFICER, null, null,
                null, List.of(), List.of());
    }

    private static StaffRecord officer(int row, String code) {
        return new StaffRecord(row, code, "Chuyên Viên " + code, null, null, StaffRole.DISTRICT_OFFICER, null, null, null,
                List.of(), List.of());
    }

    private StaffPlan diff(ImportMode mode, List<Homeroom> homerooms, Map<Long, List<Teaching>> teaching,
            StaffRecord... records) {
        SyncContext ctx = new SyncContext(SCHOOL, "2026-2027", mode, mode == ImportMode.SNAPSHOT, false, Instant.EPOCH);
        return StaffDiffer.diff(ctx, new StaffState(staff, Map.of("6A1", 31L, "6A2", 32L), homerooms, teaching),
                List.of(records));
    }

    private void existing(long id, String code) {
        staff.put(code, new ExistingStaff(id, code, SCHOOL.id(), SCHOOL.code(), "Giáo Viên " + code,
                LocalDate.of(1985, 3, 8), null, StaffRole.TEACHER, null, null, true, SCHOOL.districtOfficeId(), "PGD-1",
                null));
    }

    private static StaffRecord record(int row, String code, String homeroom, List<String> classes) {
        return new StaffRecord(row, code, "Giáo Viên " + code, LocalDate.of(1985, 3, 8), null, StaffRole.TEACHER,
                null, null, homeroom, List.of(), classes);
    }

    private static Change homeroomChange(StaffPlan plan, String staffCode) {
        return plan.log().changes().stream()
                .filter(c -> c.entity() == ChangeEntity.HOMEROOM && c.key().equals(staffCode))
                .findFirst().orElseThrow();
    }
}
