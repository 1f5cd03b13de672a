package vn.lienlac.notifications.outbox.sending;

import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Row;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import vn.lienlac.notifications.outbox.Attempt;
import vn.lienlac.notifications.outbox.ChannelName;
import vn.lienlac.notifications.outbox.ItemKind;
import vn.lienlac.notifications.outbox.Message;
import vn.lienlac.platform.sql.SqlTimes;

/**
 * One outbox row this pod claimed, with what the sender needs of its item and endpoint. {@code attempts} is the
 * count after this claim: with {@code claimedBy} it names the claim, so a finish never overwrites a later claim.
 *
 * @param reached whether a row of an earlier step of the same item was SENT, DELIVERED or READ
 * @param sessionId the sign-in session that registered the push endpoint, when known
 * @param signedOut whether that session has ended (signed out, revoked or expired): the device is not to be woken
 */
record Claim(long id, long itemId, int step, ChannelName channel, Long endpointId, String address, String keys,
        Instant expiresAt, int attempts, UUID idempotencyKey, ItemKind kind, boolean urgent, Instant readAt,
        Message message, Long schoolId, Long districtId, boolean reached, UUID sessionId, boolean signedOut) {

    static Claim of(Row row) {
        ChannelName channel = ChannelName.valueOf(row.getString("channel"));
        Object keys = row.getValue("keys");
        return new Claim(row.getLong("id"), row.getLong("item_id"), row.getInteger("step"), channel,
                row.getLong("endpoint_id"), channel.push() ? row.getString("endpoint_address") : row.getString("address"),
                keys == null ? null : keys.toString(), SqlTimes.instant(row, "expires_at"), row.getInteger("attempts"),
                row.getUUID("idempotency_key"), ItemKind.valueOf(row.getString("kind")), row.getBoolean("urgent"),
                SqlTimes.instant(row, "read_at"), message(row.getJsonObject("message")), row.getLong("school_id"),
                row.getLong("district_id"), row.getBoolean("reached"), row.getUUID("session_id"), false);
    }

    /** This claim, its endpoint's session known to have ended. */
    Claim withSessionEnded() {
        return new Claim(id, itemId, step, channel, endpointId, address, keys, expiresAt, attempts, idempotencyKey,
                kind, urgent, readAt, message, schoolId, districtId, reached, sessionId, true);
    }

    Attempt attempt() {
        return new Attempt(id, idempotencyKey, channel, address, keys, kind, urgent, message, attempts);
    }

    private static Message message(JsonObject json) {
        Map<String, String> params = new HashMap<>();
        JsonObject p = json.getJsonObject("params");
        if (p != null) {
            p.forEach(e -> params.put(e.getKey(), e.getValue() == null ? null : e.getValue().toString()));
        }
        return new Message(json.getString("title"), json.getString("body"), json.getString("url"),
                json.getString("template"), params, json.getString("collapseKey"));
    }

    @Override
    public String toString() {
        // No message text or address: they may name a child or a phone.
        return "Claim[id=" + id + ", channel=" + channel + ", step=" + step + ", attempts=" + attempts + "]";
    }
}
