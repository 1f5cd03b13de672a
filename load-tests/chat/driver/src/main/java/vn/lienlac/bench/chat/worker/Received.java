package vn.lienlac.bench.chat.worker;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * What one client has received, per conversation: its cursors, checked as events arrive (a gap, a duplicate), and
 * the deliveries of the driver's own messages, counted and timed. Touched only on the client's context.
 */
final class Received {

    private final int client;
    private final Fleet fleet;
    private final Stats stats;
    private final Map<Long, Cursor> cursors = new HashMap<>();
    /** Between {@code sync} and {@code synced}: the events that arrive are a replay. */
    boolean replaying;

    Received(int client, Map<Long, Long> planned, Fleet fleet) {
        this.client = client;
        this.fleet = fleet;
        this.stats = fleet.stats;
        planned.forEach((id, last) -> cursors.put(id, new Cursor(last)));
    }

    Set<Long> conversations() {
        return cursors.keySet();
    }

    /** The {@code cursors} of a {@code sync} frame: each conversation's last sequence number received. */
    JsonObject cursorsJson() {
        JsonObject json = new JsonObject();
        cursors.forEach((id, cursor) -> json.put(Long.toString(id), cursor.last()));
        return json;
    }

    void onEvent(String frame) {
        long now = System.nanoTime();
        long conversationId = FrameScanner.number(frame, "conversationId", -1);
        long seq = FrameScanner.number(frame, "seq", -1);
        Cursor cursor = cursor(conversationId);
        switch (cursor.arrive(seq)) {
            case DUPLICATE -> {
                stats.duplicateEvents.increment();
                return;
            }
            case SKIPPED -> stats.skippedSeqs.add(cursor.skipped());
            case ANNOUNCED_GAP -> stats.announcedGaps.add(cursor.skipped());
            case NEXT -> { }
        }
        if (replaying) {
            stats.replayedEvents.increment();
        }
        String clientId = FrameScanner.string(frame, "clientId");
        Sent sent = clientId == null || !clientId.startsWith(fleet.clientIdPrefix) ? null
                : fleet.inFlight.get(clientId);
        if (sent == null) {
            return;
        }
        if (!sent.stored(seq)) {
            stats.seqMismatch(sent, frame);
        }
        if (sent.sender == client) {
            return;
        }
        sent.remaining.decrementAndGet();
        stats.deliveries.increment();
        if (stats.inWindow(now)) {
            stats.deliveriesInWindow.increment();
        }
        if (sent.inWindow) {
            stats.latency.recordValue(Stats.micros(now - sent.firstSentNanos));
        }
    }

    void onGap(String frame) {
        cursor(FrameScanner.number(frame, "conversationId", -1))
                .gapAnnounced(FrameScanner.number(frame, "beforeSeq", 0));
    }

    /** The {@code conversations} of a {@code synced} frame: what each conversation must reach. */
    void expect(JsonArray conversations) {
        if (conversations != null) {
            conversations.forEach(c -> {
                JsonObject conversation = (JsonObject) c;
                cursor(conversation.getLong("id")).expect(conversation.getLong("lastSeq", 0L));
            });
        }
    }

    /** At the end, after the drain: numbers of this client's conversations it never received. */
    long behind(Map<Long, Long> highestKnown) {
        long missing = 0;
        for (Map.Entry<Long, Cursor> e : cursors.entrySet()) {
            missing += e.getValue().behind(highestKnown.getOrDefault(e.getKey(), 0L));
        }
        return missing;
    }

    void reportHighest(Map<Long, Long> highest) {
        cursors.forEach((id, cursor) -> highest.merge(id, cursor.last(), Math::max));
    }

    private Cursor cursor(long conversationId) {
        return cursors.computeIfAbsent(conversationId, id -> new Cursor(0));
    }
}
