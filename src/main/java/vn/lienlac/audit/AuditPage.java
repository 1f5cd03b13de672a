package vn.lienlac.audit;

import java.util.List;

/**
 * One page of audit events, newest first.
 *
 * @param page    0-based page number
 * @param size    the requested page size
 * @param hasMore whether a next page has at least one event (the log grows while it is read, so no total is given)
 */
public record AuditPage(List<AuditEvent> items, int page, int size, boolean hasMore) {
}
