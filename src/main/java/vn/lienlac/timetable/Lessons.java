package vn.lienlac.timetable;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.lienlac.directory.text.VietnameseText;

/**
 * What a lesson may say (docs/timetable.md): a subject of at most {@value #MAX_SUBJECT} characters, a teacher of at
 * most {@value #MAX_TEACHER}, a room of at most {@value #MAX_ROOM}. A file cell is "subject – teacher (room)": the
 * teacher after the first dash with spaces around it ({@code –}, {@code —} or {@code -}), the room in parentheses
 * at the end; both optional.
 */
final class Lessons {

    static final int MAX_SUBJECT = 100;
    static final int MAX_TEACHER = 100;
    static final int MAX_ROOM = 50;

    private static final Pattern ROOM = Pattern.compile("^(.*\\S)\\s*\\(([^()]+)\\)$");
    private static final Pattern DASH = Pattern.compile("\\s+[–—-]\\s+");

    private Lessons() {
    }

    /** The lesson a file cell holds, or null when blank. */
    static Lesson parse(String cell) {
        String text = VietnameseText.nfc(cell);
        if (text == null) {
            return null;
        }
        text = text.replaceAll("\\s+", " ");
        String room = null;
        Matcher m = ROOM.matcher(text);
        if (m.matches()) {
            text = m.group(1);
            room = m.group(2).strip();
        }
        String[] parts = DASH.split(text, 2);
        return of(parts[0], parts.length > 1 ? parts[1] : null, room);
    }

    /** A lesson from its three fields, trimmed and NFC; null when the subject is blank. */
    static Lesson of(String subject, String teacher, String room) {
        String s = VietnameseText.nfc(subject);
        return s == null ? null : new Lesson(s, VietnameseText.nfc(teacher), VietnameseText.nfc(room));
    }

    /** What is too long in this lesson, in Vietnamese; empty when it fits. */
    static List<String> tooLong(Lesson lesson) {
        List<String> problems = new java.util.ArrayList<>();
        if (length(lesson.subject()) > MAX_SUBJECT) {
            problems.add("Tên môn học tối đa " + MAX_SUBJECT + " ký tự.");
        }
        if (lesson.teacher() != null && length(lesson.teacher()) > MAX_TEACHER) {
            problems.add("Tên giáo viên tối đa " + MAX_TEACHER + " ký tự.");
        }
        if (lesson.room() != null && length(lesson.room()) > MAX_ROOM) {
            problems.add("Tên phòng học tối đa " + MAX_ROOM + " ký tự.");
        }
        return problems;
    }

    private static int length(String text) {
        return text.codePointCount(0, text.length());
    }
}
