import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Real-looking Vietnamese full names (family, middle and given name, with diacritics, NFC). Family names
 * follow their rough share of the population; parents and children draw from different generations' names.
 */
final class VietnameseNames {

    private static final List<String> FAMILY = List.of(
            "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ",
            "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý");
    private static final int[] FAMILY_WEIGHT = {38, 11, 10, 7, 5, 2, 4, 4, 2, 2, 2, 2, 1, 1, 1, 1};

    private static final List<String> ADULT_MALE_MIDDLE = List.of(
            "Văn", "Đức", "Minh", "Quốc", "Hữu", "Thanh", "Công", "Xuân", "Đình", "Ngọc", "Mạnh", "Tiến");
    private static final List<String> ADULT_MALE_GIVEN = List.of(
            "Hùng", "Dũng", "Tuấn", "Thắng", "Cường", "Hải", "Long", "Sơn", "Trung", "Quang", "Hòa", "Bình",
            "Phúc", "Thành", "Việt", "Hưng", "Tiến", "Nam", "Khánh", "Đức", "Huy", "Lâm", "Toàn", "Nghĩa");
    private static final List<String> ADULT_FEMALE_MIDDLE = List.of(
            "Thị", "Thị", "Thị", "Thu", "Thanh", "Ngọc", "Minh", "Hồng", "Thùy", "Kim", "Phương", "Bích");
    private static final List<String> ADULT_FEMALE_GIVEN = List.of(
            "Hương", "Lan", "Hoa", "Huyền", "Hằng", "Thủy", "Nga", "Hạnh", "Loan", "Phương", "Trang", "Dung",
            "Yến", "Ngọc", "Mai", "Thảo", "Liên", "Oanh", "Giang", "Nhung", "Vân", "Hiền", "Tuyết", "Thúy");
    private static final List<String> CHILD_MALE_MIDDLE = List.of(
            "Minh", "Gia", "Đức", "Hoàng", "Quang", "Anh", "Bảo", "Nhật", "Tuấn", "Đăng", "Hải", "Khánh", "Trọng");
    private static final List<String> CHILD_MALE_GIVEN = List.of(
            "Anh", "Khoa", "Huy", "Nam", "Phúc", "Long", "Khang", "Bảo", "Minh", "Duy", "Đạt", "Hiếu", "Kiên",
            "Lâm", "Phong", "Quân", "Sơn", "Thành", "Trung", "Tùng", "Vinh", "Việt", "Hưng", "Dũng", "Khôi");
    private static final List<String> CHILD_FEMALE_MIDDLE = List.of(
            "Ngọc", "Thu", "Bảo", "Khánh", "Minh", "Phương", "Hà", "Thảo", "Quỳnh", "Mai", "Diệp", "Thị", "Hoài");
    private static final List<String> CHILD_FEMALE_GIVEN = List.of(
            "Anh", "Linh", "Chi", "Trang", "Hà", "Ngân", "Vy", "My", "Thư", "Hương", "Lan", "Nhi", "Quyên",
            "Trâm", "Uyên", "Yến", "Hân", "Hằng", "Giang", "Thảo", "Diệp", "Ly", "Châu", "Ánh", "Nguyệt");

    private static final int FAMILY_WEIGHT_TOTAL = java.util.Arrays.stream(FAMILY_WEIGHT).sum();

    private final Random random;

    VietnameseNames(Random random) {
        this.random = random;
    }

    String familyName() {
        int ticket = random.nextInt(FAMILY_WEIGHT_TOTAL);
        for (int i = 0; i < FAMILY_WEIGHT.length; i++) {
            ticket -= FAMILY_WEIGHT[i];
            if (ticket < 0) {
                return FAMILY.get(i);
            }
        }
        throw new AssertionError("weights do not add up");
    }

    /** A family name different from {@code other} (a mother rarely shares the father's family name). */
    String familyNameOtherThan(String other) {
        String name = familyName();
        while (name.equals(other)) {
            name = familyName();
        }
        return name;
    }

    /** A parent's or staff member's full name. */
    String adult(String familyName, boolean female) {
        return female
                ? join(familyName, pick(ADULT_FEMALE_MIDDLE), pick(ADULT_FEMALE_GIVEN))
                : join(familyName, pick(ADULT_MALE_MIDDLE), pick(ADULT_MALE_GIVEN));
    }

    /** A full name for a child born in the 2010s. */
    String child(String familyName, boolean female) {
        return female
                ? join(familyName, pick(CHILD_FEMALE_MIDDLE), pick(CHILD_FEMALE_GIVEN))
                : join(familyName, pick(CHILD_MALE_MIDDLE), pick(CHILD_MALE_GIVEN));
    }

    /** The name without diacritics, lower case, no spaces: {@code Đỗ Thị Hằng} → {@code dothihang}. */
    static String ascii(String name) {
        String decomposed = Normalizer.normalize(name.replace("Đ", "D").replace("đ", "d"), Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}", "").replace(" ", "").toLowerCase(Locale.ROOT);
    }

    private String pick(List<String> names) {
        return names.get(random.nextInt(names.size()));
    }

    private static String join(String family, String middle, String given) {
        return Normalizer.normalize(family + " " + middle + " " + given, Normalizer.Form.NFC);
    }
}
