package vn.lienlac.directory.importing;

import java.util.List;

/** The columns of a staff import, in template order. */
public enum StaffColumn implements ImportColumn {
    STAFF_CODE("Mã cán bộ", "staffCode", true, "Mã CB", "Mã giáo viên", "Mã GV", "Mã nhân viên"),
    FULL_NAME("Họ và tên", "fullName", true, "Họ tên"),
    DATE_OF_BIRTH("Ngày sinh", "dateOfBirth", false, "Ngày tháng năm sinh"),
    POSITION("Chức vụ", "position", true, "Chức danh"),
    PHONE("SĐT", "phone", false, "Số điện thoại", "Điện thoại", "Di động"),
    EMAIL("Email", "email", false, "E-mail", "Thư điện tử"),
    HOMEROOM_CLASS("Chủ nhiệm lớp", "homeroomClass", false, "Lớp chủ nhiệm"),
    SUBJECTS("Môn dạy", "subjects", false, "Môn giảng dạy"),
    CLASSES("Lớp dạy", "classes", false, "Lớp giảng dạy");

    private final String header;
    private final String jsonField;
    private final boolean required;
    private final List<String> aliases;

    StaffColumn(String header, String jsonField, boolean required, String... aliases) {
        this.header = header;
        this.jsonField = jsonField;
        this.required = required;
        this.aliases = List.of(aliases);
    }

    @Override
    public String header() {
        return header;
    }

    @Override
    public List<String> aliases() {
        return aliases;
    }

    @Override
    public boolean required() {
        return required;
    }

    @Override
    public String jsonField() {
        return jsonField;
    }
}
