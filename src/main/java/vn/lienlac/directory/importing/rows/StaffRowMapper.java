package vn.lienlac.directory.importing.rows;

import static vn.lienlac.directory.importing.StaffColumn.CLASSES;
import static vn.lienlac.directory.importing.StaffColumn.DATE_OF_BIRTH;
import static vn.lienlac.directory.importing.StaffColumn.EMAIL;
import static vn.lienlac.directory.importing.StaffColumn.FULL_NAME;
import static vn.lienlac.directory.importing.StaffColumn.GENDER;
import static vn.lienlac.directory.importing.StaffColumn.HOMEROOM_CLASS;
import static vn.lienlac.directory.importing.StaffColumn.PHONE;
import static vn.lienlac.directory.importing.StaffColumn.POSITION;
import static vn.lienlac.directory.importing.StaffColumn.STAFF_CODE;
import static vn.lienlac.directory.importing.StaffColumn.SUBJECTS;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import vn.lienlac.directory.importing.StaffColumn;
import vn.lienlac.directory.importing.StaffUnit;
import vn.lienlac.directory.model.Gender;
import vn.lienlac.directory.model.StaffRecord;
import vn.lienlac.directory.model.StaffRole;

/**
 * Validates staff rows (file or JSON) for one import. Within the import a staff code, and a homeroom class, may
 * be claimed by one row only: later rows that repeat one are errors naming the first row.
 *
 * <p>The position gives a role only if the import's {@link StaffUnit} owns that role: in a school's import a
 * position that names an office role (e.g. "Chuyên viên Phòng GDĐT", "Trưởng phòng", "Chuyên viên Sở GD&amp;ĐT") is
 * the row error {@value #OFFICE_ROLE}; in an office's import (a district office's, a department's) every position
 * must name that office's role ({@value #NOT_OFFICE_ROLE} otherwise: a school role, the other office's role, an
 * unknown position), and the class columns must be empty ({@value #NOT_FOR_OFFICE}).
 */
public final class StaffRowMapper implements RowMapper<StaffColumn, StaffRecord> {

    /** A sanity bound only: earlier birth dates are typing mistakes (or Excel's day zero). */
    static final LocalDate EARLIEST_BIRTH_DATE = LocalDate.of(1900, 1, 1);

    /** Row error: a school's import names an office role. */
    public static final String OFFICE_ROLE = "OFFICE_ROLE";
    /** Row error: an office's import names a position that is not that office's role (see the class comment). */
    public static final String NOT_OFFICE_ROLE = "NOT_OFFICE_ROLE";
    /** Row error: an office's import gives a homeroom, subjects or classes. */
    public static final String NOT_FOR_OFFICE = "NOT_FOR_OFFICE";

    private final LocalDate today;
    private final StaffUnit unit;
    private final FirstSeen codes = new FirstSeen();
    private final FirstSeen homerooms = new FirstSeen();

    /**
     * @param clock gives "today" for the future-date check, in the clock's zone
     * @param unit  whose staff the import lists: decides which roles its positions may give
     */
    public StaffRowMapper(Clock clock, StaffUnit unit) {
        this.today = LocalDate.now(clock);
        this.unit = unit;
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
        // Only chooses "cô"/"thầy" in texts: a typo must not keep a teacher out of the directory.
        Gender gender = fields.gender(GENDER, false);
        StaffRole role = unit == StaffUnit.SCHOOL ? schoolRole(fields) : officeRole(fields, unit);
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
        if (unit != StaffUnit.SCHOOL) {
            noClasses(fields, homeroom != null, HOMEROOM_CLASS);
            noClasses(fields, !subjects.isEmpty(), SUBJECTS);
            noClasses(fields, !classes.isEmpty(), CLASSES);
        }
        if (issues.hasErrors()) {
            return null;
        }
        return new StaffRecord(row.row(), code, fullName, dateOfBirth, gender, role, phone, email, homeroom, subjects,
                classes);
    }

    /** A school role; an office role is refused, never downgraded: the file is wrong about this person. */
    private static StaffRole schoolRole(RowFields<StaffColumn> fields) {
        String position = fields.required(POSITION);
        if (position == null) {
            return null;
        }
        StaffRole role = StaffPositions.recognise(position).orElseGet(() -> {
            fields.warning(POSITION, "UNKNOWN_POSITION", "Chức vụ " + RowFields.quote(position)
                    + " chưa được nhận diện; tạm xếp là “" + StaffRole.OTHER_STAFF.label() + "”.");
            return StaffRole.OTHER_STAFF;
        });
        if (!StaffUnit.SCHOOL.gives(role)) {
            String office = role == StaffRole.DEPARTMENT_OFFICER ? "Sở GDĐT" : "Phòng GDĐT";
            fields.error(POSITION, OFFICE_ROLE, "“" + fields.columnName(POSITION) + "” có giá trị "
                    + RowFields.quote(position) + " là chức vụ của " + office + ": tệp của trường không tạo được cán "
                    + "bộ " + office + ". Cán bộ " + office + " được nhập cho đơn vị của họ; nếu đây là cán bộ của "
                    + "trường, hãy ghi đúng chức vụ ở trường.");
            return null;
        }
        return role;
    }

    /** The office's own role; anything else (a school role, another office's role, an unknown position) is refused. */
    private static StaffRole officeRole(RowFields<StaffColumn> fields, StaffUnit unit) {
        String position = fields.required(POSITION);
        if (position == null) {
            return null;
        }
        StaffRole role = StaffPositions.recognise(position).orElse(null);
        if (role == null || !unit.gives(role)) {
            String example = unit == StaffUnit.DEPARTMENT ? "“Giám đốc Sở”" : "“Trưởng phòng”";
            fields.error(POSITION, NOT_OFFICE_ROLE, "“" + fields.columnName(POSITION) + "” có giá trị "
                    + RowFields.quote(position) + " không phải chức vụ của " + unit.officeName() + " (ví dụ “"
                    + unit.officeRole().label() + "”, " + example + "); cán bộ của trường được nhập theo trường, "
                    + "cán bộ Phòng GDĐT theo Phòng, cán bộ Sở GDĐT theo Sở.");
            return null;
        }
        return role;
    }

    private static void noClasses(RowFields<StaffColumn> fields, boolean given, StaffColumn column) {
        if (given) {
            fields.error(column, NOT_FOR_OFFICE, "Cán bộ Phòng, Sở GDĐT không chủ nhiệm hay dạy lớp nào; hãy để trống “"
                    + fields.columnName(column) + "”.");
        }
    }
}
