package vn.lienlac.directory.model;

import java.time.LocalDate;
import java.util.List;

/**
 * One valid student row of an import (file or JSON), already normalised.
 *
 * @param row         1-based row number in the source (the header is row 1 of a file; JSON items count from 1)
 * @param studentCode the sector student code (Mã học sinh), trimmed
 * @param className   normalised class name, e.g. {@code 6A1}
 * @param guardians   0..3 guardians, at most one per relationship
 */
public record StudentRecord(
        int row,
        String studentCode,
        String fullName,
        LocalDate dateOfBirth,
        Gender gender,
        String className,
        List<GuardianRecord> guardians) {

    @Override
    public String toString() {
        return "StudentRecord[row=" + row + ", code=" + studentCode + "]";
    }
}
