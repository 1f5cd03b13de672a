package vn.lienlac.chat.moderation;

import java.time.Instant;

/**
 * A report as its reporter sees it.
 *
 * @param created false when the reporter had already reported this message (the earlier report is returned)
 */
public record Report(long id, long conversationId, long seq, ReportStatus status, String reason, Instant reportedAt,
        boolean created) {

    /** Without the reason. */
    @Override
    public String toString() {
        return "Report[" + id + " " + status + " " + conversationId + "#" + seq + "]";
    }
}
