package vn.lienlac.notifications.policy;

import java.time.Instant;
import vn.lienlac.notifications.outbox.ChannelName;

/**
 * One attempt row the policy chose for an item (a row of {@code outbox}, before it has an id and a key).
 *
 * @param endpointId the push endpoint (push channels), else null
 * @param address    the phone (ZALO, SMS), else null
 */
public record PlannedAttempt(int step, ChannelName channel, Long endpointId, String address, Instant dueAt,
        Instant expiresAt) {
}
