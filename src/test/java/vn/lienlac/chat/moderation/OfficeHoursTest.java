package vn.lienlac.chat.moderation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Office hours in Hanoi time: Monday to Friday, 7:00 to 17:00. 2026-11-27 is a Friday, 2026-11-30 a Monday. */
class OfficeHoursTest {

    private static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final OfficeHours WEEKDAYS = new OfficeHours(
            EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalTime.of(7, 0), LocalTime.of(17, 0), "Cô bận.");

    private static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(HANOI).toInstant();
    }

    @Test
    void openDuringTheWorkingDay() {
        assertTrue(WEEKDAYS.isOpen(at("2026-11-30T10:15"), HANOI));
    }

    @Test
    void openExactlyAtOpeningTime() {
        assertTrue(WEEKDAYS.isOpen(at("2026-11-30T07:00"), HANOI));
    }

    @Test
    void closedOneMinuteBeforeOpening() {
        assertFalse(WEEKDAYS.isOpen(at("2026-11-30T06:59:59"), HANOI));
    }

    @Test
    void closedExactlyAtClosingTime() {
        assertFalse(WEEKDAYS.isOpen(at("2026-11-30T17:00"), HANOI));
    }

    @Test
    void closedAtTheWeekendDuringWorkingHours() {
        assertFalse(WEEKDAYS.isOpen(at("2026-11-28T10:00"), HANOI));
        assertFalse(WEEKDAYS.isOpen(at("2026-11-29T10:00"), HANOI));
    }

    @Test
    void theDayIsTheLocalDayNotTheUtcDay() {
        // Monday 06:30 in Hanoi is still Sunday 23:30 UTC: the local day decides, and it is before opening.
        Instant mondayMorning = at("2026-11-30T06:30");
        assertEquals(DayOfWeek.SUNDAY, mondayMorning.atZone(ZoneId.of("UTC")).getDayOfWeek());
        assertFalse(WEEKDAYS.isOpen(mondayMorning, HANOI));
        // Monday 07:30 in Hanoi is Monday 00:30 UTC and open.
        assertTrue(WEEKDAYS.isOpen(at("2026-11-30T07:30"), HANOI));
    }

    @Test
    void afterClosingTheClosedPeriodBeganAtTodaysClose() {
        assertEquals(at("2026-11-30T17:00"), WEEKDAYS.closedSince(at("2026-11-30T21:45"), HANOI));
    }

    @Test
    void exactlyAtClosingTheClosedPeriodBeginsNow() {
        assertEquals(at("2026-11-30T17:00"), WEEKDAYS.closedSince(at("2026-11-30T17:00"), HANOI));
    }

    @Test
    void beforeOpeningTheClosedPeriodBeganAtThePreviousWorkingDaysClose() {
        assertEquals(at("2026-11-30T17:00"), WEEKDAYS.closedSince(at("2026-12-01T06:00"), HANOI));
    }

    @Test
    void atTheWeekendTheClosedPeriodBeganOnFridayEvening() {
        assertEquals(at("2026-11-27T17:00"), WEEKDAYS.closedSince(at("2026-11-29T12:00"), HANOI));
        assertEquals(at("2026-11-27T17:00"), WEEKDAYS.closedSince(at("2026-11-30T06:59"), HANOI));
    }

    @Test
    void withOneWorkingDayTheClosedPeriodCanBeginAWeekAgo() {
        OfficeHours mondays = new OfficeHours(Set.of(DayOfWeek.MONDAY), LocalTime.of(7, 0), LocalTime.of(11, 0), "");
        assertEquals(at("2026-11-23T11:00"), mondays.closedSince(at("2026-11-30T08:00"), HANOI));
        assertEquals(at("2026-11-23T11:00"), mondays.closedSince(at("2026-11-30T06:00"), HANOI));
    }

    @Test
    void withoutWorkingDaysTheHoursAreNeverOpen() {
        OfficeHours never = new OfficeHours(Set.of(), LocalTime.of(7, 0), LocalTime.of(17, 0), "Nghỉ phép.");
        assertFalse(never.isOpen(at("2026-11-30T10:00"), HANOI));
        assertEquals(OfficeHours.NEVER_OPEN, never.closedSince(at("2026-11-30T10:00"), HANOI));
    }

    @Test
    void hoursMustOpenBeforeTheyClose() {
        assertThrows(IllegalArgumentException.class, () -> new OfficeHours(Set.of(DayOfWeek.MONDAY),
                LocalTime.of(17, 0), LocalTime.of(17, 0), ""));
    }

    @Test
    void readsTheIsoDayNumbersOfTheTable() {
        OfficeHours hours = OfficeHours.fromRow(new Short[] {7, 1, 6}, LocalTime.of(8, 0), LocalTime.of(9, 30), "x");
        assertEquals(EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), hours.weekdays());
        assertEquals(List.of((short) 1, (short) 6, (short) 7), List.of(hours.weekdayNumbers()));
    }

    @Test
    void defaultNoticeNamesTheHoursAndARangeOfDays() {
        assertEquals("Thầy/cô sẽ trả lời tin nhắn trong giờ làm việc (7:00–17:00, thứ Hai – thứ Sáu).",
                OfficeHoursNotice.standard(WEEKDAYS.weekdays(), WEEKDAYS.opens(), WEEKDAYS.closes()));
    }

    @Test
    void defaultNoticeListsDaysThatAreNotARange() {
        assertEquals("thứ Hai, thứ Tư, thứ Sáu – Chủ nhật", OfficeHoursNotice.days(EnumSet.of(DayOfWeek.MONDAY,
                DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY, DayOfWeek.SUNDAY)));
        assertEquals("thứ Hai, thứ Ba", OfficeHoursNotice.days(EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY)));
    }
}
