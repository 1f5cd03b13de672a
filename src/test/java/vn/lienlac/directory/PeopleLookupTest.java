package vn.lienlac.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.lienlac.directory.model.StaffRole;
import vn.lienlac.directory.rest.PeopleFixtures;

@QuarkusTest
class PeopleLookupTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @Inject
    PeopleLookup lookup;

    @Inject
    TestSchools schools;

    @Inject
    PeopleFixtures people;

    @Test
    void activeGuardianIsFoundByPhone() {
        String phone = guardianOfActiveStudent(true);

        Person person = byPhone(phone);

        assertEquals(phone, person.phone());
        assertTrue(person.activeGuardian());
        assertEquals(List.of(), person.activeStaff());
        assertNull(person.staffCode());
    }

    @Test
    void staffCodeGivesThePositionWithItsSchoolAndDistrict() {
        String district = schools.newDistrict();
        String school = schools.newSchool(district, "TIEU_HOC");
        String code = PeopleFixtures.code("GV");
        people.staff(school, code, "Phạm Thị Hoa", "PRINCIPAL", null, true);

        Person person = byStaffCode(code);

        assertNull(person.phone());
        assertEquals(code, person.staffCode());
        assertEquals(List.of(new StaffPosition(code, StaffRole.PRINCIPAL, school, district)), person.activeStaff());
        assertFalse(person.activeGuardian());
    }

    @Test
    void teacherWhoIsAlsoAParentIsOnePersonByEitherKey() {
        String phone = guardianOfActiveStudent(true);
        String school = schools.newSchool();
        String code = PeopleFixtures.code("GV");
        people.staff(school, code, "Lê Văn Hùng", "TEACHER", phone, true);

        Person byPhone = byPhone(phone);
        Person byCode = byStaffCode(code);

        assertEquals(byPhone, byCode);
        assertTrue(byCode.activeGuardian());
        assertEquals(phone, byCode.phone());
        assertEquals(code, byPhone.staffCode());
        assertEquals(StaffRole.TEACHER, byCode.activeStaff().get(0).role());
    }

    @Test
    void unknownPeopleHoldNoRole() {
        assertFalse(byPhone(PeopleFixtures.phone()).hasActiveRole());
        Person unknownCode = byStaffCode(PeopleFixtures.code("GV"));
        assertFalse(unknownCode.hasActiveRole());
        assertNull(unknownCode.phone());
    }

    @Test
    void deactivatedStaffAndGuardiansHoldNoRole() {
        String phone = guardianOfActiveStudent(false);
        String code = PeopleFixtures.code("GV");
        people.staff(schools.newSchool(), code, "Đỗ Văn Nam", "TEACHER", phone, false);

        assertFalse(byPhone(phone).hasActiveRole());
        assertFalse(byStaffCode(code).hasActiveRole());
    }

    @Test
    void aFormerTeacherWhoIsStillAParentKeepsTheGuardianRole() {
        String phone = guardianOfActiveStudent(true);
        String code = PeopleFixtures.code("GV");
        people.staff(schools.newSchool(), code, "Vũ Thị Lan", "TEACHER", phone, false);

        Person person = byStaffCode(code);

        assertTrue(person.activeGuardian());
        assertEquals(List.of(), person.activeStaff());
    }

    /** A guardian (active or not) linked to an active student; returns the phone. */
    private String guardianOfActiveStudent(boolean active) {
        String phone = PeopleFixtures.phone();
        long student = people.student(schools.newSchool(), PeopleFixtures.code("HS"), "Ngô Bảo Châu", true);
        long guardian = people.guardian(phone, "Ngô Thị Mai");
        people.link(student, guardian, "MOTHER", active);
        if (!active) {
            schools.count("UPDATE guardian SET active = false WHERE id = $1 RETURNING id", guardian);
        }
        return phone;
    }

    private Person byPhone(String phone) {
        return lookup.byPhone(phone).await().atMost(TIMEOUT);
    }

    private Person byStaffCode(String code) {
        return lookup.byStaffCode(code).await().atMost(TIMEOUT);
    }
}
