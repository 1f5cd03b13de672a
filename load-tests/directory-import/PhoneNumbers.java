import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/** Unique, valid-looking Vietnamese mobile numbers in the national format, e.g. {@code 0912345678}. */
final class PhoneNumbers {

    /** Current mobile prefixes of the large carriers (09x, 03x, 08x, 07x, 05x). */
    static final List<String> PREFIXES = List.of(
            "090", "091", "093", "094", "096", "097", "098",
            "032", "033", "034", "035", "036", "037", "038", "039",
            "081", "082", "083", "084", "085", "086", "088", "089",
            "070", "076", "077", "078", "079",
            "052", "056", "058", "059");

    private final Random random;
    private final Set<String> issued = new HashSet<>();

    PhoneNumbers(Random random) {
        this.random = random;
    }

    /** A number never returned before by this instance. */
    String next() {
        while (true) {
            String prefix = PREFIXES.get(random.nextInt(PREFIXES.size()));
            String number = prefix + String.format("%07d", random.nextInt(10_000_000));
            if (issued.add(number)) {
                return number;
            }
        }
    }
}
