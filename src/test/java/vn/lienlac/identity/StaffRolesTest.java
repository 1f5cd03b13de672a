package vn.lienlac.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.lienlac.directory.model.StaffRole;

class StaffRolesTest {

    @Test
    void everyPositionGrantsItsOwnStaffRoleAndNoneGrantsAdmin() {
        Set<String> granted = Arrays.stream(StaffRole.values()).map(StaffRoles::roleOf).collect(Collectors.toSet());
        assertEquals(Set.of(Roles.DEPARTMENT_OFFICER, Roles.DISTRICT_OFFICER, Roles.PRINCIPAL, Roles.VICE_PRINCIPAL,
                Roles.TEACHER, Roles.SCHOOL_NURSE, Roles.STAFF), granted);
    }
}
