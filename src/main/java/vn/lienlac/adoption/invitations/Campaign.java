package vn.lienlac.adoption.invitations;

import java.time.Instant;
import java.util.List;
import vn.lienlac.notifications.outbox.DeliveryPaths.Hop;

/**
 * A campaign as its school sees it: its counts and each invitation with the outbox's attempts. Holds phone numbers:
 * keep it out of logs.
 *
 * @param classId null for a whole-school campaign
 */
public record Campaign(long id, String schoolCode, Long classId, Instant createdAt, int invited, int skippedRecent,
        int skippedNoPhone, List<Invited> invitations) {

    /**
     * One invitation.
     *
     * @param participant 'g:12' / 's:7'
     * @param phone       the national form it was sent to ({@code 0912345678})
     * @param openedAt    when the short link was first resolved by the web app, or null
     * @param readAt      when the person read the item in the app, or null
     * @param attempts    the outbox's rows for it, in step order (Zalo, then SMS), with their states
     */
    public record Invited(String participant, String phone, Instant invitedAt, Instant openedAt, Instant readAt,
            List<Hop> attempts) {

        @Override
        public String toString() {
            return "Invited[" + participant + "]";
        }
    }

    @Override
    public String toString() {
        return "Campaign[" + id + ", " + schoolCode + ", " + invited + " invited]";
    }
}
