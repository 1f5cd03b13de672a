package vn.lienlac.directory.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.lienlac.directory.sync.Imports.batch;
import static vn.lienlac.directory.sync.Imports.delta;
import static vn.lienlac.directory.sync.Imports.father;
import static vn.lienlac.directory.sync.Imports.mother;
import static vn.lienlac.directory.sync.Imports.newPhone;
import static vn.lienlac.directory.sync.Imports.snapshot;
import static vn.lienlac.directory.sync.Imports.student;
import static vn.lienlac.directory.sync.SyncTestSupport.change;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.lienlac.directory.TestSchools;
import vn.lienlac.directory.model.StudentRecord;

/** What snapshot imports deactivate and reactivate, and what delta imports leave alone. */
@QuarkusTest
class SnapshotTest {

    @Inject
    TestSchools schools;
    @Inject
    SyncTestSupport sync;

    @Test
    void missingStudentIsDeactivatedWithRowAndHistoryKept() {
        String school = schools.newSchool();
        String staying = school + "-1";
        String leaving = school + "-2";
        String phone = newPhone();
        sync.students(snapshot(school), batch(student(2, staying, "6A1"),
                student(3, leaving, "6A1", mother("Lê Thị Tư", phone))));
        int eventsBefore = sync.events(school).size();

        ImportReport report = sync.students(snapshot(school), batch(student(2, staying, "6A1")));

        assertEquals(new ImportCounts(1, 0, 0, 1, 1, 0), report.counts());
        assertEquals(0, change(report, ChangeEntity.STUDENT, ChangeAction.DEACTIVATED).row());
        assertEquals(List.of("false|true"), sync.column(
                "SELECT active || '|' || (deactivated_at IS NOT NULL) FROM student WHERE student_code = $1", leaving));
        assertEquals(List.of("false|true"), sync.column("""
                SELECT e.active || '|' || (e.ended_at IS NOT NULL) FROM enrollment e
                JOIN student st ON st.id = e.student_id WHERE st.student_code = $1""", leaving));
        assertEquals(List.of("false"), sync.column("""
                SELECT sg.active FROM student_guardian sg JOIN student st ON st.id = sg.student_id
                WHERE st.student_code = $1""", leaving));
        assertEquals(List.of("STUDENT_DEACTIVATED", "GUARDIAN_UNLINKED", "GUARDIAN_DEACTIVATED"),
                sync.events(school).subList(eventsBefore, sync.events(school).size()));
    }

    @Test
    void guardianLeftWithoutChildrenIsDeactivatedButNotOneWithAChildElsewhere() {
        String school = schools.newSchool();
        String other = schools.newSchool();
        String onlyHere = newPhone();
        String alsoElsewhere = newPhone();
        sync.students(snapshot(other), batch(student(2, other + "-1", "9A", mother("Lê Thị Tư", alsoElsewhere))));
        sync.students(snapshot(school), batch(student(2, school + "-1", "6A1"),
                student(3, school + "-2", "6A1", father("Trần Văn Ba", onlyHere), mother("Lê Thị Tư", alsoElsewhere))));

        ImportReport report = sync.students(snapshot(school), batch(student(2, school + "-1", "6A1")));

        assertEquals(onlyHere, change(report, ChangeEntity.GUARDIAN, ChangeAction.DEACTIVATED).key());
        assertEquals(List.of("false|true"), sync.column(
                "SELECT active || '|' || (deactivated_at IS NOT NULL) FROM guardian WHERE phone = $1", onlyHere));
        assertEquals(List.of("true"), sync.column("SELECT active FROM guardian WHERE phone = $1", alsoElsewhere));
    }

    @Test
    void classWithNoStudentLeftIsDeactivated() {
        String school = schools.newSchool();
        sync.students(snapshot(school), batch(student(2, school + "-1", "6A1"), student(3, school + "-2", "6A2")));

        ImportReport report = sync.students(snapshot(school), batch(student(2, school + "-1", "6A1")));

        assertEquals("6A2", change(report, ChangeEntity.CLASS, ChangeAction.DEACTIVATED).key());
        assertEquals(List.of("6A1:true", "6A2:false"), sync.column("""
                SELECT c.name || ':' || c.active FROM school_class c JOIN school s ON s.id = c.school_id
                WHERE s.code = $1 ORDER BY c.name""", school));
    }

    @Test
    void deactivatedStudentWhoReappearsIsReactivated() {
        String school = schools.newSchool();
        String code = school + "-2";
        String phone = newPhone();
        StudentRecord returning = student(3, code, "6A1", mother("Lê Thị Tư", phone));
        sync.students(snapshot(school), batch(student(2, school + "-1", "6A1"), returning));
        sync.students(snapshot(school), batch(student(2, school + "-1", "6A1")));

        ImportReport report = sync.students(snapshot(school), batch(student(2, school + "-1", "6A1"), returning));

        assertEquals(new ImportCounts(2, 0, 1, 0, 1, 0), report.counts());
        change(report, ChangeEntity.STUDENT, ChangeAction.REACTIVATED);
        change(report, ChangeEntity.GUARDIAN, ChangeAction.REACTIVATED);
        assertEquals(List.of("true|false"), sync.column(
                "SELECT active || '|' || (deactivated_at IS NOT NULL) FROM student WHERE student_code = $1", code));
        assertEquals(List.of("true"), sync.column("""
                SELECT e.active FROM enrollment e JOIN student st ON st.id = e.student_id
                WHERE st.student_code = $1""", code));
        assertEquals(List.of("true"), sync.column("SELECT active FROM guardian WHERE phone = $1", phone));
        List<String> events = sync.events(school);
        assertEquals(List.of("STUDENT_REACTIVATED", "GUARDIAN_REACTIVATED", "GUARDIAN_LINKED"),
                events.subList(events.size() - 3, events.size()));
    }

    @Test
    void deltaTouchesOnlyTheListedRows() {
        String school = schools.newSchool();
        sync.students(snapshot(school), batch(student(2, school + "-1", "6A1", father("Trần Văn Ba", newPhone())),
                student(3, school + "-2", "6A1"), student(4, school + "-3", "6A2")));

        ImportReport report = sync.students(delta(school), batch(student(2, school + "-2", "6A2")));

        assertEquals(new ImportCounts(1, 0, 1, 0, 0, 0), report.counts());
        assertEquals(3, schools.count("""
                SELECT count(*) FROM student st JOIN school s ON s.id = st.school_id WHERE s.code = $1 AND st.active""",
                school));
        assertEquals(2, schools.count("""
                SELECT count(*) FROM school_class c JOIN school s ON s.id = c.school_id
                WHERE s.code = $1 AND c.active""",
                school));
        assertEquals(1, schools.count("""
                SELECT count(*) FROM student_guardian sg JOIN student st ON st.id = sg.student_id
                WHERE st.student_code = $1 AND sg.active""", school + "-1"));
    }
}
