package vn.lienlac.directory.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.lienlac.directory.sync.Imports.batch;
import static vn.lienlac.directory.sync.Imports.delta;
import static vn.lienlac.directory.sync.Imports.snapshot;
import static vn.lienlac.directory.sync.Imports.teacher;
import static vn.lienlac.directory.sync.SyncTestSupport.change;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.lienlac.directory.TestSchools;
import vn.lienlac.directory.model.Gender;
import vn.lienlac.directory.model.StaffRecord;
import vn.lienlac.directory.model.StaffRole;

@QuarkusTest
class StaffSyncTest {

    private static final String HOMEROOMS = """
            SELECT c.name || ':' || st.staff_code FROM school_class c JOIN school s ON s.id = c.school_id
            JOIN staff st ON st.id = c.homeroom_staff_id WHERE s.code = $1 ORDER BY c.name""";
    private static final String TEACHING = """
            SELECT st.staff_code || ':' || c.name || ':' || ta.subject FROM teaching_assignment ta
            JOIN staff st ON st.id = ta.staff_id JOIN school_class c ON c.id = ta.class_id
            JOIN school s ON s.id = c.school_id WHERE s.code = $1 AND ta.active ORDER BY 1""";

    @Inject
    TestSchools schools;
    @Inject
    SyncTestSupport sync;

    @Test
    void firstImportCreatesStaffWithHomeroomAndTeaching() {
        String school = schools.newSchool();
        String code = school + "-GV1";

        ImportReport report = sync.staff(snapshot(school), batch(
                teacher(2, code, "6A1", List.of("Toán", "Tin học"), List.of("6A1", "6A2"))));

        assertEquals(new ImportCounts(1, 1, 0, 0, 0, 0), report.counts());
        assertEquals(List.of("6A1:" + code), sync.column(HOMEROOMS, school));
        assertEquals(List.of(code + ":6A1:Tin học", code + ":6A1:Toán", code + ":6A2:Tin học", code + ":6A2:Toán"),
                sync.column(TEACHING, school));
        assertEquals(List.of(school), sync.column("""
                SELECT s.code FROM staff st JOIN school s ON s.id = st.school_id
                WHERE st.staff_code = $1 AND st.district_office_id = s.district_office_id""", code));
        assertEquals(List.of("STAFF_JOINED", "HOMEROOM_ASSIGNED", "TEACHING_ASSIGNED", "TEACHING_ASSIGNED",
                "TEACHING_ASSIGNED", "TEACHING_ASSIGNED"), sync.events(school));
    }

    @Test
    void reimportingTheSameStaffChangesNothing() {
        String school = schools.newSchool();
        StaffRecord staff = teacher(2, school + "-GV1", "6A1", List.of("Toán"), List.of("6A1"));
        sync.staff(snapshot(school), batch(staff));
        List<String> events = sync.events(school);

        ImportReport again = sync.staff(snapshot(school), batch(staff));

        assertEquals(new ImportCounts(1, 0, 0, 0, 1, 0), again.counts());
        assertEquals(List.of(), again.changes());
        assertEquals(events, sync.events(school));
    }

    @Test
    void teacherChangingHomeroomClassIsRecorded() {
        String school = schools.newSchool();
        String first = school + "-GV1";
        String second = school + "-GV2";
        sync.staff(snapshot(school), batch(teacher(2, first, "6A1", List.of(), List.of()),
                teacher(3, second, "6A2", List.of(), List.of())));
        int eventsBefore = sync.events(school).size();

        ImportReport report = sync.staff(delta(school), batch(teacher(2, first, "6A2", List.of(), List.of())));

        assertEquals(List.of("6A2:" + first), sync.column(HOMEROOMS, school));
        Change moved = report.changes().stream().filter(c -> c.key().equals(first)
                && c.entity() == ChangeEntity.HOMEROOM).findFirst().orElseThrow();
        assertEquals(ChangeAction.UPDATED, moved.action());
        assertEquals(List.of(new FieldChange("class", "6A1", "6A2")), moved.fields());
        Change replaced = report.changes().stream().filter(c -> c.key().equals(second)).findFirst().orElseThrow();
        assertEquals(ChangeAction.DEACTIVATED, replaced.action());
        List<String> events = sync.events(school);
        assertEquals(List.of("HOMEROOM_UNASSIGNED", "HOMEROOM_ASSIGNED", "HOMEROOM_UNASSIGNED"),
                events.subList(eventsBefore, events.size()));
    }

    @Test
    void teachingNoLongerListedIsDeactivated() {
        String school = schools.newSchool();
        String code = school + "-GV1";
        StaffRecord before = teacher(2, code, null, List.of("Toán"), List.of("6A1", "6A2"));
        sync.staff(snapshot(school), batch(before));
        StaffRecord after = new StaffRecord(2, code, before.fullName(), before.dateOfBirth(), null, before.role(),
                before.phone(), before.email(), null, List.of("Toán"), List.of("6A2"));

        ImportReport report = sync.staff(snapshot(school), batch(after));

        assertEquals(List.of(code + ":6A2:Toán"), sync.column(TEACHING, school));
        assertEquals(List.of(new FieldChange("class", "6A1", null), new FieldChange("subject", "Toán", null)),
                change(report, ChangeEntity.TEACHING, ChangeAction.DEACTIVATED).fields());
        List<String> events = sync.events(school);
        assertEquals("TEACHING_UNASSIGNED", events.get(events.size() - 1));
    }

