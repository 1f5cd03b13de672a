package vn.lienlac.directory.importing.rows;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import vn.lienlac.directory.model.StaffRole;
import vn.lienlac.directory.text.VietnameseText;

/**
 * Maps the free-text position (chức vụ) of the sector database to a {@link StaffRole}. Matching is by whole words
 * of the search key (no case or diacritics), first rule wins, so "Phó hiệu trưởng" is tested before
 * "Hiệu trưởng" and "Nhân viên y tế" before the other "Nhân viên" jobs.
 *
 * <p>A position that names the department ("Sở", with its accent: "hồ sơ" and "số" are not it; or "Sở GDĐT" typed
 * without accents) is the department's, tested before everything else: "Trưởng phòng Giáo dục trung học, Sở GD&amp;ĐT"
 * and "Chuyên viên Sở GDĐT" are department officers, not district ones.
 */
final class StaffPositions {

    private record Rule(StaffRole role, List<String> phrases) {
    }

    /** Without accents: only together with the department's usual abbreviations, so "số GD" cannot be meant. */
    private static final List<String> DEPARTMENT_PHRASES = List.of("so gd", "so gddt", "so giao duc",
            "giam doc so");

    private static final List<Rule> RULES = List.of(
            new Rule(StaffRole.VICE_PRINCIPAL, List.of("pho hieu truong")),
            new Rule(StaffRole.PRINCIPAL, List.of("hieu truong")),
            new Rule(StaffRole.DISTRICT_OFFICER, List.of("chuyen vien", "phong gd", "phong gddt",
                    "phong giao duc", "truong phong")),
            new Rule(StaffRole.TEACHER, List.of("giao vien", "gv", "gvcn", "gvbm", "to truong chuyen mon",
                    "to pho chuyen mon", "tong phu trach")),
            new Rule(StaffRole.SCHOOL_NURSE, List.of("y te", "y ta", "y si")),
            new Rule(StaffRole.OTHER_STAFF, List.of("nhan vien", "ke toan", "van thu", "thu quy", "bao ve",
                    "thu vien", "thiet bi", "phuc vu", "tap vu", "cap duong", "nau an", "lao cong")));

    private StaffPositions() {
    }

    /** The role for a position, or empty when the position is not recognised. */
    static Optional<StaffRole> recognise(String position) {
        String key = VietnameseText.searchKey(position);
        if (key == null) {
            return Optional.empty();
        }
        String words = " " + key.replaceAll("[^a-z0-9]+", " ") + " ";
        if (namesDepartment(position, words)) {
            return Optional.of(StaffRole.DEPARTMENT_OFFICER);
        }
        return RULES.stream()
                .filter(rule -> rule.phrases().stream().anyMatch(phrase -> words.contains(" " + phrase + " ")))
                .map(Rule::role)
                .findFirst();
    }

    private static boolean namesDepartment(String position, String words) {
        String accented = " " + VietnameseText.nfc(position).toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]+", " ") + " ";
        return accented.contains(" sở ")
                || DEPARTMENT_PHRASES.stream().anyMatch(phrase -> words.contains(" " + phrase + " "));
    }
}
