package vn.lienlac.directory.importing;

import java.util.List;

/**
 * One staff member pushed as JSON by a school portal. Same columns and rules as a file row (see
 * {@code docs/import.md}); validated by {@link StaffImportReader#fromJson}.
 *
 * @param gender   "Nam" or "Nữ" (also without diacritics, any case); null keeps what the directory has
 * @param subjects subjects taught, one per item (a file writes them in one cell separated by {@code ,} or {@code ;})
 * @param classes  classes taught, one per item
 */
public record StaffRow(
        String staffCode,
        String fullName,
        String dateOfBirth,
        String gender,
        String position,
        String phone,
        String email,
        String homeroomClass,
        List<String> subjects,
        List<String> classes) {

    @Override
    public String toString() {
        return "StaffRow[code=" + staffCode + "]";
    }
}
