package vn.lienlac.adoption.export;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import vn.lienlac.adoption.AreaAdoption;
import vn.lienlac.adoption.ClassFigures;
import vn.lienlac.adoption.DepartmentAdoption;
import vn.lienlac.adoption.DistrictFigures;
import vn.lienlac.adoption.Figures;
import vn.lienlac.adoption.InvitationFigures;
import vn.lienlac.adoption.NotActivated;
import vn.lienlac.adoption.SchoolAdoption;
import vn.lienlac.adoption.SchoolFigures;
import vn.lienlac.adoption.Share;
import vn.lienlac.directory.text.PhoneNumbers;
import vn.lienlac.platform.export.Percent;
import vn.lienlac.platform.export.Table;

/**
 * The exported tables, with Vietnamese headers (docs/adoption.md). Phone numbers are written in their national
 * form with spaces ({@code 0912 345 678}), so that Excel keeps them as text and their leading zero.
 */
public final class AdoptionTables {

    static final List<String> FIGURE_HEADERS = List.of(
            "CB-GV-NV", "CB-GV-NV đã kích hoạt", "Tỉ lệ CB-GV-NV (%)",
            "Giáo viên", "Giáo viên đã kích hoạt", "Tỉ lệ giáo viên (%)",
            "Phụ huynh", "Phụ huynh đã kích hoạt", "Tỉ lệ phụ huynh (%)",
            "Học sinh", "Học sinh có phụ huynh đã kích hoạt", "Tỉ lệ học sinh (%)");

    /** After the figures of a school's table: its invitations' effect (docs/adoption.md, "Invitations"). */
    static final List<String> INVITATION_HEADERS = List.of(
            "Phụ huynh đã mời", "Phụ huynh kích hoạt sau lời mời",
            "CB-GV-NV đã mời", "CB-GV-NV kích hoạt sau lời mời");

    private AdoptionTables() {
    }

    /** One row per school, then the district's (or department's) total. */
    public static Table area(AreaAdoption area) {
        List<List<Object>> rows = new ArrayList<>();
        for (SchoolFigures school : area.schools()) {
            rows.add(row(school.code(), school.name(), school.figures()));
        }
        rows.add(row(area.code(), "Tổng cộng: " + area.name(), area.figures()));
        return new Table("Tiến độ " + area.code(), headers("Mã trường", "Tên trường"), rows);
    }

    /** One row per district office (each counted over the district), then the department's total. */
    public static Table department(DepartmentAdoption department) {
        List<List<Object>> rows = new ArrayList<>();
        for (DistrictFigures district : department.districts()) {
            rows.add(row(district.code(), district.name(), district.figures()));
        }
        rows.add(row(department.code(), "Tổng cộng: " + department.name(), department.figures()));
        return new Table("Tiến độ " + department.code(), headers("Mã phòng GDĐT", "Tên phòng GDĐT"), rows);
    }

    /**
     * One row per class (its staff: homeroom teacher and teachers), then the school's total; each row ends with the
     * invitations' columns.
     */
    public static Table school(SchoolAdoption school) {
        List<List<Object>> rows = new ArrayList<>();
        for (ClassFigures schoolClass : school.classes()) {
            rows.add(invited(row(schoolClass.name(), schoolClass.homeroomTeacher(), schoolClass.figures()),
                    schoolClass.invitations()));
        }
        rows.add(invited(row("Toàn trường", school.name(), school.figures()), school.invitations()));
        List<String> headers = Stream.concat(headers("Lớp", "Giáo viên chủ nhiệm").stream(),
                INVITATION_HEADERS.stream()).toList();
        return new Table("Tiến độ " + school.code(), headers, rows);
    }

    private static List<Object> invited(List<Object> row, InvitationFigures invitations) {
        row.add(invitations.guardians().invited());
        row.add(invitations.guardians().activatedAfter());
        row.add(invitations.staff().invited());
        row.add(invitations.staff().activatedAfter());
        return row;
    }

    /** Staff first, then guardians, one row per person (per student for guardians). */
    public static Table notActivated(NotActivated list) {
        List<List<Object>> rows = new ArrayList<>();
        for (NotActivated.StaffToFollow staff : list.staff()) {
            rows.add(cells("Cán bộ, giáo viên", staff.fullName(), phone(staff.phone()), staff.position(),
                    staff.homeroomClass(), null, null));
        }
        for (NotActivated.GuardianToFollow guardian : list.guardians()) {
            rows.add(cells("Phụ huynh", guardian.fullName(), phone(guardian.phone()), guardian.relationship(),
                    guardian.className(), guardian.studentCode(), guardian.studentName()));
        }
        return new Table("Chưa kích hoạt", List.of("Đối tượng", "Họ và tên", "Số điện thoại",
                "Chức vụ / Quan hệ", "Lớp", "Mã học sinh", "Học sinh"), rows);
    }

    private static List<String> headers(String first, String second) {
        return Stream.concat(Stream.of(first, second), FIGURE_HEADERS.stream()).toList();
    }

    private static List<Object> row(String first, String second, Figures figures) {
        List<Object> row = cells(first, second);
        for (Share share : List.of(figures.staff(), figures.teachers(), figures.guardians(), figures.students())) {
            row.add(share.total());
            row.add(share.activated());
            row.add(Percent.of(share.percent()));
        }
        return row;
    }

    private static List<Object> cells(Object... values) {
        List<Object> row = new ArrayList<>();
        for (Object value : values) {
            row.add(value);
        }
        return row;
    }

    /** National display form; a staff number that is not a normalised mobile number is written as stored. */
    private static String phone(String e164) {
        try {
            return PhoneNumbers.display(e164);
        } catch (IllegalArgumentException e) {
            return e164;
        }
    }
}
