package vn.lienlac.audit;

import java.time.Instant;
import java.util.Set;

/**
 * Filters of an audit query; null or empty means "any". Every filter given must match.
 *
 * @param actions    any of these actions
 * @param actor      exactly this actor
 * @param schoolCode exactly this school
 * @param from       at or after this instant (inclusive)
 * @param to         before this instant (exclusive)
 * @param page       0-based page number
 * @param size       events per page, 1 to {@link #MAX_SIZE}
 */
public record AuditQuery(Set<AuditAction> actions, String actor, String schoolCode, Instant from, Instant to,
                         int page, int size) {

    /** The largest page. */
    public static final int MAX_SIZE = 200;

    public AuditQuery {
        actions = actions == null || actions.isEmpty() ? Set.of() : Set.copyOf(actions);
        if (page < 0) {
            throw new IllegalArgumentException("page must be 0 or more: " + page);
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("size must be 1 to " + MAX_SIZE + ": " + size);
        }
    }

    /** Offset of the first event of the page. */
    long offset() {
        return (long) page * size;
    }
}
