package vn.lienlac.directory.model;

/**
 * A staff member's position (chức vụ). Homeroom teaching and subject teaching are assignments to classes,
 * not positions: a teacher or a vice principal may also be a class's homeroom teacher.
 */
public enum StaffRole {
    DEPARTMENT_OFFICER("Chuyên viên Sở GDĐT"),
    DISTRICT_OFFICER("Chuyên viên Phòng GDĐT"),
    PRINCIPAL("Hiệu trưởng"),
    VICE_PRINCIPAL("Phó hiệu trưởng"),
    TEACHER("Giáo viên"),
    SCHOOL_NURSE("Nhân viên y tế"),
    OTHER_STAFF("Nhân viên");

    private final String label;

    StaffRole(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
