package vn.lienlac.audit;

import java.time.Instant;
import java.util.Map;

/** One recorded audit entry, as the query returns it. */
public record AuditEvent(long id, Instant occurredAt, AuditAction action, AuditOutcome outcome, String actor,
                         String subject, String schoolCode, String clientIp, String correlationId,
                         Map<String, Object> details) {
}
