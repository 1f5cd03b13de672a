package vn.lienlac.chat.moderation;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A staff member's office hours: the same opening and closing time on each of some days of the week, reckoned in
 * the school's zone (Asia/Ho_Chi_Minh). Open from {@code opens} (inclusive) to {@code closes} (exclusive). Outside
 * them, guardians' messages to this person arrive silently and the guardian is shown {@code notice} once per
 * closed period. Pure: no clock, no database.
 *
 * @param weekdays the working days; empty means never open
 * @param opens    opening time, before {@code closes} (no hours across midnight)
 * @param closes   closing time
 * @param notice   the text shown to a guardian who writes outside the hours
 */
public record OfficeHours(Set<DayOfWeek> weekdays, LocalTime opens, LocalTime closes, String notice) {

    /** What {@link #closedSince} answers when there is no working day at all: the hours were never open. */
    public static final Instant NEVER_OPEN = Instant.EPOCH;

    public OfficeHours {
        Objects.requireNonNull(weekdays, "weekdays");
        Objects.requireNonNull(opens, "opens");
        Objects.requireNonNull(closes, "closes");
        Objects.requireNonNull(notice, "notice");
        if (!opens.isBefore(closes)) {
            throw new IllegalArgumentException("office hours must open before they close: " + opens + "–" + closes);
        }
        EnumSet<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        days.addAll(weekdays);
        weekdays = Collections.unmodifiableSet(days);
    }

    /**
     * The hours as stored in {@code chat_office_hours}.
     *
     * @param weekdays ISO days of the week, 1 = Monday … 7 = Sunday ({@code smallint[]})
     */
    public static OfficeHours fromRow(Short[] weekdays, LocalTime opensAt, LocalTime closesAt, String notice) {
        EnumSet<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (Short day : weekdays) {
            days.add(DayOfWeek.of(day));
        }
        return new OfficeHours(days, opensAt, closesAt, notice);
    }

    /** The working days as ISO numbers, in week order, for the {@code weekdays smallint[]} column. */
    public Short[] weekdayNumbers() {
        return weekdays.stream().map(day -> (short) day.getValue()).toArray(Short[]::new);
    }

    /** Whether {@code now} falls on a working day, at or after opening and before closing. */
    public boolean isOpen(Instant now, ZoneId zone) {
        ZonedDateTime local = now.atZone(zone);
        LocalTime time = local.toLocalTime();
        return weekdays.contains(local.getDayOfWeek()) && !time.isBefore(opens) && time.isBefore(closes);
    }

    /**
     * When the current closed period began: the latest closing time on a working day at or before {@code now}, or
     * {@link #NEVER_OPEN} when there is no working day. Meant for a closed moment; while the hours are open it
     * answers the end of the previous working day's hours.
     */
    public Instant closedSince(Instant now, ZoneId zone) {
        LocalDate today = now.atZone(zone).toLocalDate();
        for (int back = 0; back <= 7; back++) {
            LocalDate day = today.minusDays(back);
            if (weekdays.contains(day.getDayOfWeek())) {
                Instant closing = day.atTime(closes).atZone(zone).toInstant();
                if (!closing.isAfter(now)) {
                    return closing;
                }
            }
        }
        return NEVER_OPEN;
    }
}
