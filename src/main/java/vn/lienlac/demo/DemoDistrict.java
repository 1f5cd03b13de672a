package vn.lienlac.demo;

import java.util.ArrayList;
import java.util.List;
import vn.lienlac.directory.importing.StaffRow;
import vn.lienlac.directory.importing.StudentRow;
import vn.lienlac.directory.model.SchoolLevel;

/**
 * The demo district: one Phòng GDĐT with a lower-secondary and a primary school, their staff, students and
 * guardians. Deterministic, so every fresh demo looks the same; some parents have a child in each school.
 */
final class DemoDistrict {

    static final String DEPARTMENT_CODE = "SO-HN";
    static final String DEPARTMENT_NAME = "Sở Giáo dục và Đào tạo Hà Nội";
    static final String DISTRICT_CODE = "PGD-CAUGIAY";
    static final String DISTRICT_NAME = "Phòng Giáo dục và Đào tạo quận Cầu Giấy";

    record DemoSchool(String code, String name, SchoolLevel level, List<StaffRow> staff, List<StudentRow> students) {
    }

    private static final List<String> THCS_CLASSES = List.of("6A1", "6A2", "7A1", "8A1", "9A1");
    private static final List<String> TH_CLASSES = List.of("1A", "2A", "3A");
    private static final List<String> THCS_SUBJECTS = List.of("Toán", "Ngữ văn", "Tiếng Anh", "Khoa học tự nhiên",
            "Lịch sử và Địa lí");

    private final DemoNames names = new DemoNames(20200915L);
    private int phoneSerial = 1000;

    List<DemoSchool> schools() {
        List<StudentRow> thcsStudents = new ArrayList<>();
        List<StudentRow> thStudents = new ArrayList<>();
        int code = 1;
        for (String className : THCS_CLASSES) {
            for (int i = 0; i < 8; i++) {
                thcsStudents.add(student("HS" + (100000 + code++), className, 2021 - grade(className)));
            }
        }
        for (String className : TH_CLASSES) {
            for (int i = 0; i < 8; i++) {
                thStudents.add(student("HS" + (100000 + code++), className, 2021 - grade(className)));
            }
        }
        // Younger siblings: the same parents (same phones) have a child in the primary school too.
        for (int i = 0; i < 4; i++) {
            StudentRow elder = thcsStudents.get(i * 7);
            String family = elder.fullName().substring(0, elder.fullName().indexOf(' '));
            thStudents.set(i * 5, new StudentRow("HS" + (100000 + code++), names.female(family), "12/03/2019",
                    "Nữ", "2A", elder.fatherName(), elder.fatherPhone(), elder.motherName(), elder.motherPhone(),
                    null, null));
        }
        return List.of(
                new DemoSchool("THCS-NGHIATAN", "Trường THCS Nghĩa Tân", SchoolLevel.THCS,
                        staff("CB1", THCS_CLASSES, THCS_SUBJECTS), thcsStudents),
                new DemoSchool("TH-DICHVONG", "Trường Tiểu học Dịch Vọng", SchoolLevel.TIEU_HOC,
                        staff("CB2", TH_CLASSES, List.of("Tiếng Việt", "Toán")), thStudents));
    }

    /** A child of the demo parent: the student's row and the school they are in. */
    record DemoChild(StudentRow student, DemoSchool school) {
    }

    /** The demo parent: one phone, guardian of a child in each school (guardians are one person by phone). */
    record DemoParent(String fullName, String phone, List<DemoChild> children) {
    }

    /** The demo teacher: homeroom teacher of the demo parent's first child's class, teaching a subject there. */
    record DemoTeacher(StaffRow staff, String className, String subject, DemoSchool school) {
    }

