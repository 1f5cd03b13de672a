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

@QuarkusTest
class GuardianSyncTest {

    @Inject
    TestSchools schools;
    @Inject
    SyncTestSupport sync;

    @Test
    void phoneSharedAcrossTwoSchoolsIsOneGuardianWithChildrenInBoth() {
        String primary = schools.newSchool();
        String secondary = schools.newSchool();
        String phone = newPhone();
        sync.students(snapshot(primary), batch(student(2, primary + "-1", "3A", mother("Lê Thị Tư", phone))));

        sync.students(snapshot(secondary), batch(student(2, secondary + "-1", "7B", mother("Lê Thị Tư", phone))));

        assertEquals(1, schools.count("SELECT count(*) FROM guardian WHERE phone = $1", phone));
        assertEquals(List.of(primary, secondary), sync.column("""
                SELECT s.code FROM student_guardian sg JOIN guardian g ON g.id = sg.guardian_id
                JOIN student st ON st.id = sg.student_id JOIN school s ON s.id = st.school_id
                WHERE g.phone = $1 AND sg.active ORDER BY st.id""", phone));
    }

    @Test
    void guardianNameFollowsTheLatestImport() {
        String school = schools.newSchool();
        String code = school + "-1";
        String phone = newPhone();
        sync.students(snapshot(school), batch(student(2, code, "6A1", mother("Lê Thị Tư", phone))));

        ImportReport report = sync.students(snapshot(school),
                batch(student(2, code, "6A1", mother("Lê Thị Thu", phone))));

        assertEquals(List.of(new FieldChange("fullName", "Lê Thị Tư", "Lê Thị Thu")),
                change(report, ChangeEntity.GUARDIAN, ChangeAction.UPDATED).fields());
        assertEquals(List.of("Lê Thị Thu|le thi thu"),
                sync.column("SELECT full_name || '|' || name_search FROM guardian WHERE phone = $1", phone));
    }

    @Test
    void newNumberUnderTheSameNameChangesTheGuardiansPhone() {
        String school = schools.newSchool();
        String code = school + "-1";
        String oldPhone = newPhone();
        String newPhone = newPhone();
        sync.students(snapshot(school), batch(student(2, code, "6A1", father("Nguyễn Văn Đức", oldPhone))));
        List<String> guardianId = sync.column("SELECT id FROM guardian WHERE phone = $1", oldPhone);
        List<String> linkId = sync.column("SELECT id FROM student_guardian WHERE guardian_id = $1::bigint",
                Long.valueOf(guardianId.get(0)));

        ImportReport report = sync.students(snapshot(school),
                batch(student(2, code, "6A1", father("NGUYEN VAN DUC", newPhone))));

        assertEquals(guardianId, sync.column("SELECT id FROM guardian WHERE phone = $1", newPhone));
        assertEquals(0, schools.count("SELECT count(*) FROM guardian WHERE phone = $1", oldPhone));
        assertEquals(linkId, sync.column("SELECT id FROM student_guardian WHERE guardian_id = $1::bigint AND active",
                Long.valueOf(guardianId.get(0))));
        assertEquals(new FieldChange("phone", oldPhone, newPhone),
                change(report, ChangeEntity.GUARDIAN, ChangeAction.UPDATED).fields().get(0));
        assertEquals("GUARDIAN_PHONE_CHANGED", last(sync.events(school)));
    }

    @Test
    void newNumberUnderAnotherNameLinksANewGuardianAndUnlinksTheOld() {
        String school = schools.newSchool();
        String code = school + "-1";
        String oldPhone = newPhone();
        String newPhone = newPhone();
        sync.students(snapshot(school), batch(student(2, code, "6A1", father("Nguyễn Văn Đức", oldPhone))));

        ImportReport report = sync.students(delta(school),
                batch(student(2, code, "6A1", father("Hoàng Văn Minh", newPhone))));

        assertEquals(1, SyncTestSupport.changes(report, ChangeEntity.GUARDIAN, ChangeAction.CREATED));
        assertEquals(1, SyncTestSupport.changes(report, ChangeEntity.GUARDIAN_LINK, ChangeAction.DEACTIVATED));
        assertEquals(List.of(newPhone), sync.column("""
                SELECT g.phone FROM student_guardian sg JOIN guardian g ON g.id = sg.guardian_id
                JOIN student st ON st.id = sg.student_id WHERE st.student_code = $1 AND sg.active""", code));
        assertEquals(List.of("false"), sync.column("SELECT active FROM guardian WHERE phone = $1", oldPhone));
    }

    @Test
    void fatherAndMotherSharingOnePhoneAreOneGuardianWithTwoLinks() {
        String school = schools.newSchool();
        String code = school + "-1";
        String phone = newPhone();

        sync.students(snapshot(school), batch(student(2, code, "6A1",
                father("Trần Văn Ba", phone), mother("Lê Thị Tư", phone))));

        assertEquals(1, schools.count("SELECT count(*) FROM guardian WHERE phone = $1", phone));
        assertEquals(List.of("FATHER", "MOTHER"), sync.column("""
                SELECT sg.relationship FROM student_guardian sg JOIN guardian g ON g.id = sg.guardian_id
                WHERE g.phone = $1 AND sg.active ORDER BY sg.relationship""", phone));
    }

    @Test
    void slotNoLongerListedBySnapshotIsUnlinked() {
        String school = schools.newSchool();
        String code = school + "-1";
        String dad = newPhone();
        String mum = newPhone();
        sync.students(snapshot(school), batch(student(2, code, "6A1", father("Trần Văn Ba", dad),
                mother("Lê Thị Tư", mum))));

        sync.students(snapshot(school), batch(student(2, code, "6A1", mother("Lê Thị Tư", mum))));

        assertEquals(List.of("MOTHER"), sync.column("""
                SELECT sg.relationship FROM student_guardian sg JOIN student st ON st.id = sg.student_id
                WHERE st.student_code = $1 AND sg.active""", code));
        assertEquals(List.of("false"), sync.column("SELECT active FROM guardian WHERE phone = $1", dad));
    }

    private static String last(List<String> values) {
        return values.get(values.size() - 1);
    }
}
