package vn.lienlac.bench.chat.worker;

import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Opens every client's first connection with at most {@code concurrency} handshakes in flight, so that the server
 * sees a steady ramp rather than one burst. A client that fails is tried twice more, a second apart; the failures
 * are counted by cause either way.
 */
final class Connector {

    private static final int ATTEMPTS = 3;

    private final List<ChatClient> clients;
    private final int concurrency;
    private final Stats stats;
    private final AtomicInteger next = new AtomicInteger();
    private final AtomicInteger synced = new AtomicInteger();
    private final AtomicInteger failed = new AtomicInteger();
    private final CountDownLatch done;

    Connector(List<ChatClient> clients, int concurrency, Stats stats) {
        this.clients = clients;
        this.concurrency = Math.max(1, concurrency);
        this.stats = stats;
        this.done = new CountDownLatch(clients.size());
    }

    void connectAll() throws InterruptedException {
        for (int i = 0; i < Math.min(concurrency, clients.size()); i++) {
            startNext();
        }
        while (!done.await(2, TimeUnit.SECONDS)) {
            Commands.emit(new JsonObject().put("event", "progress").put("synced", synced.get())
                    .put("failed", failed.get()).put("clients", clients.size()));
        }
    }

    private void startNext() {
        int index = next.getAndIncrement();
        if (index >= clients.size()) {
            return;
        }
        ChatClient client = clients.get(index);
        client.context.runOnContext(v -> attempt(client, 1));
    }

    private void attempt(ChatClient client, int attempt) {
        client.connect().onComplete(ar -> {
            if (ar.succeeded()) {
                synced.incrementAndGet();
            } else if (attempt < ATTEMPTS) {
                client.context.owner().setTimer(1_000, id -> attempt(client, attempt + 1));
                return;
            } else {
                failed.incrementAndGet();
            }
            done.countDown();
            startNext();
        });
    }
}
