package vn.lienlac.directory;

import vn.lienlac.directory.model.Gender;

/**
 * How a text to families names a member of staff, as Vietnamese schools do: "cô Nguyễn Thị Lan", "thầy Đỗ Văn Toàn";
 * "giáo viên Nguyễn Thị Lan" when the directory does not know their gender (never a guess from the name). Lower case:
 * every text that uses it names the teacher inside a sentence ("Nhận xét … của cô Nguyễn Thị Lan về con …").
 */
public final class TeacherTitle {

    private TeacherTitle() {
    }

    /** "cô", "thầy" or "giáo viên". */
    public static String title(Gender gender) {
        if (gender == null) {
            return "giáo viên";
        }
        return switch (gender) {
            case FEMALE -> "cô";
            case MALE -> "thầy";
        };
    }

    /** The title and the name: "cô Nguyễn Thị Lan". */
    public static String of(String fullName, Gender gender) {
        return title(gender) + " " + fullName;
    }

    /** As {@link #of(String, Gender)}, from a stored gender name (MALE, FEMALE; null or anything else: unknown). */
    public static String of(String fullName, String gender) {
        return of(fullName, "MALE".equals(gender) ? Gender.MALE : "FEMALE".equals(gender) ? Gender.FEMALE : null);
    }
}
