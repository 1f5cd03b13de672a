package vn.lienlac.chat.moderation;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/**
 * What a handler's decision did.
 *
 * @param hiddenSeq the sequence number of the {@code hidden} event appended, or null (dismissed, or already hidden)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReportResolution(long id, ReportStatus status, long conversationId, long seq, String resolvedBy,
        Instant resolvedAt, Long hiddenSeq) {
}
