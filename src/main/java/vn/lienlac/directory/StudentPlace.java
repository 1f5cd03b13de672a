package vn.lienlac.directory;

/**
 * Where a student sits in the organisation, which is all an access decision needs to know about them.
 *
 * @param studentCode  the sector student code
 * @param schoolCode   the student's school
 * @param districtCode the school's district office
 * @param classId      the current (actively enrolled) class, or null when none
 */
public record StudentPlace(String studentCode, String schoolCode, String districtCode, Long classId) {
}