    @Test
    void snapshotDeactivatesMissingStaffWithTheirHomeroomAndTeaching() {
        String school = schools.newSchool();
        String staying = school + "-GV1";
        String leaving = school + "-GV2";
        StaffRecord stays = teacher(2, staying, "6A1", List.of("Văn"), List.of("6A1"));
        sync.staff(snapshot(school), batch(stays, teacher(3, leaving, "6A2", List.of("Toán"), List.of("6A1", "6A2"))));

        ImportReport report = sync.staff(snapshot(school), batch(stays));

        assertEquals(new ImportCounts(1, 0, 0, 1, 1, 0), report.counts());
        assertEquals(List.of("false|true"), sync.column(
                "SELECT active || '|' || (deactivated_at IS NOT NULL) FROM staff WHERE staff_code = $1", leaving));
        assertEquals(List.of("6A1:" + staying), sync.column(HOMEROOMS, school));
        assertEquals(List.of(staying + ":6A1:Văn"), sync.column(TEACHING, school));
        assertEquals(2, SyncTestSupport.changes(report, ChangeEntity.TEACHING, ChangeAction.DEACTIVATED));
        change(report, ChangeEntity.HOMEROOM, ChangeAction.DEACTIVATED);
    }

    @Test
    void roleChangeIsAStaffUpdate() {
        String school = schools.newSchool();
        StaffRecord teacher = teacher(2, school + "-GV1", null, List.of(), List.of());
        sync.staff(snapshot(school), batch(teacher));
        StaffRecord promoted = new StaffRecord(2, teacher.staffCode(), teacher.fullName(), teacher.dateOfBirth(),
                null, StaffRole.VICE_PRINCIPAL, teacher.phone(), teacher.email(), null, List.of(), List.of());

        ImportReport report = sync.staff(snapshot(school), batch(promoted));

        assertEquals(List.of(new FieldChange("role", "TEACHER", "VICE_PRINCIPAL")),
                change(report, ChangeEntity.STAFF, ChangeAction.UPDATED).fields());
        List<String> events = sync.events(school);
        assertEquals("STAFF_UPDATED", events.get(events.size() - 1));
    }

    @Test
    void genderIsStoredAndAChangeOfItIsAStaffUpdateEventNamingOnlyTheGender() {
        String school = schools.newSchool();
        StaffRecord teacher = teacher(2, school + "-GV1", null, List.of(), List.of());

        ImportReport created = sync.staff(snapshot(school), batch(withGender(teacher, Gender.FEMALE)));
        ImportReport changed = sync.staff(snapshot(school), batch(withGender(teacher, Gender.MALE)));

        assertTrue(change(created, ChangeEntity.STAFF, ChangeAction.CREATED).fields()
                .contains(new FieldChange("gender", null, "FEMALE")));
        assertEquals(List.of(new FieldChange("gender", "FEMALE", "MALE")),
                change(changed, ChangeEntity.STAFF, ChangeAction.UPDATED).fields());
        assertEquals(List.of("MALE"), sync.column("SELECT gender FROM directory_staff WHERE staff_code = $1",
                teacher.staffCode()));
        assertEquals(List.of(teacher.staffCode() + " FEMALE>MALE, role in payload: false"), sync.column("""
                SELECT (e.payload->>'staffCode') || ' ' || (e.payload->>'fromGender') || '>'
                    || (e.payload->>'toGender') || ', role in payload: ' || (e.payload ? 'toRole')
                FROM directory_event e JOIN school s ON s.id = e.school_id
                WHERE s.code = $1 AND e.type = 'STAFF_UPDATED'""", school));
    }

    @Test
    void aRowWithoutGenderKeepsTheStoredOne() {
        String school = schools.newSchool();
        StaffRecord teacher = teacher(2, school + "-GV1", null, List.of(), List.of());
        sync.staff(snapshot(school), batch(withGender(teacher, Gender.FEMALE)));
        List<String> events = sync.events(school);

        ImportReport again = sync.staff(snapshot(school), batch(teacher));

        assertEquals(List.of(), again.changes());
        assertEquals(events, sync.events(school));
        assertEquals(List.of("FEMALE"), sync.column("SELECT gender FROM directory_staff WHERE staff_code = $1",
                teacher.staffCode()));
    }

    private static StaffRecord withGender(StaffRecord r, Gender gender) {
        return new StaffRecord(r.row(), r.staffCode(), r.fullName(), r.dateOfBirth(), gender, r.role(), r.phone(),
                r.email(), r.homeroomClass(), r.subjects(), r.classes());
    }
}
