package vn.lienlac.chat.rest;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import vn.lienlac.chat.moderation.StaffOfficeHours;

/** One staff position's office hours, as the API shows them. */
public record OfficeHoursView(String participant, List<Integer> weekdays, String opens, String closes,
        String notice, Instant updatedAt) {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    static OfficeHoursView of(StaffOfficeHours stored) {
        return new OfficeHoursView(stored.participant(),
                stored.hours().weekdays().stream().map(day -> day.getValue()).toList(),
                TIME.format(stored.hours().opens()), TIME.format(stored.hours().closes()), stored.hours().notice(),
                stored.updatedAt());
    }

    static List<OfficeHoursView> of(List<StaffOfficeHours> stored) {
        return stored.stream().map(OfficeHoursView::of).toList();
    }
}
