package vn.lienlac.directives;

/**
 * A staff position a directive goes to, and its unit: a school (its staff) or a district office (its officers).
 *
 * @param schoolId   the recipient's school; null for a district officer
 * @param districtId the recipient's district office when they are its officer; null for a school's staff
 */
public record Recipient(long staffId, Long schoolId, Long districtId) {

    public Recipient(long staffId, long schoolId) {
        this(staffId, schoolId, null);
    }
}
