package vn.lienlac.audit;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One event to append to the audit log; the log adds the id and the time. Only codes, ids and masked phones
 * ({@link Masks#phone}) go in {@code subject} and {@code details}: never names, full phone numbers, tokens or
 * children's data.
 *
 * @param actor         who acted: principal name or account id; null for an anonymous caller
 * @param subject       what was acted on: a masked phone, a session id, an import id; may be null
 * @param schoolCode    the school concerned, or null
 * @param clientIp      the caller's address, or null when unknown
 * @param correlationId the request's correlation id ({@code X-Request-Id}), or null when unknown
 * @param details       further facts as JSON-friendly values (strings, numbers, booleans, maps, lists); null is empty
 */
public record AuditEntry(AuditAction action, AuditOutcome outcome, String actor, String subject, String schoolCode,
                         String clientIp, String correlationId, Map<String, Object> details) {

    public AuditEntry {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(outcome, "outcome");
        details = details == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(details));
    }
}
