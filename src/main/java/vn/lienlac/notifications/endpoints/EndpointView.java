package vn.lienlac.notifications.endpoints;

import java.time.Instant;

/**
 * One of the caller's push endpoints.
 *
 * @param thisSession registered from the session the caller is using now
 */
public record EndpointView(long id, String channel, String address, Instant createdAt, Instant lastUsedAt,
        boolean thisSession) {
}
