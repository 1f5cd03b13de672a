package vn.lienlac.demo;

import java.util.List;
import java.util.Random;

/** Real-looking Vietnamese names for the demo district, drawn from a seeded random source. */
final class DemoNames {

    private static final List<String> FAMILY = List.of("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Phan", "Vũ",
            "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý");
    private static final List<String> MALE_MIDDLE = List.of("Văn", "Đức", "Minh", "Quang", "Hữu", "Thành", "Gia");
    private static final List<String> FEMALE_MIDDLE = List.of("Thị", "Ngọc", "Thu", "Minh", "Phương", "Thanh", "Bảo");
    private static final List<String> MALE_GIVEN = List.of("An", "Bình", "Cường", "Dũng", "Hải", "Hiếu", "Khoa",
            "Long", "Nam", "Phúc", "Quân", "Sơn", "Tuấn", "Việt", "Đạt", "Khánh", "Hưng", "Tùng");
    static final List<String> FEMALE_GIVEN = List.of("Anh", "Chi", "Dung", "Giang", "Hà", "Hạnh", "Hương",
            "Lan", "Linh", "Mai", "Ngân", "Nhung", "Oanh", "Phương", "Thảo", "Trang", "Vân", "Yến");

    private final Random random;

    DemoNames(long seed) {
        this.random = new Random(seed);
    }

    String family() {
        return pick(FAMILY);
    }

    String male(String family) {
        return family + " " + pick(MALE_MIDDLE) + " " + pick(MALE_GIVEN);
    }

    String female(String family) {
        return family + " " + pick(FEMALE_MIDDLE) + " " + pick(FEMALE_GIVEN);
    }

    boolean coin() {
        return random.nextBoolean();
    }

    int nextInt(int bound) {
        return random.nextInt(bound);
    }

    private String pick(List<String> values) {
        return values.get(random.nextInt(values.size()));
    }
}