    /**
     * The first family of the lower-secondary school with a younger child in the primary school: the same phone is
     * a guardian's in both schools' imports.
     */
    static DemoParent parent(List<DemoSchool> schools) {
        DemoSchool thcs = schools.get(0);
        DemoSchool th = schools.get(1);
        for (StudentRow elder : thcs.students()) {
            String[][] guardians = {{elder.fatherName(), elder.fatherPhone()}, {elder.motherName(), elder.motherPhone()},
                {elder.guardianName(), elder.guardianPhone()}};
            for (String[] guardian : guardians) {
                if (guardian[1] == null) {
                    continue;
                }
                for (StudentRow younger : th.students()) {
                    if (guardian[1].equals(younger.fatherPhone()) || guardian[1].equals(younger.motherPhone())
                            || guardian[1].equals(younger.guardianPhone())) {
                        return new DemoParent(guardian[0], guardian[1],
                                List.of(new DemoChild(elder, thcs), new DemoChild(younger, th)));
                    }
                }
            }
        }
        throw new IllegalStateException("the demo district has no family in both schools");
    }

    /** The homeroom teacher of the demo parent's first child's class, with the first subject they teach. */
    static DemoTeacher teacher(List<DemoSchool> schools) {
        DemoChild child = parent(schools).children().get(0);
        String className = child.student().className();
        StaffRow teacher = child.school().staff().stream()
                .filter(staff -> className.equals(staff.homeroomClass()) && !staff.subjects().isEmpty()
                        && staff.classes().contains(className))
                .findFirst().orElseThrow(() -> new IllegalStateException("no homeroom teacher of " + className));
        return new DemoTeacher(teacher, className, teacher.subjects().get(0), child.school());
    }

    /**
     * The district office's own staff: one district officer, imported for the office (never through a school).
     * Call after {@link #schools()}: names and phones continue the same deterministic sequence.
     */
    List<StaffRow> officers() {
        return List.of(staffRow("PGD-CV001", "Chuyên viên Phòng GDĐT", null, List.of(), List.of()));
    }

    /**
     * The department's own staff: one department officer (Sở GDĐT) of the demo district's department, imported for
     * the department. Call after {@link #officers()}: names and phones continue the same sequence.
     */
    List<StaffRow> departmentOfficers() {
        return List.of(staffRow("SO-CV001", "Chuyên viên Sở GD&ĐT", null, List.of(), List.of()));
    }

    private StudentRow student(String studentCode, String className, int birthYear) {
        String family = names.family();
        boolean boy = names.coin();
        String name = boy ? names.male(family) : names.female(family);
        String dob = String.format("%02d/%02d/%d", 1 + names.nextInt(28), 1 + names.nextInt(12), birthYear);
        String mother = names.female(names.family());
        boolean guardianOnly = names.nextInt(20) == 0;
        if (guardianOnly) {
            return new StudentRow(studentCode, name, dob, boy ? "Nam" : "Nữ", className, null, null, null, null,
                    names.female(family), phone());
        }
        return new StudentRow(studentCode, name, dob, boy ? "Nam" : "Nữ", className,
                names.male(family), phone(), mother, phone(), null, null);
    }

    private List<StaffRow> staff(String prefix, List<String> classes, List<String> subjects) {
        List<StaffRow> staff = new ArrayList<>();
        staff.add(staffRow(prefix + "001", "Hiệu trưởng", null, List.of(), List.of()));
        staff.add(staffRow(prefix + "002", "Phó hiệu trưởng", null, List.of(subjects.get(0)), List.of(classes.get(0))));
        staff.add(staffRow(prefix + "003", "Nhân viên y tế", null, List.of(), List.of()));
        for (int i = 0; i < classes.size(); i++) {
            String subject = subjects.get(i % subjects.size());
            staff.add(staffRow(prefix + String.format("%03d", 10 + i), "Giáo viên", classes.get(i),
                    List.of(subject), classes));
        }
        return staff;
    }

    private StaffRow staffRow(String code, String position, String homeroom, List<String> subjects,
            List<String> classes) {
        String family = names.family();
        boolean man = names.coin();
        String name = man ? names.male(family) : names.female(family);
        String email = code.toLowerCase() + "@demo.lienlac.vn";
        return new StaffRow(code, name, String.format("%02d/%02d/%d", 1 + names.nextInt(28), 1 + names.nextInt(12),
                1970 + names.nextInt(25)), man ? "Nam" : "Nữ", position, phone(), email, homeroom, subjects, classes);
    }

    private String phone() {
        return String.format("0912%06d", phoneSerial++);
    }

    private static int grade(String className) {
        return Character.getNumericValue(className.charAt(0));
    }
}
