package vn.lienlac.chat.moderation;

import java.time.Instant;

/**
 * A report as its handlers see it: the reported message (its text even once hidden, so that the decision can be
 * reviewed; null once recalled), who sent it, who reported it and why.
 *
 * @param conversationTitle the group's title, or the class name for a class group; null for a direct conversation
 */
public record ReportView(long id, ReportStatus status, long conversationId, String conversationKind,
        String conversationTitle, long seq, String sender, String senderName, String text, Instant sentAt,
        boolean messageHidden, String reporter, String reporterName, String reason, Instant reportedAt,
        String resolvedBy, Instant resolvedAt) {

    /** Without names, text or reason. */
    @Override
    public String toString() {
        return "ReportView[" + id + " " + status + " " + conversationId + "#" + seq + "]";
    }
}
