package vn.lienlac.bench.chat.worker;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.http.UpgradeRejectedException;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.impl.WebSocketInternal;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * One chat client as docs/protocol.md describes it: connects with its token and subprotocol, sends {@code sync}
 * with its cursors after {@code welcome}, keeps every unacknowledged send to resend with the same {@code clientId}
 * after a reconnect, and checks each conversation's sequence as events arrive ({@link Received}). All of its state
 * is touched only on its own Vert.x context (one event loop), so it needs no locks.
 */
final class ChatClient {

    enum State { IDLE, CONNECTING, SYNCED, CLOSED }

    private static final long SYNC_TIMEOUT_MS = 60_000;

    final int index;
    final Context context;
    private final WorkerPlan.Client plan;
    private final Fleet fleet;
    private final Stats stats;
    private final Received received;
    private final LinkedHashMap<String, Sent> pending = new LinkedHashMap<>();
    private final double phase = ThreadLocalRandom.current().nextDouble();
    private WebSocket ws;
    private volatile State state = State.IDLE;
    private Promise<Void> connecting;
    private long connectStartedNanos;
    private boolean planned;
    private long counter;
    private long due;
    private int nextConversation;
    private int syncs;
    private long backoffMs = 1_000;
    long lastSyncedNanos;

    ChatClient(int index, Context context, WorkerPlan.Client plan, Fleet fleet) {
        this.index = index;
        this.context = context;
        this.plan = plan;
        this.fleet = fleet;
        this.stats = fleet.stats;
        this.received = new Received(index, plan.cursors(), fleet);
    }

    State state() {
        return state;
    }

    boolean everSynced() {
        return syncs > 0;
    }

    int syncs() {
        return syncs;
    }

    Set<Long> conversations() {
        return received.conversations();
    }

    /** At the end, after the drain: numbers of this client's conversations it never received. */
    long behind(Map<Long, Long> highestKnown) {
        return received.behind(highestKnown);
    }

    void reportHighest(Map<Long, Long> highest) {
        received.reportHighest(highest);
    }

    /** Connects and syncs; completes when {@code synced} arrives. Call on {@link #context}. */
    Future<Void> connect() {
        Promise<Void> promise = Promise.promise();
        connecting = promise;
        state = State.CONNECTING;
        planned = false;
        connectStartedNanos = System.nanoTime();
        fleet.http.webSocket(fleet.connectOptions(plan.token())).onComplete(ar -> {
            if (ar.failed()) {
                failConnect(describe(ar.cause()));
                return;
            }
            WebSocket socket = ar.result();
            ws = socket;
            socket.textMessageHandler(text -> {
                if (socket == ws) {
                    onText(text);
                }
            });
            socket.closeHandler(v -> onClosed(socket));
            socket.exceptionHandler(t -> { });
        });
        fleet.vertx.setTimer(SYNC_TIMEOUT_MS, id -> {
            if (connecting == promise && state == State.CONNECTING) {
                failConnect("no synced within " + SYNC_TIMEOUT_MS / 1000 + " s");
                if (ws != null) {
                    planned = true;
                    ws.close();
                }
            }
        });
        return promise.future();
    }

    /** Closes the TCP connection without a WebSocket close frame, as a lost network does. */
    void dropAbruptly() {
        planned = true;
        state = State.CLOSED;
        if (ws != null) {
            ((WebSocketInternal) ws).channelHandlerContext().channel().close();
            ws = null; // frames the old connection had already read are not seen: the network is gone
        }
    }

    /** Closes and reconnects after up to a second, resuming by cursor: what a user's "pull to refresh" does. */
    void resync() {
        closeNormally();
        fleet.vertx.setTimer(1 + ThreadLocalRandom.current().nextLong(1_000), id -> reconnectUntilSynced());
    }

    void closeNormally() {
        planned = true;
        state = State.CLOSED;
        if (ws != null && !ws.isClosed()) {
            ws.close((short) 1000);
        }
        ws = null; // its close handshake must not be taken for the next connection's
    }

    /**
     * Sends what the pacing says is due by {@code now}: the rate climbs linearly to the planned one over the ramp (the
     * warm-up), then holds. A person who is offline sends nothing meanwhile.
     */
    void tick(long now) {
        if (plan.rate() <= 0 || plan.sendTo().length == 0 || !fleet.sending) {
            return;
        }
        double elapsed = (now - fleet.sendStartNanos) / 1e9;
        double ramp = fleet.rampSeconds;
        double expected = elapsed < ramp ? plan.rate() * elapsed * elapsed / (2 * ramp)
                : plan.rate() * (elapsed - ramp / 2);
        long target = (long) (expected + phase);
        while (due < target) {
            due++;
            if (state != State.SYNCED) {
                continue;
            }
            if (pending.size() >= Fleet.MAX_PENDING) {
                stats.skippedBacklog.increment();
                continue;
            }
            sendNew(now);
        }
    }

    /** Resends, oldest first and a few at a time, what has waited for its ack longer than the protocol's 10 s. */
    void resendStale(long now) {
        if (state != State.SYNCED) {
            return;
        }
        int budget = Fleet.MAX_RESENDS_PER_SECOND;
        for (Sent sent : pending.values()) {
            if (budget == 0) {
                return;
            }
            if (now - sent.lastSentNanos > Fleet.RESEND_AFTER_NANOS) {
                budget--;
                stats.resends.increment();
                write(sent, now);
            }
        }
    }

    int pendingCount() {
        return pending.size();
    }

