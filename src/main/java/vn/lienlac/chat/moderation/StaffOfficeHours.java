package vn.lienlac.chat.moderation;

import java.time.Instant;

/** The office hours one staff participant ({@code s:<id>}) has set. */
public record StaffOfficeHours(String participant, OfficeHours hours, Instant updatedAt) {
}
