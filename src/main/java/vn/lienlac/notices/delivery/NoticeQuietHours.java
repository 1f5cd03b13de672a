package vn.lienlac.notices.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalTime;
import vn.lienlac.notices.NoticesConfig;
import vn.lienlac.platform.time.TimeConfig;

/** The night's quiet hours for notices (lienlac.notices.quiet-from/-until, in the school's zone). */
@ApplicationScoped
public class NoticeQuietHours {

    private final NoticesConfig config;
    private final TimeConfig time;

    public NoticeQuietHours(NoticesConfig config, TimeConfig time) {
        this.config = config;
        this.time = time;
    }

    /** Whether a notice posted at this instant should arrive without a notification. */
    public boolean isQuiet(Instant now) {
        LocalTime t = LocalTime.ofInstant(now, time.zone());
        LocalTime from = config.quietFrom();
        LocalTime until = config.quietUntil();
        if (from.equals(until)) {
            return false;
        }
        return from.isBefore(until) ? !t.isBefore(from) && t.isBefore(until) : !t.isBefore(from) || t.isBefore(until);
    }
}
