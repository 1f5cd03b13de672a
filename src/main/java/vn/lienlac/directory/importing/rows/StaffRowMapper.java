package vn.lienlac.directory.importing.rows;

import static vn.lienlac.directory.importing.StaffColumn.CLASSES;
import static vn.lienlac.directory.importing.StaffColumn.DATE_OF_BIRTH;
import static vn.lienlac.directory.importing.StaffColumn.EMAIL;
import static vn.lienlac.directory.importing.StaffColumn.FULL_NAME;
import static vn.lienlac.directory.importing.StaffColumn.HOMEROOM_CLASS;
import static vn.lienlac.directory.importing.StaffColumn.PHONE;
import static vn.lienlac.directory.importing.StaffColumn.POSITION;
import static vn.lienlac.directory.importing.StaffColumn.STAFF_CODE;
import static vn.lienlac.directory.importing.StaffColumn.SUBJECTS;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import vn.lienlac.directory.importing.StaffColumn;
import vn.lienlac.directory.model.StaffRecord;
import vn.lienlac.directory.model.StaffRole;

/**
 * Validates staff rows (file or JSON) for one import. Within the import a staff code, and a homeroom class, may
 * be claimed by one row only: later rows that repeat one are errors naming the first row.
 */
public final class StaffRowMapper implements RowMapper<StaffColumn, StaffRecord> {

    /** A sanity bound only: earlier birth dates are typing mistakes (or Excel's day zero). */
    static final LocalDate EARLIEST_BIRTH_DATE = LocalDate.of(1900, 1, 1);

    private final LocalDate today;
    private final FirstSeen codes = new FirstSeen();
    private final FirstSeen homerooms = new FirstSeen();

    /** @param clock gives "today" for the future-date check, in the clock's zone */
    public StaffRowMapper(Clock clock) {
        this.today = LocalDate.now(clock);
    }

    @Override
    public StaffRecord map(RowInput<StaffColumn> row, RowIssues issues) {
        var fields = new RowFields<>(row, issues);
        String code = fields.code(STAFF_CODE);
        if (code != null) {
            Integer first = codes.claim(code, row.row());
            if (first != null) {
                fields.error(STAFF_CODE, "DUPLICATE_CODE",
                        "Mã cán bộ " + RowFields.quote(code) + " trùng với dòng " + first + ".");
            }
        }
        String fullName = fields.name(FULL_NAME, true);
        LocalDate dateOfBirth = fields.date(DATE_OF_BIRTH, false, EARLIEST_BIRTH_DATE, today);
        StaffRole role = role(fields);
        String phone = fields.phone(PHONE);
        String email = fields.email(EMAIL);
        String homeroom = fields.className(HOMEROOM_CLASS, false);
        if (homeroom != null) {
            Integer first = homerooms.claim(homeroom, row.row());
            if (first != null) {
                fields.error(HOMEROOM_CLASS, "DUPLICATE_HOMEROOM", "Lớp " + RowFields.quote(homeroom)
                        + " đã có giáo viên chủ nhiệm ở dòng " + first + "; mỗi lớp chỉ có một giáo viên chủ nhiệm.");
            }
        }
        List<String> subjects = fields.subjects(SUBJECTS);
        List<String> classes = fields.classNames(CLASSES);
        if (issues.hasErrors()) {
            return null;
        }
        return new StaffRecord(row.row(), code, fullName, dateOfBirth, role, phone, email, homeroom, subjects, classes);
    }

    private static StaffRole role(RowFields<StaffColumn> fields) {
        String position = fields.required(POSITION);
        if (position == null) {
            return null;
        }
        return StaffPositions.recognise(position).orElseGet(() -> {
            fields.warning(POSITION, "UNKNOWN_POSITION", "Chức vụ " + RowFields.quote(position)
                    + " chưa được nhận diện; tạm xếp là “" + StaffRole.OTHER_STAFF.label() + "”.");
            return StaffRole.OTHER_STAFF;
        });
    }
}
