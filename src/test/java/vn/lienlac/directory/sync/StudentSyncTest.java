package vn.lienlac.directory.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.lienlac.directory.sync.Imports.batch;
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

@QuarkusTest
class StudentSyncTest {

    @Inject
    TestSchools schools;
    @Inject
    SyncTestSupport sync;

    @Test
    void firstImportCreatesStudentsGuardiansClassesEnrollmentsAndLinks() {
        String school = schools.newSchool();
        String dad = newPhone();
        String mum = newPhone();
        ImportReport report = sync.students(snapshot(school), batch(
                student(2, school + "-1", "6A1", father("Trần Văn Ba", dad), mother("Lê Thị Tư", mum)),
                student(3, school + "-2", "6A1", mother("Lê Thị Tư", mum)),
                student(4, school + "-3", "6A2", father("Phạm Văn Năm", newPhone()))));

        assertEquals(ImportStatus.APPLIED, report.status());
        assertNotNull(report.importId());
        assertEquals(new ImportCounts(3, 3, 0, 0, 0, 0), report.counts());
        assertEquals(3, count("SELECT count(*) FROM student st JOIN school s ON s.id = st.school_id "
                + "WHERE s.code = $1 AND st.active", school));
        assertEquals(2, count("SELECT count(*) FROM school_class c JOIN school s ON s.id = c.school_id "
                + "WHERE s.code = $1 AND c.school_year = '2026-2027' AND c.active", school));
        assertEquals(3, count("SELECT count(*) FROM enrollment e JOIN student st ON st.id = e.student_id "
                + "JOIN school s ON s.id = st.school_id WHERE s.code = $1 AND e.active", school));
        assertEquals(1, count("SELECT count(*) FROM guardian WHERE phone = $1 AND active", mum));
        assertEquals(2, count("SELECT count(*) FROM student_guardian sg JOIN guardian g ON g.id = sg.guardian_id "
                + "WHERE g.phone = $1 AND sg.active", mum));
        assertEquals(List.of("STUDENT_ENROLLED", "STUDENT_ENROLLED", "STUDENT_ENROLLED", "GUARDIAN_LINKED",
                "GUARDIAN_LINKED", "GUARDIAN_LINKED", "GUARDIAN_LINKED"), sync.events(school));
        assertEquals(1, count("SELECT count(*) FROM directory_import i JOIN school s ON s.id = i.school_id "
                + "WHERE s.code = $1 AND i.status = 'APPLIED' AND i.created_count = 3", school));
    }

    @Test
    void reimportingTheSameDataChangesNothing() {
        String school = schools.newSchool();
        StudentRecord[] records = {
                student(2, school + "-1", "6A1", father("Trần Văn Ba", newPhone()), mother("Lê Thị Tư", newPhone())),
                student(3, school + "-2", "6A2", mother("Đỗ Thị Sáu", newPhone()))};
        sync.students(snapshot(school), batch(records));
        String updatedAt = updatedAt(school);
        List<String> events = sync.events(school);

        ImportReport again = sync.students(snapshot(school), batch(records));

        assertEquals(new ImportCounts(2, 0, 0, 0, 2, 0), again.counts());
        assertEquals(List.of(), again.changes());
        assertEquals(events, sync.events(school));
        assertEquals(updatedAt, updatedAt(school));
        assertEquals(2, count("SELECT count(*) FROM directory_import i JOIN school s ON s.id = i.school_id "
                + "WHERE s.code = $1", school));
    }

    @Test
    void studentMovingClassEndsTheOldEnrollmentAndKeepsIt() {
        String school = schools.newSchool();
        String code = school + "-1";
        String phone = newPhone();
        sync.students(snapshot(school), batch(student(2, code, "6A1", father("Trần Văn Ba", phone))));

        ImportReport report = sync.students(snapshot(school),
                batch(student(2, code, "6A2", father("Trần Văn Ba", phone))));

        assertEquals(1, report.counts().updated());
        assertEquals(List.of(new FieldChange("class", "6A1", "6A2")),
                change(report, ChangeEntity.ENROLLMENT, ChangeAction.UPDATED).fields());
        assertEquals(List.of("6A1:false:true", "6A2:true:false"), sync.column(
                "SELECT c.name || ':' || e.active || ':' || (e.ended_at IS NOT NULL) FROM enrollment e "
                        + "JOIN school_class c ON c.id = e.class_id JOIN student st ON st.id = e.student_id "
                        + "WHERE st.student_code = $1 ORDER BY c.name", code));
        assertEquals(List.of("true"), sync.column(
                "SELECT e.payload ->> 'fromClassId' = c1.id::text AND e.payload ->> 'toClassId' = c2.id::text "
                        + "FROM directory_event e JOIN school s ON s.id = e.school_id "
                        + "JOIN school_class c1 ON c1.school_id = s.id AND c1.name = '6A1' "
                        + "JOIN school_class c2 ON c2.school_id = s.id AND c2.name = '6A2' "
                        + "WHERE s.code = $1 AND e.type = 'STUDENT_MOVED_CLASS'", school));
    }

    @Test
    void studentActiveInAnotherSchoolMovesToTheImportingSchool() {
        String from = schools.newSchool();
        String to = schools.newSchool();
        String code = from + "-1";
        String phone = newPhone();
        sync.students(snapshot(from), batch(student(2, code, "6A1", mother("Lê Thị Tư", phone))));

        ImportReport report = sync.students(snapshot(to), batch(student(2, code, "7B", mother("Lê Thị Tư", phone))));

        assertTrue(change(report, ChangeEntity.STUDENT, ChangeAction.UPDATED).fields()
                .contains(new FieldChange("school", from, to)));
        assertEquals(List.of(to), sync.column("SELECT s.code FROM student st JOIN school s ON s.id = st.school_id "
                + "WHERE st.student_code = $1", code));
        assertEquals(List.of("7B"), sync.column("SELECT c.name FROM enrollment e "
                + "JOIN school_class c ON c.id = e.class_id JOIN student st ON st.id = e.student_id "
                + "WHERE st.student_code = $1 AND e.active", code));
        assertEquals(List.of("STUDENT_TRANSFERRED"), sync.events(to));
        assertEquals(1, count("SELECT count(*) FROM student_guardian sg JOIN student st ON st.id = sg.student_id "
                + "WHERE st.student_code = $1 AND sg.active", code));
    }

    @Test
    void changedNameAndBirthDateAreReportedWithOldAndNewValues() {
        String school = schools.newSchool();
        String code = school + "-1";
        StudentRecord before = student(2, code, "6A1");
        sync.students(snapshot(school), batch(before));
        StudentRecord after = new StudentRecord(2, code, "Nguyễn Thị Mai", before.dateOfBirth().plusDays(1),
                before.gender(), "6A1", List.of());

        ImportReport report = sync.students(snapshot(school), batch(after));

        assertEquals(1, report.changes().size());
        assertEquals(List.of(new FieldChange("fullName", before.fullName(), "Nguyễn Thị Mai"),
                        new FieldChange("dateOfBirth", "2014-09-01", "2014-09-02")),
                change(report, ChangeEntity.STUDENT, ChangeAction.UPDATED).fields());
        assertEquals(List.of("nguyen thi mai"),
                sync.column("SELECT name_search FROM student WHERE student_code = $1", code));
    }

    private long count(String sql, Object... params) {
        return schools.count(sql, params);
    }

    private String updatedAt(String school) {
        return sync.column("SELECT max(st.updated_at)::text FROM student st JOIN school s ON s.id = st.school_id "
                + "WHERE s.code = $1", school).get(0);
    }
}
