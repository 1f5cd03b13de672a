package vn.lienlac.chat.conversations;

import vn.lienlac.chat.ConversationKind;
import vn.lienlac.directory.model.SchoolYears;

/**
 * The Vietnamese title a conversation shows. Only custom groups keep a title of their own; the others are named
 * from the directory when read, so that a renamed class or school renames its groups.
 */
final class ConversationTitles {

    private ConversationTitles() {
    }

    /** A closed class's name as its groups show it: {@code 6A1 — Năm học 2025-2026 (đã kết thúc)}. */
    static String closedClass(String className, String schoolYear) {
        return className == null ? null : className + " — " + SchoolYears.ended(schoolYear);
    }

    /**
     * @param storedTitle the conversation's own title (custom groups; a fallback for the others)
     * @param otherName   DIRECT: the other participant's full name
     * @param className   CLASS, CLASS_PARENTS: the class's name
     * @param schoolName  SCHOOL_STAFF: the school's name
     */
    static String title(ConversationKind kind, String storedTitle, String otherName, String className,
            String schoolName) {
        String derived = switch (kind) {
            case DIRECT -> otherName;
            case CLASS -> className == null ? null : "Lớp " + className;
            case CLASS_PARENTS -> className == null ? null : "Phụ huynh lớp " + className;
            case SCHOOL_STAFF -> schoolName == null ? null : "Cán bộ, giáo viên " + schoolName;
            case CUSTOM -> null;
            case INBOX -> "Thông báo";
        };
        return derived != null ? derived : storedTitle;
    }
}
