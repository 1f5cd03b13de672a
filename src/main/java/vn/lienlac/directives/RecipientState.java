package vn.lienlac.directives;

import java.time.Instant;

/**
 * Where a directive stands with one recipient. SENT: in their inbox, not yet on a device; DELIVERED: on a device
 * (their chat client marked the inbox item delivered, or they listed it over REST); READ: opened (POST /read);
 * ACKNOWLEDGED: confirmed (POST /acknowledgement). Overdue is separate: past the deadline and not acknowledged.
 */
public enum RecipientState {
    SENT, DELIVERED, READ, ACKNOWLEDGED;

    public static RecipientState of(boolean delivered, Instant readAt, Instant acknowledgedAt) {
        if (acknowledgedAt != null) {
            return ACKNOWLEDGED;
        }
        if (readAt != null) {
            return READ;
        }
        return delivered ? DELIVERED : SENT;
    }

    /** Past the deadline of a directive that requires acknowledgement, and not acknowledged. */
    public static boolean overdue(boolean requiresAck, Instant deadline, Instant acknowledgedAt, Instant now) {
        return requiresAck && deadline != null && acknowledgedAt == null && now.isAfter(deadline);
    }
}
