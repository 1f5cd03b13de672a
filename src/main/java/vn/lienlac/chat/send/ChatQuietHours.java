package vn.lienlac.chat.send;

import io.vertx.mutiny.sqlclient.Row;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import vn.lienlac.chat.moderation.OfficeHours;
import vn.lienlac.platform.sql.SqlTimes;
import vn.lienlac.platform.time.TimeConfig;

/**
 * Teachers' quiet hours on the send path: a guardian's direct message to a staff member outside that person's
 * office hours is stored as silent for them (delivered without a notification), and the guardian is shown the
 * staff member's notice once per closed period — the first message after the office closed.
 */
@ApplicationScoped
public class ChatQuietHours {

    private final TimeConfig time;

    public ChatQuietHours(TimeConfig time) {
        this.time = time;
    }

    /** @param silentFor the recipient not to notify, or null; @param notice the text to show the sender, or null */
    record Decision(String silentFor, String notice) {
        static final Decision NONE = new Decision(null, null);
    }

    /** A notice shown to {@code sender} in {@code conversationId}, for the send at {@code index} of its batch. */
    record Notice(long conversationId, String sender, int index, String text) {
    }

    /** Reads the recipient's office hours from the {@link SendCheck} row (absent unless guardian → staff DM). */
    Decision decide(SendCheck.Verdict verdict, Instant now) {
        Row row = verdict.row();
        if (row == null || row.getValue("weekdays") == null) {
            return Decision.NONE;
        }
        OfficeHours hours = OfficeHours.fromRow(row.getArrayOfShorts("weekdays"), row.getLocalTime("opens_at"),
                row.getLocalTime("closes_at"), row.getString("notice"));
        if (hours.isOpen(now, time.zone())) {
            return Decision.NONE;
        }
        Instant shownAt = SqlTimes.instant(row, "quiet_notice_at");
        boolean showNotice = shownAt == null || shownAt.isBefore(hours.closedSince(now, time.zone()));
        return new Decision(verdict.peer(), showNotice ? hours.notice() : null);
    }
}
