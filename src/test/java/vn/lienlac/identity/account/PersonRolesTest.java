package vn.lienlac.identity.account;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.lienlac.directory.Person;
import vn.lienlac.directory.StaffPosition;
import vn.lienlac.directory.model.StaffRole;
import vn.lienlac.identity.Roles;

class PersonRolesTest {

    @Test
    void everyStaffRoleHasItsOwnRoleName() {
        Set<String> names = Arrays.stream(StaffRole.values()).map(PersonRoles::of).collect(Collectors.toSet());

        assertEquals(StaffRole.values().length, names.size());
        assertEquals(PersonRoles.STAFF_ROLES, names);
        assertEquals(Roles.STAFF, PersonRoles.of(StaffRole.OTHER_STAFF));
        assertEquals(Roles.SCHOOL_NURSE, PersonRoles.of(StaffRole.SCHOOL_NURSE));
    }

    @Test
    void aTeacherWhoIsAlsoAParentHasBothRoles() {
        Person person = new Person("+84912345678", "GV-1", true,
                List.of(new StaffPosition("GV-1", StaffRole.TEACHER, "TRG-1", "PGD-1")));

        assertEquals(Set.of(Roles.GUARDIAN, Roles.TEACHER), PersonRoles.of(person));
    }

    @Test
    void positionsInTwoSchoolsGiveEachRoleOnce() {
        Person person = new Person(null, "GV-1", false, List.of(
                new StaffPosition("GV-1", StaffRole.TEACHER, "TRG-1", "PGD-1"),
                new StaffPosition("GV-2", StaffRole.TEACHER, "TRG-2", "PGD-1"),
                new StaffPosition("GV-3", StaffRole.VICE_PRINCIPAL, "TRG-2", "PGD-1")));

        assertEquals(Set.of(Roles.TEACHER, Roles.VICE_PRINCIPAL), PersonRoles.of(person));
    }

    @Test
    void someoneWithoutActiveRolesHasNone() {
        assertEquals(Set.of(), PersonRoles.of(Person.nobody("+84912345678", null)));
    }
}
