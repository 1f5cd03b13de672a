package vn.lienlac.notifications.outbox;

import java.util.UUID;

/**
 * One send of one outbox row, handed to a {@link Channel}.
 *
 * @param outboxId       the row
 * @param idempotencyKey the row's key, the same on every retry (give it to providers that take one)
 * @param channel        the channel
 * @param address        WEB_PUSH: the push service URL; FCM/APNS: the device token; ZALO/SMS: the E.164 phone
 * @param keys           the endpoint's keys as JSON text (WEB_PUSH: {"p256dh","auth"}; APNS: {"topic","sandbox"}),
 *                       or null
 * @param kind           what the item is about
 * @param urgent         marked urgent by someone allowed to
 * @param message        what to say
 * @param attempt        1 for the first try, 2 for the first retry, ...
 */
public record Attempt(long outboxId, UUID idempotencyKey, ChannelName channel, String address, String keys,
        ItemKind kind, boolean urgent, Message message, int attempt) {
}
