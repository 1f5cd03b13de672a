import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.TreeSet;

/**
 * The staff of one THCS school: a principal, one or two vice principals, a school nurse, an accountant and
 * teachers. The first teachers are homeroom teachers of the classes in order; every teacher teaches one or
 * two subjects in two to five classes.
 */
final class StaffGenerator {

    static final int MIN_STAFF = 5;

    /** THCS subjects, repeated roughly in proportion to the number of teachers they need. */
    private static final List<String> SUBJECTS = List.of(
            "Toán", "Toán", "Toán", "Ngữ văn", "Ngữ văn", "Ngữ văn", "Tiếng Anh", "Tiếng Anh",
            "Vật lí", "Hóa học", "Sinh học", "Khoa học tự nhiên", "Lịch sử và Địa lí", "Lịch sử và Địa lí",
            "Giáo dục công dân", "Tin học", "Công nghệ", "Giáo dục thể chất", "Âm nhạc", "Mĩ thuật");

    private final Random random;
    private final VietnameseNames names;
    private final PhoneNumbers phones;

    StaffGenerator(Random random, VietnameseNames names, PhoneNumbers phones) {
        this.random = random;
        this.names = names;
        this.phones = phones;
    }

    List<District.StaffMember> staff(int schoolNumber, String schoolCode, int count, List<String> classes) {
        int vicePrincipals = count >= 20 ? 2 : 1;
        List<District.StaffMember> staff = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String code = String.format("CB%03d%04d", schoolNumber, i + 1);
            int teacher = i - (3 + vicePrincipals);
            String position;
            if (i == 0) {
                position = "Hiệu trưởng";
            } else if (i <= vicePrincipals) {
                position = "Phó hiệu trưởng";
            } else if (i == vicePrincipals + 1) {
                position = "Nhân viên y tế";
            } else if (i == vicePrincipals + 2) {
                position = "Kế toán";
            } else {
                position = "Giáo viên";
            }
            staff.add(member(code, schoolCode, position, teacher, classes));
        }
        return staff;
    }

    private District.StaffMember member(String code, String schoolCode, String position, int teacher,
                                        List<String> classes) {
        boolean female = random.nextDouble() < 0.7;
        String fullName = names.adult(names.familyName(), female);
        LocalDate dateOfBirth = LocalDate.of(1968, 1, 1).plusDays(random.nextInt(33 * 365));
        String phone = random.nextDouble() < 0.97 ? phones.next() : null;
        String email = random.nextDouble() < 0.9
                ? VietnameseNames.ascii(fullName) + "." + code.toLowerCase(Locale.ROOT) + "@"
                        + schoolCode.toLowerCase(Locale.ROOT) + ".edu.example"
                : null;
        if (teacher < 0) {
            return new District.StaffMember(code, fullName, dateOfBirth, position, phone, email, null,
                    List.of(), List.of());
        }
        String homeroom = teacher < classes.size() ? classes.get(teacher) : null;
        return new District.StaffMember(code, fullName, dateOfBirth, position, phone, email, homeroom,
                subjects(), taughtClasses(homeroom, classes));
    }

    private List<String> subjects() {
        String first = SUBJECTS.get(random.nextInt(SUBJECTS.size()));
        if (random.nextDouble() >= 0.2) {
            return List.of(first);
        }
        String second = first;
        while (second.equals(first)) {
            second = SUBJECTS.get(random.nextInt(SUBJECTS.size()));
        }
        return List.of(first, second);
    }

    /** Two to five classes in the school's order, always including the homeroom class. */
    private List<String> taughtClasses(String homeroom, List<String> classes) {
        int wanted = Math.min(classes.size(), 2 + random.nextInt(4));
        TreeSet<Integer> picked = new TreeSet<>();
        if (homeroom != null) {
            picked.add(classes.indexOf(homeroom));
        }
        while (picked.size() < wanted) {
            picked.add(random.nextInt(classes.size()));
        }
        return picked.stream().map(classes::get).toList();
    }
}
