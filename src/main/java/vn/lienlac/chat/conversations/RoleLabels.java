package vn.lienlac.chat.conversations;

import java.util.List;
import vn.lienlac.directory.model.StaffRole;

/**
 * How chat introduces a person, in Vietnamese: a member of staff by what they are to the classes in question
 * ("Giáo viên chủ nhiệm", "Giáo viên bộ môn Toán") or else by position ("Hiệu trưởng"); a guardian by the
 * children in question ("Phụ huynh em Nguyễn Minh An"). Which classes and children are "in question" is the
 * caller's concern ({@link RoleFacts}); here only the wording.
 */
final class RoleLabels {

    private RoleLabels() {
    }

    /**
     * @param homeroom    the classes in question this person is homeroom teacher of
     * @param taught      the classes in question this person teaches
     * @param subjects    the subjects they teach there (may be empty)
     * @param nameClasses whether to name the classes (not in a class's own group, where they go without saying)
     */
    static String staff(StaffRole role, List<String> homeroom, List<String> taught, List<String> subjects,
            boolean nameClasses) {
        if (!homeroom.isEmpty()) {
            return "Giáo viên chủ nhiệm" + classes(homeroom, nameClasses);
        }
        if (!taught.isEmpty()) {
            return "Giáo viên bộ môn" + (subjects.isEmpty() ? "" : " " + String.join(", ", subjects))
                    + classes(taught, nameClasses);
        }
        return role.label();
    }

    /** @param children the children in question, by full name */
    static String guardian(List<String> children) {
        return children.isEmpty() ? "Phụ huynh" : "Phụ huynh em " + String.join(", em ", children);
    }

    private static String classes(List<String> names, boolean nameClasses) {
        return nameClasses ? " lớp " + String.join(", ", names) : "";
    }
}
