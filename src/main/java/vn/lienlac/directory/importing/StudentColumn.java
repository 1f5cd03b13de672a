package vn.lienlac.directory.importing;

import java.util.List;

/** The columns of a student import, in template order. */
public enum StudentColumn implements ImportColumn {
    STUDENT_CODE("Mã học sinh", "studentCode", true, "Mã HS", "Mã số học sinh"),
    FULL_NAME("Họ và tên", "fullName", true, "Họ tên", "Họ và tên học sinh", "Họ tên học sinh", "Tên học sinh"),
    DATE_OF_BIRTH("Ngày sinh", "dateOfBirth", true, "Ngày tháng năm sinh"),
    GENDER("Giới tính", "gender", false),
    CLASS_NAME("Lớp", "className", true, "Tên lớp", "Lớp học"),
    FATHER_NAME("Họ tên cha", "fatherName", false, "Họ và tên cha", "Họ tên bố", "Họ và tên bố"),
    FATHER_PHONE("SĐT cha", "fatherPhone", false, "Số điện thoại cha", "Điện thoại cha", "SĐT bố",
            "Số điện thoại bố"),
    MOTHER_NAME("Họ tên mẹ", "motherName", false, "Họ và tên mẹ"),
    MOTHER_PHONE("SĐT mẹ", "motherPhone", false, "Số điện thoại mẹ", "Điện thoại mẹ"),
    GUARDIAN_NAME("Họ tên người giám hộ", "guardianName", false, "Họ và tên người giám hộ", "Người giám hộ"),
    GUARDIAN_PHONE("SĐT người giám hộ", "guardianPhone", false, "Số điện thoại người giám hộ",
            "Điện thoại người giám hộ", "SĐT giám hộ");

    private final ColumnSpec spec;

    StudentColumn(String header, String jsonField, boolean required, String... aliases) {
        this.spec = new ColumnSpec(header, jsonField, required, List.of(aliases));
    }

    @Override
    public ColumnSpec spec() {
        return spec;
    }
}
