package vn.lienlac.identity.session;

import java.time.Instant;
import java.util.UUID;

/**
 * A live session as its owner sees it in their list of devices.
 *
 * @param current whether this is the session of the token asking
 */
public record SessionInfo(UUID id, String deviceName, String userAgent, String clientIp, Instant createdAt,
        Instant lastUsedAt, boolean current) {
}
