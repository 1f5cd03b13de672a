package vn.lienlac.directives;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What the directive endpoints answer (docs/directives.md). */
public final class Views {

    private Views() {
    }

    /** Who sent a directive: their name, position (chức vụ) and unit (the school, or the district office). */
    public record Sender(String name, String position, String unit) {
    }

    public record AttachmentView(UUID id, String contentType, long size, String fileName) {
    }

    public record ReportRequestView(String description, Instant deadline) {
    }

    /** The caller's own copy: its state, and whether it is overdue. */
    public record MyCopy(RecipientState state, Instant readAt, Instant acknowledgedAt, boolean overdue) {
    }

    /** One directive in the caller's inbox. */
    public record InboxEntry(long id, Long parentId, String documentNumber, LocalDate issuedOn, String subject,
            Sender from, Instant sentAt, Instant deadline, boolean requiresAcknowledgement, Instant reportDeadline,
            MyCopy me) {
    }

    /** A directive sent by one of the caller's positions, with its progress. */
    public record SentEntry(long id, Long parentId, String documentNumber, LocalDate issuedOn, String subject,
            Instant sentAt, Instant deadline, boolean requiresAcknowledgement, int recipients, int read,
            int acknowledged) {
    }

    /**
     * A directive in full. {@code forwardedFrom}: the original of a forward (without its own {@code forwardedFrom});
     * {@code me}: the caller's copy when they received it.
     */
    public record Detail(long id, Long parentId, String documentNumber, LocalDate issuedOn, String subject, String body,
            Sender from, Instant sentAt, Instant deadline, boolean requiresAcknowledgement,
            ReportRequestView reportRequest, List<AttachmentView> attachments, Detail forwardedFrom, MyCopy me) {
    }
}
