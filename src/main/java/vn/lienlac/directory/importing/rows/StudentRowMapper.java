package vn.lienlac.directory.importing.rows;

import static vn.lienlac.directory.importing.StudentColumn.CLASS_NAME;
import static vn.lienlac.directory.importing.StudentColumn.DATE_OF_BIRTH;
import static vn.lienlac.directory.importing.StudentColumn.FULL_NAME;
import static vn.lienlac.directory.importing.StudentColumn.GENDER;
import static vn.lienlac.directory.importing.StudentColumn.STUDENT_CODE;

import java.time.Clock;
import java.time.LocalDate;
import vn.lienlac.directory.importing.StudentColumn;
import vn.lienlac.directory.model.Gender;
import vn.lienlac.directory.model.StudentRecord;

/**
 * Validates student rows (file or JSON) for one import: the student's own fields here, the guardians in
 * {@link GuardianFields}; a student code used by an earlier row makes the later row an error.
 */
public final class StudentRowMapper implements RowMapper<StudentColumn, StudentRecord> {

    /** Students born earlier than this are taken as a typing mistake. */
    static final LocalDate EARLIEST_BIRTH_DATE = LocalDate.of(1990, 1, 1);

    private final LocalDate today;
    private final FirstSeen codes = new FirstSeen();

    /** @param clock gives "today" for the future-date check, in the clock's zone */
    public StudentRowMapper(Clock clock) {
        this.today = LocalDate.now(clock);
    }

    @Override
    public StudentRecord map(RowInput<StudentColumn> row, RowIssues issues) {
        var fields = new RowFields<>(row, issues);
        String code = fields.code(STUDENT_CODE);
        if (code != null) {
            Integer first = codes.claim(code, row.row());
            if (first != null) {
                fields.error(STUDENT_CODE, "DUPLICATE_CODE",
                        "Mã học sinh " + RowFields.quote(code) + " trùng với dòng " + first + ".");
            }
        }
        String fullName = fields.name(FULL_NAME, true);
        LocalDate dateOfBirth = fields.date(DATE_OF_BIRTH, true, EARLIEST_BIRTH_DATE, today);
        Gender gender = fields.gender(GENDER);
        String className = fields.className(CLASS_NAME, true);
        var guardians = GuardianFields.read(fields);
        if (issues.hasErrors()) {
            return null;
        }
        return new StudentRecord(row.row(), code, fullName, dateOfBirth, gender, className, guardians);
    }
}