    private void sendNew(long now) {
        long conversationId = plan.sendTo()[nextConversation++ % plan.sendTo().length];
        String clientId = fleet.clientIdPrefix + "-" + index + "-" + (++counter);
        boolean inWindow = stats.inWindow(now);
        Sent sent = new Sent(clientId, conversationId, index, now, inWindow, fleet.recipients(conversationId));
        fleet.inFlight.put(clientId, sent);
        pending.put(clientId, sent);
        stats.sent.increment();
        if (inWindow) {
            stats.sentInWindow.increment();
        }
        write(sent, now);
    }

    private void write(Sent sent, long now) {
        sent.lastSentNanos = now;
        ws.writeTextMessage("{\"type\":\"send\",\"ref\":\"" + sent.clientId + "\",\"conversationId\":"
                + sent.conversationId + ",\"clientId\":\"" + sent.clientId + "\",\"text\":" + fleet.sendFrameText + "}");
    }

    private void onText(String frame) {
        String type = FrameScanner.string(frame, "type");
        if (type == null) {
            stats.otherFrames.increment();
            return;
        }
        switch (type) {
            case "event" -> received.onEvent(frame);
            case "ack" -> onAck(frame);
            case "welcome" -> sendSync();
            case "synced" -> onSynced(frame);
            case "gap" -> received.onGap(frame);
            case "error" -> onError(frame);
            default -> stats.otherFrames.increment();
        }
    }

    private void sendSync() {
        received.replaying = true;
        ws.writeTextMessage(new JsonObject().put("type", "sync").put("ref", "sync-" + (syncs + 1))
                .put("cursors", received.cursorsJson()).encode());
    }

    private void onAck(String frame) {
        String ref = FrameScanner.string(frame, "ref");
        Sent sent = ref == null ? null : pending.remove(ref);
        if (sent == null) {
            return;
        }
        long now = System.nanoTime();
        if (!sent.stored(FrameScanner.number(frame, "seq", 0))) {
            stats.seqMismatch(sent, frame);
        }
        if (FrameScanner.isTrue(frame, "duplicate")) {
            stats.duplicateAcks.increment();
        }
        sent.acked = true;
        stats.acked.increment();
        if (stats.inWindow(now)) {
            stats.ackedInWindow.increment();
        }
        if (sent.inWindow) {
            stats.ackLatency.recordValue(Stats.micros(now - sent.lastSentNanos));
        }
    }

    private void onError(String frame) {
        JsonObject error = new JsonObject(frame);
        String code = error.getString("code", "?");
        Stats.count(stats.errors, code);
        Sent sent = pending.get(error.getString("ref", ""));
        if (sent == null) {
            return;
        }
        if (code.equals("RATE_LIMITED") || code.equals("INTERNAL")) {
            long delay = Math.max(50, error.getLong("retryAfterMs", 200L));
            fleet.vertx.setTimer(delay, id -> {
                if (state == State.SYNCED && pending.containsKey(sent.clientId)) {
                    stats.resends.increment();
                    write(sent, System.nanoTime());
                }
            });
        } else {
            pending.remove(sent.clientId);
            sent.refused = true;
        }
    }

    private void onSynced(String frame) {
        received.expect(new JsonObject(frame).getJsonArray("conversations"));
        long now = System.nanoTime();
        received.replaying = false;
        state = State.SYNCED;
        syncs++;
        backoffMs = 1_000;
        lastSyncedNanos = now;
        stats.connectLatency.recordValue(Stats.micros(now - connectStartedNanos));
        for (Sent sent : new ArrayList<>(pending.values())) {
            stats.resends.increment();
            write(sent, now);
        }
        Promise<Void> done = connecting;
        connecting = null;
        if (done != null) {
            done.tryComplete();
        }
    }

    private void onClosed(WebSocket socket) {
        if (socket != ws) {
            return;
        }
        state = State.CLOSED;
        if (connecting != null) {
            failConnect("closed " + socket.closeStatusCode() + " before synced");
            return;
        }
        if (planned) {
            return;
        }
        Stats.count(stats.closes, String.valueOf(socket.closeStatusCode()));
        if (fleet.reconnectOnLoss) {
            long delay = ThreadLocalRandom.current().nextLong(backoffMs);
            backoffMs = Math.min(backoffMs * 2, 8_000);
            fleet.vertx.setTimer(Math.max(1, delay), id -> reconnectUntilSynced());
        }
    }

    /** Reconnects (after a loss or a planned drop), retrying with back-off until synced or the run ends. */
    void reconnectUntilSynced() {
        if (!fleet.reconnectOnLoss) {
            return;
        }
        connect().onFailure(t -> {
            long delay = ThreadLocalRandom.current().nextLong(backoffMs);
            backoffMs = Math.min(backoffMs * 2, 8_000);
            fleet.vertx.setTimer(Math.max(1, delay), id -> reconnectUntilSynced());
        });
    }

    private void failConnect(String reason) {
        Promise<Void> failed = connecting;
        connecting = null;
        state = State.CLOSED;
        Stats.count(stats.connectFailures, reason);
        if (failed != null) {
            failed.tryFail(reason);
        }
    }

    private static String describe(Throwable t) {
        if (t instanceof UpgradeRejectedException rejected) {
            return "HTTP " + rejected.getStatus();
        }
        String message = t.getMessage() == null ? "" : ": " + t.getMessage();
        return t.getClass().getSimpleName() + (message.length() > 80 ? message.substring(0, 80) : message);
    }
}
