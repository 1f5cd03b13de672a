package vn.lienlac.directory.importing;

import java.util.List;

/** The columns of a staff import, in template order. */
public enum StaffColumn implements ImportColumn {
    STAFF_CODE("Mã cán bộ", "staffCode", true, "Mã CB", "Mã giáo viên", "Mã GV", "Mã nhân viên"),
    FULL_NAME("Họ và tên", "fullName", true, "Họ tên"),
    DATE_OF_BIRTH("Ngày sinh", "dateOfBirth", false, "Ngày tháng năm sinh"),
    GENDER("Giới tính", "gender", false),
    POSITION("Chức vụ", "position", true, "Chức danh"),
    PHONE("SĐT", "phone", false, "Số điện thoại", "Điện thoại", "Di động"),
    EMAIL("Email", "email", false, "E-mail", "Thư điện tử"),
    HOMEROOM_CLASS("Chủ nhiệm lớp", "homeroomClass", false, "Lớp chủ nhiệm"),
    SUBJECTS("Môn dạy", "subjects", false, "Môn giảng dạy"),
    CLASSES("Lớp dạy", "classes", false, "Lớp giảng dạy");

    private final ColumnSpec spec;

    StaffColumn(String header, String jsonField, boolean required, String... aliases) {
        this.spec = new ColumnSpec(header, jsonField, required, List.of(aliases));
    }

    @Override
    public ColumnSpec spec() {
        return spec;
    }
}
