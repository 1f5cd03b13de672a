package vn.lienlac.notifications.policy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;
import vn.lienlac.notifications.outbox.ItemKind;

/**
 * The policy in force at one school: the defaults with the school's departures applied.
 *
 * @param quietFrom  start of the night's quiet hours
 * @param quietUntil their end (the next morning when before quietFrom); equal to quietFrom: none
 * @param kinds      every kind's policy
 */
public record SchoolPolicy(LocalTime quietFrom, LocalTime quietUntil, Map<ItemKind, KindPolicy> kinds) {

    public SchoolPolicy {
        kinds = Map.copyOf(kinds);
    }

    public KindPolicy kind(ItemKind kind) {
        return kinds.get(kind);
    }

    /** The instant itself, or the end of the quiet hours when it falls inside them (in the school's zone). */
    public Instant afterQuietHours(Instant instant, ZoneId zone) {
        if (quietFrom.equals(quietUntil)) {
            return instant;
        }
        ZonedDateTime at = instant.atZone(zone);
        LocalTime t = at.toLocalTime();
        LocalDate day = at.toLocalDate();
        boolean overnight = quietFrom.isAfter(quietUntil);
        if (overnight) {
            if (!t.isBefore(quietFrom)) {
                return day.plusDays(1).atTime(quietUntil).atZone(zone).toInstant();
            }
            return t.isBefore(quietUntil) ? day.atTime(quietUntil).atZone(zone).toInstant() : instant;
        }
        boolean quiet = !t.isBefore(quietFrom) && t.isBefore(quietUntil);
        return quiet ? day.atTime(quietUntil).atZone(zone).toInstant() : instant;
    }
}
