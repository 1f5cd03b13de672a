package vn.lienlac.directory.rest;

import java.time.LocalDate;
import vn.lienlac.directory.model.Gender;
import vn.lienlac.directory.store.StudentQueries.StudentRow;

/** A student in a list; {@code className} is the current class (null when none). */
public record StudentItem(String studentCode, String fullName, LocalDate dateOfBirth, Gender gender,
        String genderLabel, String className, boolean active) {

    static StudentItem from(StudentRow row) {
        return new StudentItem(row.studentCode(), row.fullName(), row.dateOfBirth(), row.gender(),
                row.gender() == null ? null : row.gender().label(), row.className(), row.active());
    }

    @Override
    public String toString() {
        return "StudentItem[code=" + studentCode + "]";
    }
}
