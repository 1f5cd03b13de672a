package vn.lienlac.bench.chat.setup;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Generates the benchmark's district, deterministic for a seed. Pair schools: classes of 40 students, each with a
 * father and a mother (80 guardians per class), one homeroom teacher per class and a principal. Group schools:
 * classes of {@value #GROUP_STUDENTS} students with one parent each, a homeroom teacher and
 * {@value #GROUP_SUBJECT_TEACHERS} subject teachers who teach only that class: a class group of 40 members when the
 * group holds the class's teachers and guardians. Phone numbers are unique {@code 090xxxxxxx} numbers.
 */
public final class DistrictGenerator {

    public static final int PAIR_CLASS_STUDENTS = 40;
    public static final int GROUP_STUDENTS = 36;
    public static final int GROUP_SUBJECT_TEACHERS = 3;
    public static final int CLASSES_PER_SCHOOL = 25;
    public static final String CODE_PREFIX = "BENCH-CHAT-";

    private static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Phan", "Vũ", "Đặng", "Bùi", "Đỗ"};
    private static final String[] MALE = {"Văn Hùng", "Đức Thắng", "Minh Tuấn", "Quốc Cường", "Hữu Long", "Thanh Sơn"};
    private static final String[] FEMALE = {"Thị Hương", "Thu Trang", "Ngọc Mai", "Thị Lan", "Hồng Nhung", "Thùy Dung"};
    private static final String[] CHILD = {"Gia Bảo", "Minh Khôi", "Ngọc Anh", "Bảo Ngân", "Đức Huy", "Khánh Linh"};
    private static final String[] SUBJECTS = {"Toán", "Ngữ văn", "Tiếng Anh", "Vật lí", "Lịch sử", "Tin học"};

    private final Random random;
    private int phones;
    private int students;
    private int staff;

    public DistrictGenerator(long seed) {
        this.random = new Random(seed);
    }

    /** Enough pair classes for {@code pairGuardians} guardians, and {@code groups} group classes. */
    public District generate(int pairGuardians, int groups) {
        int pairClasses = (pairGuardians + 2 * PAIR_CLASS_STUDENTS - 1) / (2 * PAIR_CLASS_STUDENTS);
        List<District.School> schools = new ArrayList<>();
        for (int first = 0; first < pairClasses; first += CLASSES_PER_SCHOOL) {
            schools.add(pairSchool(schools.size() + 1, Math.min(CLASSES_PER_SCHOOL, pairClasses - first)));
        }
        for (int first = 0; first < groups; first += CLASSES_PER_SCHOOL) {
            schools.add(groupSchool(schools.size() + 1, Math.min(CLASSES_PER_SCHOOL, groups - first)));
        }
        return new District(CODE_PREFIX + "SO", CODE_PREFIX + "PHONG", schools);
    }

    private District.School pairSchool(int number, int classes) {
        List<District.Student> rows = new ArrayList<>();
        List<District.Staff> staffRows = new ArrayList<>();
        staffRows.add(staff("Hiệu trưởng", "", "", List.of()));
        for (int c = 0; c < classes; c++) {
            String className = className(c);
            for (int s = 0; s < PAIR_CLASS_STUDENTS; s++) {
                String family = pick(FAMILY);
                rows.add(student(family, className, guardian(family, false), guardian(pick(FAMILY), true)));
            }
            staffRows.add(staff("Giáo viên", className, pick(SUBJECTS), List.of(className)));
        }
        return new District.School(schoolCode(number), "Trường THCS Thử tải " + number, false, rows, staffRows);
    }

    private District.School groupSchool(int number, int classes) {
        List<District.Student> rows = new ArrayList<>();
        List<District.Staff> staffRows = new ArrayList<>();
        for (int c = 0; c < classes; c++) {
            String className = className(c);
            for (int s = 0; s < GROUP_STUDENTS; s++) {
                rows.add(student(pick(FAMILY), className, null, guardian(pick(FAMILY), true)));
            }
            staffRows.add(staff("Giáo viên chủ nhiệm", className, SUBJECTS[0], List.of(className)));
            for (int t = 1; t <= GROUP_SUBJECT_TEACHERS; t++) {
                staffRows.add(staff("Giáo viên", "", SUBJECTS[t], List.of(className)));
            }
        }
        return new District.School(schoolCode(number), "Trường THCS Nhóm lớp " + number, true, rows, staffRows);
    }

    private District.Student student(String family, String className, District.Guardian father,
                                     District.Guardian mother) {
        boolean female = random.nextBoolean();
        String code = String.format("BC%08d", ++students);
        String birth = String.format("%02d/%02d/2013", 1 + random.nextInt(28), 1 + random.nextInt(12));
        return new District.Student(code, name(family, pick(CHILD)), birth, female, className, father, mother);
    }

    private District.Guardian guardian(String family, boolean female) {
        return new District.Guardian(name(family, pick(female ? FEMALE : MALE)), nextPhone());
    }

    private District.Staff staff(String position, String homeroom, String subject, List<String> classes) {
        String code = String.format("BCCB%06d", ++staff);
        boolean female = random.nextBoolean();
        return new District.Staff(code, name(pick(FAMILY), pick(female ? FEMALE : MALE)), position, nextPhone(),
                homeroom, subject, classes);
    }

    /** {@code 0900000001}, {@code 0900000002}, …: valid, unique mobile numbers. */
    private String nextPhone() {
        return String.format("090%07d", ++phones);
    }

    static String schoolCode(int number) {
        return String.format("%sTHCS%02d", CODE_PREFIX, number);
    }

    /** 6A1 … 6A9, 7A1 … 7A9, 8A1 …: up to nine classes per grade ({@value #CLASSES_PER_SCHOOL} per school). */
    static String className(int index) {
        return (6 + index / 9) + "A" + (index % 9 + 1);
    }

    private String pick(String[] names) {
        return names[random.nextInt(names.length)];
    }

    private static String name(String family, String rest) {
        return Normalizer.normalize(family + " " + rest, Normalizer.Form.NFC);
    }
}
