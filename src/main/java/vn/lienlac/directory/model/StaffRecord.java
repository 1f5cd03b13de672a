package vn.lienlac.directory.model;

import java.time.LocalDate;
import java.util.List;

/**
 * One valid staff row of an import (file or JSON), already normalised.
 *
 * @param staffCode     the sector staff code (Mã cán bộ)
 * @param gender        null when the row gives none: the stored gender then stays (docs/import.md, "Staff")
 * @param phone         normalised E.164 mobile number, or null when none was given
 * @param email         lower-cased, or null
 * @param homeroomClass normalised class name this person is homeroom teacher of, or null
 * @param subjects      subjects taught (Môn dạy), possibly empty
 * @param classes       normalised names of classes taught (Lớp dạy), possibly empty
 */
public record StaffRecord(
        int row,
        String staffCode,
        String fullName,
        LocalDate dateOfBirth,
        Gender gender,
        StaffRole role,
        String phone,
        String email,
        String homeroomClass,
        List<String> subjects,
        List<String> classes) {

    @Override
    public String toString() {
        return "StaffRecord[row=" + row + ", code=" + staffCode + "]";
    }
}
