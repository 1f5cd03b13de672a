import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Builds a deterministic district (same seed, same district): THCS schools with classes of about 40 in
 * grades 6–9, students whose family has a father and/or a mother (about 1.7 guardians per student), some
 * siblings sharing parents in one school, a few families with children in two schools, and staff.
 */
final class DistrictGenerator {

    static final int CLASS_SIZE = 40;
    static final int FIRST_GRADE = 6;
    static final int GRADES = 4;
    /** Share of students who are the sibling of an earlier student of the same school. */
    static final double SIBLING_IN_SAME_SCHOOL = 0.02;
    /** Share of students whose parents already have a child in an earlier school of the district. */
    static final double SIBLING_IN_EARLIER_SCHOOL = 0.006;

    /** Names of people and places Vietnamese schools are commonly named after. */
    private static final List<String> SCHOOL_NAMES = List.of(
            "Nghĩa Tân", "Cầu Giấy", "Dịch Vọng", "Mai Dịch", "Yên Hòa", "Trung Hòa", "Quan Hoa", "Nghĩa Đô",
            "Nam Trung Yên", "Nguyễn Du", "Trần Phú", "Lê Lợi", "Chu Văn An", "Lý Thường Kiệt", "Ngô Quyền",
            "Quang Trung", "Nguyễn Trãi", "Lê Quý Đôn", "Phan Chu Trinh", "Trưng Vương", "Hai Bà Trưng",
            "Tô Hoàng", "Lê Hồng Phong", "Đoàn Thị Điểm", "Hoàng Hoa Thám", "Võ Thị Sáu", "Kim Đồng",
            "Lý Tự Trọng", "Nguyễn Đình Chiểu", "Bế Văn Đàn");

    private record Family(String familyName, District.Guardian father, District.Guardian mother,
                          District.Guardian guardian) {
    }

    private final Random random;
    private final VietnameseNames names;
    private final PhoneNumbers phones;
    private final StaffGenerator staffGenerator;
    private final int schoolYearStart;

    DistrictGenerator(long seed, String schoolYear) {
        this.random = new Random(seed);
        this.names = new VietnameseNames(random);
        this.phones = new PhoneNumbers(random);
        this.staffGenerator = new StaffGenerator(random, names, phones);
        this.schoolYearStart = Integer.parseInt(schoolYear.substring(0, 4));
    }

    District generate(int schoolCount, int studentsPerSchool, int staffPerSchool) {
        List<Family> earlierSchools = new ArrayList<>();
        List<District.School> schools = new ArrayList<>();
        for (int s = 1; s <= schoolCount; s++) {
            String code = String.format("BENCH-THCS-%02d", s);
            List<String> classes = classNames(studentsPerSchool);
            List<Family> thisSchool = new ArrayList<>();
            List<District.Student> students = new ArrayList<>(studentsPerSchool);
            for (int i = 0; i < studentsPerSchool; i++) {
                Family family = familyFor(thisSchool, earlierSchools);
                String className = classes.get(i * classes.size() / studentsPerSchool);
                students.add(student(String.format("HS%03d%05d", s, i + 1), family, className));
            }
            earlierSchools.addAll(thisSchool);
            List<District.StaffMember> staff = staffGenerator.staff(s, code, staffPerSchool, classes);
            schools.add(new District.School(code, schoolName(s), classes, students, staff));
        }
        return new District("BENCH-SGD", "Sở GDĐT Hà Nội (benchmark)",
                "BENCH-PGD", "Phòng GDĐT quận Cầu Giấy (benchmark)", schools);
    }

    /** About one class of 40 per 40 students, spread over grades 6–9: 1,000 students → 6A1–6A7, 7A1–9A6. */
    static List<String> classNames(int students) {
        int classes = Math.max(1, Math.round(students / (float) CLASS_SIZE));
        List<String> names = new ArrayList<>(classes);
        for (int g = 0; g < GRADES; g++) {
            int inGrade = classes / GRADES + (g < classes % GRADES ? 1 : 0);
            for (int k = 1; k <= inGrade; k++) {
                names.add((FIRST_GRADE + g) + "A" + k);
            }
        }
        return names;
    }

    static String schoolName(int number) {
        String name = SCHOOL_NAMES.get((number - 1) % SCHOOL_NAMES.size());
        int round = (number - 1) / SCHOOL_NAMES.size();
        return "Trường THCS " + name + (round == 0 ? "" : " số " + (round + 1));
    }

    private Family familyFor(List<Family> thisSchool, List<Family> earlierSchools) {
        double r = random.nextDouble();
        if (r < SIBLING_IN_SAME_SCHOOL && !thisSchool.isEmpty()) {
            return thisSchool.get(random.nextInt(thisSchool.size()));
        }
        if (r < SIBLING_IN_SAME_SCHOOL + SIBLING_IN_EARLIER_SCHOOL && !earlierSchools.isEmpty()) {
            return earlierSchools.get(random.nextInt(earlierSchools.size()));
        }
        Family family = newFamily();
        thisSchool.add(family);
        return family;
    }

    /** Both parents 72 %, mother only 18 %, father only 8 %, another guardian only 2 %: 1.72 on average. */
    private Family newFamily() {
        double r = random.nextDouble();
        String familyName = names.familyName();
        District.Guardian father = null;
        District.Guardian mother = null;
        District.Guardian guardian = null;
        if (r < 0.72 || (r >= 0.90 && r < 0.98)) {
            father = new District.Guardian(names.adult(familyName, false), phones.next());
        }
        if (r < 0.90) {
            mother = new District.Guardian(names.adult(names.familyNameOtherThan(familyName), true), phones.next());
        }
        if (r >= 0.98) {
            guardian = new District.Guardian(names.adult(familyName, random.nextBoolean()), phones.next());
        }
        return new Family(familyName, father, mother, guardian);
    }

    private District.Student student(String code, Family family, String className) {
        boolean female = random.nextBoolean();
        int grade = Integer.parseInt(className.substring(0, className.indexOf('A')));
        int birthYear = schoolYearStart - (grade + 5);
        LocalDate dateOfBirth = LocalDate.of(birthYear, 1, 1).plusDays(random.nextInt(365));
        return new District.Student(code, names.child(family.familyName(), female), dateOfBirth, female, className,
                family.father(), family.mother(), family.guardian());
    }
}
