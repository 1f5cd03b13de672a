package vn.lienlac.directory;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Who someone is in the directory right now, as far as signing in is concerned: one person is one mobile number
 * (guardians and staff alike) or, for staff without a phone on record, one staff code. A teacher who is also a
 * parent is one person with both kinds of role.
 *
 * @param phone          E.164, or null when unknown
 * @param staffCode      the staff code the person was looked up by, else that of their first active position,
 *                       or null
 * @param activeGuardian an active guardian with this phone exists
 * @param activeStaff    the active positions held under this phone or staff code, by staff code
 */
public record Person(String phone, String staffCode, boolean activeGuardian, List<StaffPosition> activeStaff) {

    public Person {
        activeStaff = List.copyOf(activeStaff);
    }

    /** Someone the directory does not know, or no longer holds any active role. */
    public static Person nobody(String phone, String staffCode) {
        return new Person(phone, staffCode, false, List.of());
    }

    /** Whether the person holds any active role; a person without one cannot sign in. */
    public boolean hasActiveRole() {
        return activeGuardian || !activeStaff.isEmpty();
    }

    /**
     * This person together with another lookup of the same person (by their other key): roles of both, this
     * one's keys first.
     */
    public Person and(Person other) {
        Set<StaffPosition> positions = new LinkedHashSet<>(activeStaff);
        positions.addAll(other.activeStaff);
        return new Person(phone != null ? phone : other.phone, staffCode != null ? staffCode : other.staffCode,
                activeGuardian || other.activeGuardian, List.copyOf(positions));
    }

    /** Without the phone number: personal data stays out of logs. */
    @Override
    public String toString() {
        return "Person[staffCode=" + staffCode + ", activeGuardian=" + activeGuardian + ", activeStaff="
                + activeStaff + "]";
    }
}
