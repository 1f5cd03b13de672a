package vn.lienlac.chat.scheduled;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import vn.lienlac.notifications.policy.PolicyConfig;
import vn.lienlac.platform.time.TimeConfig;

/**
 * Whether to offer "send later" now, and for when: from the start of the night's quiet hours
 * (lienlac.notifications.policy.quiet-from, default 21:00 in lienlac.time.zone) until their end (quiet-until,
 * 06:30), a writer is offered their end — "Gửi lúc 06:30 sáng mai" in the evening, "… sáng nay" after midnight.
 * {@code lienlac.schedule.send-later-offer=false} turns the offer off (the test profile does, so that no screen's test
 * depends on the hour it runs at; the tests of the offer set their own clock).
 */
@ApplicationScoped
public class SendLaterOffer {

    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    private final Clock clock;
    private final PolicyConfig policy;
    private final TimeConfig time;
    private final boolean enabled;

    public SendLaterOffer(Clock clock, PolicyConfig policy, TimeConfig time,
            @ConfigProperty(name = "lienlac.schedule.send-later-offer", defaultValue = "true") boolean enabled) {
        this.enabled = enabled;
        this.clock = clock;
        this.policy = policy;
        this.time = time;
    }

    /**
     * @param offer  whether the composer shows the "send later" button beside "Gửi ngay"
     * @param sendAt the time it offers (the end of the quiet hours), or null
     * @param label  the button's text, e.g. "Gửi lúc 06:30 sáng mai", or null
     */
    public record Offer(boolean offer, OffsetDateTime sendAt, String label) {
    }

    public Offer now() {
        ZonedDateTime now = ZonedDateTime.now(clock.withZone(time.zone()));
        LocalTime from = policy.quietFrom();
        LocalTime until = policy.quietUntil();
        LocalTime t = now.toLocalTime();
        if (!enabled || from.equals(until)) {
            return new Offer(false, null, null);
        }
        boolean evening = from.isAfter(until) ? !t.isBefore(from) : !t.isBefore(from) && t.isBefore(until);
        boolean night = from.isAfter(until) && t.isBefore(until);
        if (!evening && !night) {
            return new Offer(false, null, null);
        }
        LocalDate day = night || !from.isAfter(until) ? now.toLocalDate() : now.toLocalDate().plusDays(1);
        OffsetDateTime at = day.atTime(until).atZone(time.zone()).toOffsetDateTime();
        String when = until.isBefore(LocalTime.NOON) ? (night ? " sáng nay" : " sáng mai") : "";
        return new Offer(true, at, "Gửi lúc " + until.format(HH_MM) + when);
    }
}
