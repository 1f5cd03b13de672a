package vn.lienlac.timetable;

import java.util.Objects;

/** What a slot holds: a subject, and optionally who teaches it and where. Texts are trimmed and NFC. */
public record Lesson(String subject, String teacher, String room) {

    public Lesson {
        Objects.requireNonNull(subject, "subject");
    }

    /** As the school writes it and as changes are told: "Toán – Nguyễn Thị Lan (P.201)". */
    public String text() {
        return subject + (teacher == null ? "" : " – " + teacher) + (room == null ? "" : " (" + room + ")");
    }
}
