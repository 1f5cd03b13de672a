package vn.lienlac.identity.account;

import java.util.Set;
import java.util.TreeSet;
import vn.lienlac.directory.Person;
import vn.lienlac.directory.StaffPosition;
import vn.lienlac.directory.model.StaffRole;
import vn.lienlac.identity.Roles;
import vn.lienlac.identity.StaffRoles;

/** The roles a person of the directory holds: what goes into the {@code groups} claim of their tokens. */
public final class PersonRoles {

    /** Roles that come from a staff position. */
    public static final Set<String> STAFF_ROLES = Set.of(Roles.DEPARTMENT_OFFICER, Roles.DISTRICT_OFFICER,
            Roles.PRINCIPAL, Roles.VICE_PRINCIPAL, Roles.TEACHER, Roles.SCHOOL_NURSE, Roles.STAFF);

    private PersonRoles() {
    }

    /** Sorted role names; empty when the person holds no active role (and so cannot sign in). */
    public static Set<String> of(Person person) {
        Set<String> roles = new TreeSet<>();
        if (person.activeGuardian()) {
            roles.add(Roles.GUARDIAN);
        }
        for (StaffPosition position : person.activeStaff()) {
            roles.add(of(position.role()));
        }
        return roles;
    }

    /** The role a position grants (see {@link StaffRoles}). */
    public static String of(StaffRole role) {
        return StaffRoles.roleOf(role);
    }
}
