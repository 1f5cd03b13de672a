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
import vn.lienlac.directory.importing.StaffUnit;
import vn.lienlac.directory.model.StaffRecord;
import vn.lienlac.directory.model.StaffRole;

/**
 * Validates staff rows (file or JSON) for one import. Within the import a staff code, and a homeroom class, may
 * be claimed by one row only: later rows that repeat one are errors naming the first row.
 *
 * <p>The position gives a role only if the import's {@link StaffUnit} owns that role: in a school's import a
 * position that names an office role (e.g. "Chuyên viên Phòng GDĐT", "Trưởng phòng") is the row error
 * {@value #OFFICE_ROLE}; in a district office's import every position must name an office role
 * ({@value #NOT_OFFICE_ROLE} otherwise), and the class columns must be empty ({@value #NOT_FOR_OFFICE}).
 */
public final class StaffRowMapper implements RowMapper<StaffColumn, StaffRecord> {

    /** A sanity bound only: earlier birth dates are typing mistakes (or Excel's day zero). */
    static final LocalDate EARLIEST_BIRTH_DATE = LocalDate.of(1900, 1, 1);

    /** Row error: a school's import names an office role. */
    public static final String OFFICE_ROLE = "OFFICE_ROLE";
    /** Row error: a district office's import names a school role, or a position not recognised as an office one. */
    public static final String NOT_OFFICE_ROLE = "NOT_OFFICE_ROLE";
    /** Row error: a district office's import gives a homeroom, subjects or classes. */
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
        StaffRole role = unit == StaffUnit.SCHOOL ? schoolRole(fields) : officeRole(fields);
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
        if (unit == StaffUnit.DISTRICT_OFFICE) {
            noClasses(fields, homeroom != null, HOMEROOM_CLASS);
            noClasses(fields, !subjects.isEmpty(), SUBJECTS);
            noClasses(fields, !classes.isEmpty(), CLASSES);
        }
        if (issues.hasErrors()) {
            return null;
        }
        return new StaffRecord(row.row(), code, fullName, dateOfBirth, role, phone, email, homeroom, subjects, classes);
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
            fields.error(POSITION, OFFICE_ROLE, "“" + fields.columnName(POSITION) + "” có giá trị "
                    + RowFields.quote(position) + " là chức vụ của Phòng GDĐT: tệp của trường không tạo được cán bộ "
                    + "Phòng. Cán bộ Phòng GDĐT do quản trị hệ thống nhập cho Phòng; nếu đây là cán bộ của trường, "
                    + "hãy ghi đúng chức vụ ở trường.");
            return null;
        }
        return role;
    }

    /** An office role; anything else (a school role, an unknown position) is refused. */
    private static StaffRole officeRole(RowFields<StaffColumn> fields) {
        String position = fields.required(POSITION);
        if (position == null) {
            return null;
        }
        StaffRole role = StaffPositions.recognise(position).orElse(null);
        if (role == null || !StaffUnit.DISTRICT_OFFICE.gives(role)) {
            fields.error(POSITION, NOT_OFFICE_ROLE, "“" + fields.columnName(POSITION) + "” có giá trị "
                    + RowFields.quote(position) + " không phải chức vụ của Phòng GDĐT (ví dụ “"
                    + StaffRole.DISTRICT_OFFICER.label() + "”, “Trưởng phòng”); cán bộ của trường được nhập "
                    + "theo trường.");
            return null;
        }
        return role;
    }

    private static void noClasses(RowFields<StaffColumn> fields, boolean given, StaffColumn column) {
        if (given) {
            fields.error(column, NOT_FOR_OFFICE, "Cán bộ Phòng GDĐT không chủ nhiệm hay dạy lớp nào; hãy để trống “"
                    + fields.columnName(column) + "”.");
        }
    }
}
